"""Items cut from longer numbered clauses are told from whole ones."""

from __future__ import annotations

from quiz.core.model import BankFormula
from quiz.core.questions.cut_items import items_cut


def _formula(label: str, items: list[str], evidence: str, kind: str = "numbered") -> BankFormula:
    return BankFormula(id=f"d/{label}", label=label, count=len(items), items=tuple(items),
                       doc="d.txt", source="某报告", evidence=evidence, kind=kind)


def test_a_clause_going_on_after_its_item_is_cut() -> None:
    cut = _formula("三个千万", ["加强现场协调", "抓紧推进项目前期工作", "做好后续的项目选址工作"],
                   "一是加强现场协调，争取1000万千瓦的电力装机容量早日投产；二是抓紧推进项目前期工作，"
                   "争取1000万千瓦的电力装机工程早日开工建设；三是做好后续的项目选址工作，积极推出"
                   "1000万千瓦的电力装机项目向国家报批")
    assert items_cut(cut)


def test_items_with_only_punctuation_markers_or_full_stops_between_are_whole() -> None:
    listed = _formula("四个切实", ["切实增强党性", "切实遵守组织制度", "切实执行组织纪律"],
                      "即切实增强党性，切实遵守组织制度，切实执行组织纪律")
    numbered = _formula("三个转变", ["从校内转变为校内外", "从领导有责转变为人人有责"],
                        "一是从校内转变为校内外；二是从领导有责转变为人人有责")
    headed = _formula("五个振兴", ["产业振兴", "人才振兴"],
                      "统筹推进“五个振兴”……突出产业振兴。……突出人才振兴。")
    assert not any(items_cut(f) for f in (listed, numbered, headed))


def test_a_composite_explains_its_parts_and_is_never_cut() -> None:
    parts = _formula("4433", ["四项重点工作", "四大主导产业"],
                     "第一个“4”就是四项重点工作，突出做好老城更新；第二个“4”就是四大主导产业，聚焦发展",
                     kind="composite")
    assert not items_cut(parts)
