"""Lists, key statements and headline targets: one made-up sentence per shape and per
trap, and the counts found per text of the development set."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from quiz.core.formula import FormulaKind
from tests.helpers.extract import formulas_in

DEV_TEXTS = Path(__file__).resolve().parents[3] / "shared" / "dev" / "texts"


def _of(kind: FormulaKind, text: str) -> list:
    return [f for f in formulas_in(text) if f.kind == kind]


def test_a_list_of_items_sharing_a_head_is_named_by_it() -> None:
    (found,) = _of(FormulaKind.LIST, "全党要增强自我净化、自我完善、自我革新、自我提高能力。")
    assert found.items == ("自我净化", "自我完善", "自我革新", "自我提高")
    assert found.label == "自我…" and dict(found.detail)["head"] == "自我"


def test_a_list_sharing_a_tail_loses_its_introducing_verb() -> None:
    (found,) = _of(FormulaKind.LIST, "我们要坚定道路自信、理论自信、制度自信、文化自信。")
    assert found.items == ("道路自信", "理论自信", "制度自信", "文化自信")
    assert found.label == "…自信"


def test_a_three_item_list_trims_its_first_and_last_items_by_the_shared_tail() -> None:
    (found,) = _of(FormulaKind.LIST, "要把实事办好，让主题教育深入人心、打动人心、激励人心。")
    assert found.items == ("深入人心", "打动人心", "激励人心")
    (found,) = _of(FormulaKind.LIST, "深入实施科教兴国战略、人才强国战略、创新驱动发展战略，推进改革。")
    assert found.items == ("科教兴国战略", "人才强国战略", "创新驱动发展战略")
    (found,) = _of(FormulaKind.LIST,
                   "联合已出现雏型，包括专业性的生产联合，产供销联合，以及技术服务性的联合，等等。")
    assert found.items == ("专业性的生产联合", "产供销联合", "技术服务性的联合")
    (found,) = _of(FormulaKind.LIST, "要大力普及社会发展史的教育，普及共产主义思想的教育，"
                   "普及共产主义劳动态度的教育，普及职业道德的教育。")
    assert found.items == ("普及社会发展史的教育", "普及共产主义思想的教育",
                           "普及共产主义劳动态度的教育", "普及职业道德的教育")


def test_clauses_with_a_repeated_head_are_a_list() -> None:
    text = "这就是：坚持党的领导，坚持人民至上，坚持理论创新，坚持独立自主。"
    (found,) = _of(FormulaKind.LIST, text)
    assert found.items == ("坚持党的领导", "坚持人民至上", "坚持理论创新", "坚持独立自主")
    assert found.label == "坚持…"


def test_a_quoted_list_of_short_items() -> None:
    (found,) = _of(FormulaKind.LIST, "工作要做到“严、真、细、实、快”。")
    assert found.items == ("严", "真", "细", "实", "快")


@pytest.mark.parametrize("text", [
    "会议听取了报告，审议了文件，通过了决议。",  # clauses with commas, nothing shared
    "加强教育、完善制度、严格管理、强化监督。",  # a list with no shared head or tail
    "城市、农村。",  # two items are no list
    "提高质量、提高效益和提高了群众的满意程度以及其他。",  # items far from parallel
    "他说，是我们的，是大家的，是国家的。",  # clauses sharing an ending, no parallel predicates
])
def test_no_list_from_a_sentence_that_merely_has_commas(text: str) -> None:
    assert _of(FormulaKind.LIST, text) == []


def test_a_list_that_is_a_numbered_formulas_items_is_not_repeated() -> None:
    text = "坚定道路自信、理论自信、制度自信、文化自信“四个自信”。"
    kinds = [f.kind for f in formulas_in(text)]
    assert FormulaKind.NUMBERED in kinds and FormulaKind.LIST not in kinds


def test_a_statement_blanks_its_defining_words() -> None:
    text = ("全面建成社会主义现代化强国、实现第二个百年奋斗目标，以中国式现代化全面推进中华民族"
            "伟大复兴，是全党全国各族人民在新时代新征程的中心任务。")
    (found,) = _of(FormulaKind.STATEMENT, text)
    assert found.label == "中心任务" and dict(found.detail)["cue"] == "中心任务"
    assert found.items[0].startswith("全面建成社会主义现代化强国")
    assert found.items[0].endswith("全面推进中华民族伟大复兴")
    assert found.evidence.replace(found.items[0], "") != found.evidence


def test_a_statement_with_the_cue_first() -> None:
    (found,) = _of(FormulaKind.STATEMENT, "这次主题教育的总要求是“学思想、强党性、重实践、建新功”。")
    assert found.items == ("学思想、强党性、重实践、建新功",)


@pytest.mark.parametrize("text", [
    "这是我们的主要工作。",  # no cue word of definition
    "抓好中心任务。",  # a cue word, but nothing defined
])
def test_no_statement_that_is_not_a_definition(text: str) -> None:
    assert _of(FormulaKind.STATEMENT, text) == []


def test_targets_read_indicator_value_unit_and_qualifier() -> None:
    text = ("今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上，"
            "城镇调查失业率5.5%左右；粮食产量1.3万亿斤以上。")
    found = {f.label: dict(f.detail) for f in _of(FormulaKind.TARGET, text)}
    assert found["国内生产总值增长"] == {"indicator": "国内生产总值增长", "value": "5",
                                         "unit": "%", "qualifier": "左右"}
    assert found["城镇新增就业"]["unit"] == "万人" and found["城镇新增就业"]["qualifier"] == "以上"
    assert found["粮食产量"]["value"] == "1.3" and found["粮食产量"]["unit"] == "万亿斤"
    assert len(found) == 4


@pytest.mark.parametrize("text", [
    "今年的目标是稳中求进，推动高质量发展。",  # a target sentence without a number
    "去年国内生产总值增长5.2%。",  # a figure, but no target announced
])
def test_no_target_without_a_number_and_an_announcement(text: str) -> None:
    assert _of(FormulaKind.TARGET, text) == []


def test_importance_ranks_a_quoted_repeated_cue_formula_above_a_plain_one() -> None:
    text = ("必须打造甲乙、丙丁、戊己“三张名片”。\n“三张名片”要擦亮。\n“三张名片”是关键。\n"
            "推进子丑、寅卯和辰巳三大行动。")
    found = {f.label: f.importance for f in formulas_in(text) if f.items}
    assert found["三张名片"] > found["三大行动"]


@pytest.mark.skipif(not DEV_TEXTS.exists(), reason="shared/dev is not beside the checkout")
def test_kinds_found_per_dev_text(capsys: pytest.CaptureFixture[str]) -> None:
    from quiz.core.extract import extract_paths

    rows = []
    total: Counter[str] = Counter()
    for doc, formulas in extract_paths(sorted(DEV_TEXTS.glob("*.txt"))):
        kinds = Counter(str(f.kind) for f in formulas if f.items)
        total.update(kinds)
        rows.append(f"  {doc.name[:40]:40} " + " ".join(
            f"{k}={kinds[k]}" for k in ("numbered", "composite", "list", "statement", "target")))
        # a usable bank: at most 25 questions per 1,000 characters, so formulas stay fewer
        assert sum(kinds.values()) <= len(doc.text) / 1000 * 5, rows[-1]
    with capsys.disabled():
        print("\nkinds per dev text:\n" + "\n".join(rows))
    assert total["list"] and total["statement"] and total["target"]


def test_the_cli_shows_statements_and_targets_only_when_asked(tmp_path: Path) -> None:
    import json

    from click.testing import CliRunner

    from quiz.cli import main

    report = tmp_path / "r.txt"
    report.write_text("主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上。\n"
                      "坚定道路自信、理论自信、制度自信、文化自信。\n", encoding="utf-8")
    default = json.loads(CliRunner().invoke(main, ["extract", "--json", str(report)]).output)
    everything = json.loads(CliRunner().invoke(
        main, ["extract", "--json", "--kind", "all", str(report)]).output)
    assert {f["kind"] for f in default} == {"list"}
    assert {f["kind"] for f in everything} == {"list", "target"}


def test_clauses_sharing_an_ending_after_one_subject() -> None:
    text = ("中国式现代化是人口规模巨大的现代化，是全体人民共同富裕的现代化，"
            "是物质文明和精神文明相协调的现代化。")
    (found,) = _of(FormulaKind.LIST, text)
    assert found.items == ("人口规模巨大的现代化", "全体人民共同富裕的现代化",
                           "物质文明和精神文明相协调的现代化")
    assert found.label == "…的现代化"


def test_the_clause_before_a_run_joins_it_from_the_shared_head() -> None:
    text = "全党同志务必不忘初心、牢记使命，务必谦虚谨慎、艰苦奋斗，务必敢于斗争、善于斗争。"
    (found,) = _of(FormulaKind.LIST, text)
    assert found.items[0] == "务必不忘初心、牢记使命" and len(found.items) == 3


def test_a_statement_whose_subject_is_defined() -> None:
    (found,) = _of(FormulaKind.STATEMENT, "高质量发展是全面建设社会主义现代化国家的首要任务。")
    assert found.items == ("高质量发展",) and found.label == "首要任务"


def test_a_quote_closed_at_a_sentence_start_is_not_in_its_first_clause() -> None:
    (found,) = _of(FormulaKind.LIST, "他说：“要强链补链。”产业链延伸到哪里，党组织就建到哪里，"
                   "作用就发挥到哪里。")
    assert found.items == ("产业链延伸到哪里", "党组织就建到哪里", "作用就发挥到哪里")
