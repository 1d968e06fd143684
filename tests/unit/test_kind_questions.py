"""Questions on lists, key statements and headline targets, from made-up reports: a cloze
filled in is the report's sentence, choices never offer a member as an outsider nor two
equivalent figures, and `quiz check` (with its semantic rules) passes the bank."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quiz.core.bank.build import bank_formulas, build_bank
from quiz.core.bank.check import check_text
from quiz.core.bank.io import dump_bank
from quiz.core.model import LETTERS, Bank, Question, QuestionType
from quiz.core.questions.list_marks import formula_cores
from quiz.core.questions.target_questions import equivalent_options, nearby, spelled
from tests.helpers.extract import doc_from, formulas_in

REPORT = (
    "今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上；"
    "粮食产量1.3万亿斤以上。\n"
    "全党要增强自我净化、自我完善、自我革新、自我提高能力。\n"
    "我们要坚定道路自信、理论自信、制度自信、文化自信。\n"
    "大力发展科技金融、绿色金融、普惠金融、养老金融、数字金融。\n"
    "全区要坚持扩大内需、坚持优化结构、坚持绿色发展、坚持改革创新，推动经济行稳致远。\n"
    "要加强内需引导、加强结构调整、加强风险防范、加强民生保障。\n"
    "高质量发展是全面建设社会主义现代化国家的首要任务。\n"
)


def bank_of(text: str) -> Bank:
    found = bank_formulas("r.txt", "《测试报告》", formulas_in(text))
    return build_bank(found, title="测试", documents=[doc_from(text, "r.txt")])


def of_kind(bank: Bank, kind: str) -> list[Question]:
    kinds = {f.id: f.kind for f in bank.formulas}
    return [q for q in bank.questions if kinds[q.formula_id] == kind]


def chosen(question: Question) -> list[str]:
    return [question.options[LETTERS.index(a)] for a in question.answers]


def filled(question: Question) -> str:
    pieces = question.prompt.split("____")
    text = pieces[0] + "".join(a + p for a, p in zip(question.answers, pieces[1:], strict=True))
    return text.removeprefix("据《测试报告》，").rstrip("。")


@pytest.fixture(scope="module")
def bank() -> Bank:
    return bank_of(REPORT)


def test_the_bank_passes_quiz_check_with_semantics(bank: Bank) -> None:
    report = check_text(dump_bank(bank), "b.yaml", semantics=True)
    assert report.problems == []
    assert {f.kind for f in bank.formulas} >= {"list", "statement", "target"}


def test_a_list_is_asked_whole_by_item_and_by_membership(bank: Bank) -> None:
    questions = [q for q in of_kind(bank, "list") if "坚持" in q.formula_id]
    variants = {q.variant for q in questions}
    # Every outsider the report lends (加强…) lacks 坚持, which the members share, so
    # membership is asked of cores: the list named by its mark, the options without it;
    # the cores of …自信 and …金融 qualify a noun and never follow 坚持, and of 加强's only
    # those on the subject of 坚持's (内需引导 of 扩大内需) do.
    assert variants == {"all", "item", "not_member_core", "members_core"}
    for question in questions:
        if question.type != QuestionType.CLOZE:
            assert "“坚持……”" in question.prompt
            assert not any(o.startswith("坚持") for o in question.options), question.options
    (whole,) = [q for q in questions if q.variant == "all"]
    assert whole.answers == ("坚持扩大内需", "坚持优化结构", "坚持绿色发展", "坚持改革创新")
    assert filled(whole) in REPORT
    # 自我 (a pronoun) borrows from no list of this report: its cores are asked by cloze
    assert {q.variant for q in of_kind(bank, "list") if "自我" in q.formula_id} == {"all", "item"}


def test_membership_outsiders_come_from_other_lists_and_are_never_members(bank: Bank) -> None:
    # a marked list offers cores: its items, and other lists' items, without their marks
    items = {f.id: set(formula_cores(f) or f.items) for f in bank.formulas}
    others = {f.id: {i for g in bank.formulas if g.kind == "list" and g.id != f.id
                     for i in formula_cores(g) or g.items} for f in bank.formulas}
    asked = [q for q in of_kind(bank, "list") if q.type != QuestionType.CLOZE]
    assert asked
    for question in asked:
        right = set(chosen(question))
        outside = (right if question.variant.startswith("not_member")
                   else set(question.options) - right)
        members = set(question.options) - outside
        assert outside and not outside & items[question.formula_id], question.id
        assert outside <= others[question.formula_id] and members <= items[question.formula_id]


def test_a_statement_blanks_its_defining_words_and_what_the_cue_is_of(bank: Bank) -> None:
    by_variant = {q.variant: q for q in of_kind(bank, "statement")}
    assert by_variant["defining"].answers == ("高质量发展",)
    assert by_variant["subject"].answers == ("全面建设社会主义现代化国家",)
    assert "首要任务" in by_variant["defining"].prompt
    for question in by_variant.values():
        assert filled(question) in REPORT


def test_a_target_blanks_the_number_and_offers_nearby_values(bank: Bank) -> None:
    questions = [q for q in of_kind(bank, "target") if "国内生产总值" in q.formula_id]
    (cloze,) = [q for q in questions if q.type == QuestionType.CLOZE]
    assert cloze.answers == ("5",) and "增长____%左右。" in cloze.prompt
    (choice,) = [q for q in questions if q.type == QuestionType.SINGLE_CHOICE]
    assert chosen(choice) == ["5%"] and "（　）左右" in choice.prompt
    assert all(o.endswith("%") for o in choice.options) and len(set(choice.options)) == 4
    grain = [q for q in of_kind(bank, "target") if "粮食" in q.formula_id
             and q.type == QuestionType.SINGLE_CHOICE]
    assert grain and all(o.endswith("万亿斤") for o in grain[0].options)


@pytest.mark.parametrize("text", [
    "我们要加强学习，提高本领，改进作风，狠抓落实。",  # a comma sentence is not a list
    "发展是我们面临的问题，这一点大家都清楚。",  # no cue: not a definition
    "国内生产总值继续增长，就业形势总体稳定。",  # no number: no target
])
def test_traps_give_no_question_of_a_new_kind(text: str) -> None:
    bank = bank_of(text)
    assert not [f for f in bank.formulas if f.kind in ("list", "statement", "target")]


def test_equivalent_figures_are_caught() -> None:
    assert equivalent_options(["5%", "5.0%", "6%"]) == [("5%", "5.0%")]
    assert equivalent_options(["1.3万亿斤", "13000亿斤", "1.2万亿斤"]) == [("1.3万亿斤", "13000亿斤")]
    assert equivalent_options(["5%", "5万"]) == []


def test_nearby_values_keep_the_reports_precision() -> None:
    assert [spelled(v) for v in nearby("5")] == ["3", "4", "6", "7"]
    assert [spelled(v) for v in nearby("1200")] == ["1000", "1100", "1300", "1400"]
    # a hundredth's step is no choice among 86.46亿元: the step grows, the decimals stay
    assert [spelled(v) for v in nearby("86.46")] == ["84.46", "85.46", "87.46", "88.46"]
    assert [spelled(v) for v in nearby("5.5")] == ["4.5", "5", "6", "6.5"]
    assert [spelled(v) for v in nearby("1.3")] == ["1.1", "1.2", "1.4", "1.5"]
    # a share of 99% offers no 101%: the next step below stands in
    assert [spelled(v) for v in nearby("99", Decimal(100))] == ["97", "98", "100", "96"]


@given(st.decimals(min_value=Decimal("0.1"), max_value=Decimal("100000"), places=2))
def test_nearby_values_are_never_equivalent_to_the_value(value: Decimal) -> None:
    text = spelled(value)
    options = [text + "%", *(spelled(v) + "%" for v in nearby(text))]
    assert equivalent_options(options) == []


DEV_TEXTS = Path(__file__).resolve().parents[3] / "shared" / "dev" / "texts"
PER_THOUSAND = 25  # questions per 1,000 characters of report a usable bank stays under


@pytest.mark.skipif(not DEV_TEXTS.is_dir(), reason="the development texts are not here")
def test_banks_of_the_dev_texts_stay_usable(capsys: pytest.CaptureFixture[str]) -> None:
    for path in sorted(DEV_TEXTS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        bank = bank_of(text)
        rate = 1000 * len(bank.questions) / len(text)
        with capsys.disabled():
            print(f"{path.stem}: {len(bank.questions)} questions, {rate:.1f} per 1,000 chars")
        assert rate <= PER_THOUSAND, path.name


def test_no_membership_choice_prints_a_member_in_its_stem() -> None:
    text = ("必须坚持人民至上的要求，坚持党的领导、坚持人民至上、坚持理论创新、坚持自我革命。\n"
            "加强理论武装、加强作风建设、加强人民监督、加强市场监管。\n")
    bank = bank_of(text)
    asked = [q for q in of_kind(bank, "list") if q.type != QuestionType.CLOZE]
    items = {i for f in bank.formulas for i in (*f.items, *(formula_cores(f) or ()))}
    assert asked  # the other list is still asked
    for question in asked:
        assert not [o for o in question.options if o in items and o in question.prompt]
