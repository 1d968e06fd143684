"""Building banks: formula and question ids, dedupe, stability, hand edits, balance."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from quiz.core.bank.build import (
    bank_formulas,
    build_bank,
    generate_steps,
    normalised_label,
)
from quiz.core.bank.check import check_text
from quiz.core.bank.io import dump_bank, load_bank, save_bank
from quiz.core.bank.merge import HandEditConflict
from quiz.core.formula import Formula, FormulaKind
from quiz.core.model import BankFormula, QuestionType
from quiz.core.text.corpus import Document

LISTS = {
    "四项重点工作": ["老城更新", "新区提升", "乡村振兴", "城乡融合"],
    "四大主导产业": ["数字经济", "生物医药", "贸易物流", "新兴服务业"],
    "三大攻坚行动": ["载体建设", "项目招引", "产业培育"],
    "三大服务保障": ["深化改革", "人才队伍", "发展环境"],
    "三重压力": ["需求收缩", "供给冲击", "预期转弱"],
    "五个百强区": ["综合实力", "投资潜力", "新型城镇化", "科技创新", "绿色发展"],
    "三治合一": ["德治", "法治", "自治"],
    "四道关口": ["产业层次", "投资强度", "产出能力", "要素条件"],
    "五张名片": ["民富区强", "改革创新", "宜居宜业", "绿色美丽", "法治和谐"],
    "三区建设": ["信发铝精深加工产业园区", "省级绿色化工园区", "高铁新区"],
    "两个大局": ["中华民族伟大复兴的战略全局", "世界百年未有之大变局"],
    "六个新聊城": ["富强", "创新", "开放", "美丽", "幸福", "奋进"],
    "九大重点任务": ["加快动能转换", "深化改革创新", "提速乡村振兴", "优化生态环境", "扩大对外开放",
                     "加速城乡融合", "保障改善民生", "统筹发展安全", "完善民主法治"],
}
DOCS = {
    "004_a.txt": ["四项重点工作", "四大主导产业", "三大攻坚行动", "三大服务保障", "三重压力",
                  "五个百强区", "三治合一", "四道关口"],
    "000_b.txt": ["五张名片", "三区建设", "两个大局", "六个新聊城", "九大重点任务"],
}


def formula(doc: str, label: str, items: list[str] | None = None, **extra: object) -> Formula:
    items = LISTS[label] if items is None else items
    evidence = "坚持" + "、".join(items) + f"“{label}”。"
    fields: dict[str, object] = {
        "doc": doc, "label": label, "count": len(items), "items": tuple(items),
        "kind": FormulaKind.NUMBERED, "complete": True, "evidence": evidence, "span": (0, 0),
    }
    fields.update(extra)
    return Formula(**fields)  # type: ignore[arg-type]


def corpus(docs: dict[str, list[Formula]]):
    return [(f, spans) for doc, found in docs.items()
            for f, spans in bank_formulas(doc, f"{doc}报告", found)]


def seed_corpus() -> dict[str, list[Formula]]:
    return {doc: [formula(doc, label) for label in labels] for doc, labels in DOCS.items()}


def test_formula_ids_come_from_document_and_normalised_label() -> None:
    assert normalised_label("“１＋５＋９＋１”") == "1+5+9+1"
    found = bank_formulas("004_a.txt", "报告", [
        formula("004_a.txt", "三重压力"),
        formula("004_a.txt", "三重压力"),  # stated again: one formula
        formula("004_a.txt", "三重压力", ["甲", "乙", "丙"]),  # same label, other items
        formula("004_a.txt", "四个意识", [], kind=FormulaKind.LABEL_ONLY, complete=False),
        formula("004_a.txt", "十大创新", ["科技创新", "营商环境"], complete=False),
    ])
    assert [f.id for f, _ in found] == ["004_a/三重压力", "004_a/三重压力#2"]
    assert found[0][0].source == "报告" and found[0][0].count == 3


def test_every_question_of_a_generated_bank_passes_the_checks() -> None:
    bank = build_bank(corpus(seed_corpus()), title="测试")
    report = check_text(dump_bank(bank), "bank.yaml")
    assert report.problems == []
    assert set(report.counts) == {t.value for t in QuestionType}
    ids = [q.id for q in bank.questions]
    assert len(ids) == len(set(ids))
    assert "004_a/三重压力/cloze/item-1" in ids
    assert any(i.startswith("board/") and i.endswith("/matching/labels") for i in ids)


def test_generation_is_deterministic() -> None:
    first = dump_bank(build_bank(corpus(seed_corpus()), title="测试"))
    assert dump_bank(build_bank(corpus(seed_corpus()), title="测试")) == first


def test_an_edit_to_one_formula_keeps_every_other_id() -> None:
    docs = seed_corpus()
    before = build_bank(corpus(docs), title="测试")
    docs["004_a.txt"][4] = formula("004_a.txt", "三重压力", ["需求收缩", "供给冲击", "预期变弱"])
    after = build_bank(corpus(docs), title="测试")
    lost = {q.id for q in before.questions} - {q.id for q in after.questions}
    assert all(i.startswith("004_a/三重压力/") for i in lost)
    assert [f.id for f in before.formulas] == [f.id for f in after.formulas]


def test_a_new_document_keeps_every_id() -> None:
    docs = seed_corpus()
    before = build_bank(corpus(docs), title="测试")
    docs["005_c.txt"] = [formula("005_c.txt", label) for label in DOCS["004_a.txt"][:5]]
    after = build_bank(corpus(docs), title="测试")
    assert {q.id for q in before.questions} <= {q.id for q in after.questions}


def test_correct_answers_fall_at_every_letter_in_no_period() -> None:
    bank = build_bank(corpus(seed_corpus()), title="测试")
    keys = [q.answers[0] for q in bank.questions if q.type == QuestionType.SINGLE_CHOICE]
    singles = Counter(keys)
    assert len(singles) == 4 and min(singles.values()) >= len(keys) // 8
    assert keys != ["ABCD"[(i + "ABCD".index(keys[0])) % 4] for i in range(len(keys))]
    again = build_bank(corpus(seed_corpus()), title="测试")
    assert [q.answers for q in again.questions] == [q.answers for q in bank.questions]
    # multiple choice keys visit every letter: test_answer_positions, over a larger bank
    multi = [q for q in bank.questions if q.type == QuestionType.MULTIPLE_CHOICE]
    assert multi and all(len(q.answers) < len(q.options) for q in multi)


def test_progress_reports_each_document_then_the_bank() -> None:
    docs = seed_corpus()
    documents = [Document(name=name, path=Path(name), text="", title=f"{name}报告")
                 for name in docs]
    steps = list(generate_steps(documents, title="测试", extract=lambda d: docs[d.name]))
    assert [(s.done, s.total) for s in steps] == [(1, 2), (2, 2), (2, 2)]
    assert steps[-1].bank is not None and steps[0].bank is None
    assert steps[-1].bank.meta["documents"] == {n: f"{n}报告" for n in docs}


def _saved(tmp_path: Path, docs: dict[str, list[Formula]]) -> Path:
    path = tmp_path / "bank.yaml"
    save_bank(build_bank(corpus(docs), title="测试"), path)
    return path


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_corrected_item_survives_regeneration(tmp_path: Path) -> None:
    docs = seed_corpus()
    path = _saved(tmp_path, docs)
    _edit(path, "- 预期转弱\n", "- 预期转弱(更正)\n")
    kept = build_bank(corpus(docs), title="测试", existing=load_bank(path))
    formula_ = kept.formula("004_a/三重压力")
    assert formula_ is not None and formula_.items[2] == "预期转弱(更正)"
    # the formula's questions follow the corrected item; it is not in the evidence, so
    # no cloze blanks it
    ids = {q.id for q in kept.questions}
    assert "004_a/三重压力/cloze/item-1" in ids and "004_a/三重压力/cloze/item-2" not in ids
    save_bank(kept, path)
    again = build_bank(corpus(docs), title="测试", existing=load_bank(path))
    assert dump_bank(again) == path.read_text(encoding="utf-8")  # stable once merged


def test_an_added_alternative_survives_regeneration(tmp_path: Path) -> None:
    docs = seed_corpus()
    path = _saved(tmp_path, docs)
    bank = load_bank(path)
    question = next(q for q in bank.questions if q.id == "004_a/三重压力/cloze/item-0")
    edited = replace(question, accepted=(("需求不足",),))
    questions = tuple(edited if q.id == question.id else q for q in bank.questions)
    save_bank(replace(bank, questions=questions), path)
    merged = build_bank(corpus(docs), title="测试", existing=load_bank(path))
    assert merged.question(question.id).accepted == (("需求不足",),)


def test_an_edit_that_the_corpus_also_changed_is_refused(tmp_path: Path) -> None:
    docs = seed_corpus()
    path = _saved(tmp_path, docs)
    _edit(path, "- 预期转弱\n", "- 预期转弱(更正)\n")
    docs["004_a.txt"][4] = formula("004_a.txt", "三重压力", ["需求收缩", "供给冲击", "预期变弱"])
    with pytest.raises(HandEditConflict) as caught:
        build_bank(corpus(docs), title="测试", existing=load_bank(path))
    message = str(caught.value)
    assert "004_a/三重压力" in message and "--force" in message and str(path) in message
    forced = build_bank(corpus(docs), title="测试", existing=load_bank(path), force=True)
    assert forced.formula("004_a/三重压力").items[2] == "预期变弱"


def test_hand_added_questions_are_kept_and_excluded_ones_dropped(tmp_path: Path) -> None:
    docs = seed_corpus()
    path = _saved(tmp_path, docs)
    bank = load_bank(path)
    extra = replace(bank.questions[0], id="004_a/四项重点工作/cloze/mine",
                    prompt="坚持老城更新、____、乡村振兴、城乡融合“四项重点工作”。",
                    answers=("新区提升",))
    meta = {**bank.meta, "exclude": ["004_a/三重压力/ordering/items"]}
    save_bank(replace(bank, questions=(*bank.questions, extra), meta=meta), path)
    merged = build_bank(corpus(docs), title="测试", existing=load_bank(path))
    ids = [q.id for q in merged.questions]
    assert "004_a/四项重点工作/cloze/mine" in ids
    assert "004_a/三重压力/ordering/items" not in ids
    assert merged.meta["exclude"] == ["004_a/三重压力/ordering/items"]


def test_reports_that_repeat_each_other_give_no_identical_questions() -> None:
    docs = seed_corpus()
    docs["005_copy.txt"] = [formula("005_copy.txt", label) for label in DOCS["004_a.txt"]]
    extracted = [(f, spans) for doc, found in docs.items()
                 for f, spans in bank_formulas(doc, "同一报告", found)]
    bank = build_bank(extracted, title="测试")
    assert check_text(dump_bank(bank), "bank.yaml").problems == []
    assert any(q.formula_id.startswith("005_copy/") for q in bank.questions)


def test_a_part_links_to_its_composite_by_id_wherever_it_stands() -> None:
    part = formula("004_a.txt", "四项重点工作", parent="4433")
    whole = formula("004_a.txt", "4433", ["四项重点工作", "四大主导产业"], count=(4, 4),
                    kind=FormulaKind.COMPOSITE, part_keys=("4", "4"))
    found = dict((f.label, f) for f, _ in bank_formulas("004_a.txt", "报告", [part, whole]))
    assert found["四项重点工作"].parent == "004_a/4433"
    assert found["4433"].count == (4, 4) and found["4433"].kind == "composite"
    orphan = formula("004_a.txt", "三重压力", parent="不在本文")
    assert bank_formulas("004_a.txt", "报告", [orphan])[0][0].parent == "不在本文"


def test_a_formula_added_by_hand_is_kept_and_gets_questions(tmp_path: Path) -> None:
    docs = seed_corpus()
    path = _saved(tmp_path, docs)
    bank = load_bank(path)
    added = BankFormula(id="手工/三个务必", label="三个务必", count=3,
                        items=("谦虚谨慎", "艰苦奋斗", "敢于斗争"), doc="手工", source="手工录入",
                        evidence="全党同志务必不忘初心、牢记使命,务必谦虚谨慎、艰苦奋斗,务必敢于斗争、善于斗争")
    save_bank(replace(bank, formulas=(*bank.formulas, added)), path)
    merged = build_bank(corpus(docs), title="测试", existing=load_bank(path))
    assert merged.formula("手工/三个务必") == added
    assert merged.question("手工/三个务必/cloze/item-0") is not None
    assert check_text(dump_bank(merged), "bank.yaml").problems == []
    save_bank(merged, path)
    again = build_bank(corpus(docs), title="测试", existing=load_bank(path))
    assert dump_bank(again) == path.read_text(encoding="utf-8")


def test_a_list_of_amounts_is_no_formula_in_chinese_numerals_either() -> None:
    amounts = ["提高收购价格的支出四百四十二亿元", "安排城镇二千六百万人就业",
               "增加职工住宅的支出一百五十二亿元"]
    found = [formula("004_a.txt", "三项支出", amounts), formula("004_a.txt", "三重压力")]
    labels = {f.label for f, _ in bank_formulas("004_a.txt", "报告", found)}
    assert labels == {"三重压力"}
