"""A marked list's membership is asked of its cores: the mark cut off where the items
allow it, outsiders that the report never writes with the list's mark."""

from __future__ import annotations

import pytest

from quiz.core.bank.check import check_text
from quiz.core.bank.io import dump_bank
from quiz.core.model import BankFormula, QuestionType
from quiz.core.questions.list_marks import (
    core_shape_problem,
    cores,
    formula_cores,
    lends_cores,
    lent_cores,
    list_marks,
    marked_phrase,
)
from quiz.core.questions.list_questions import core_outsiders
from tests.unit.test_kind_questions import bank_of, chosen, of_kind


@pytest.mark.parametrize(("items", "head", "tail", "expected"), [
    (["坚持扩大内需", "坚持优化结构"], "坚持", "", ("扩大内需", "优化结构")),
    (["科技金融", "绿色金融", "普惠金融"], "", "金融", ("科技", "绿色", "普惠")),
    (["自我净化", "自我完善", "自我革新"], "自我", "", ("净化", "完善", "革新")),  # 自我完善: one word
    (["盯着数据干", "盯着短板干"], "盯着", "干", ("数据", "短板")),  # a one-character word
    (["严格执行党的政治纪律", "组织纪律", "廉洁纪律"], "", "纪律", ("政治", "组织", "廉洁")),
])
def test_the_core_is_the_item_without_its_mark(items: list[str], head: str, tail: str,
                                                expected: tuple[str, ...]) -> None:
    assert cores(items, head, tail) == expected


@pytest.mark.parametrize(("items", "head", "tail"), [
    (["增强开放带动力", "提升创新驱动力"], "", "动力"),  # the cut runs through 带动, 驱动
    (["最简路径", "最快速度"], "最", ""),  # 最快 is one word
    (["严", "真", "细"], "", ""),  # a quoted list shares no mark
    (["”产业链延伸到哪里", "党组织就建到哪里"], "", "到哪里"),  # a quote is no option
])
def test_no_core_where_the_mark_cannot_be_cut_off(items: list[str], head: str,
                                                   tail: str) -> None:
    assert cores(items, head, tail) is None


def test_a_one_character_edge_is_no_mark_inside_a_word() -> None:
    assert list_marks(["精雕细琢规划城市", "精雕细刻建设城市"], "精", "城市") == ("", "城市")
    assert marked_phrase("盯着", "干") == "盯着……干"



def test_an_outsider_of_another_length_stands_out_among_cores_of_one_length() -> None:
    own = ["数据", "短板", "目标", "服务"]
    assert core_shape_problem("稳秩序", own) == "干扰项 `稳秩序` 有 3 个字, 条目都是 2 个字"
    assert core_shape_problem("安全", own) is None


def _list(items: tuple[str, ...], **marks: str) -> BankFormula:
    return BankFormula(id="d/list", label="…", count=len(items), items=items, doc="d.txt",
                       source="", evidence="、".join(items), kind="list",
                       detail=tuple(marks.items()))


def test_cores_are_lent_between_heads_of_one_class_and_only_to_the_same_tail() -> None:
    finance = _list(("科技金融", "绿色金融"), tail="金融")
    building = _list(("平安乡村建设", "数字政府建设"), tail="建设")
    persist = _list(("坚持扩大内需", "坚持优化结构"), head="坚持")
    dare = _list(("敢于涉险滩", "敢于啃硬骨头"), head="敢于")
    great = _list(("伟大斗争", "伟大工程"), head="伟大")
    plain = _list(("守安全", "保民生"))
    assert lends_cores(persist, dare) and not lends_cores(persist, finance)
    assert not lends_cores(finance, dare) and not lends_cores(building, finance)
    more_finance = _list(("普惠金融", "养老金融"), tail="金融")
    assert lends_cores(more_finance, finance)  # a tail lends only to the same tail
    assert not lends_cores(great, dare)  # 伟大, an adjective, governs nothing
    assert lends_cores(plain, dare) and not lends_cores(plain, finance)


def test_a_list_lends_its_cores_or_unmarked_items_never_items_that_keep_a_mark() -> None:
    assert lent_cores(_list(("科技金融", "绿色金融"), tail="金融")) == ("科技", "绿色")
    assert lent_cores(_list(("守安全", "保民生"))) == ("守安全", "保民生")
    assert lent_cores(_list(("增强开放带动力", "提升创新驱动力"), tail="动力")) == ()


REPORT = (
    "坚持扩大内需、坚持优化结构、坚持绿色发展、坚持改革创新，推动经济行稳致远。\n"
    "加强内需引导、加强结构调整、加强风险防范、加强民生保障，坚持民生保障不动摇。\n"
    "统筹推进平安乡村建设、数字政府建设、法治社会建设、智慧城市建设。\n"
    "着力发展科技金融、绿色金融、普惠金融、数字金融。\n"
)


def test_outsiders_are_other_lists_cores_never_said_with_the_mark() -> None:
    bank = bank_of(REPORT)
    asked = [q for q in of_kind(bank, "list") if q.type != QuestionType.CLOZE]
    assert {q.variant for q in asked} == {"not_member_core", "members_core"}
    outsiders: dict[str, set[str]] = {}
    for question in asked:
        right = set(chosen(question))
        outside = (right if question.variant == "not_member_core"
                   else set(question.options) - right)
        outsiders.setdefault(question.formula_id, set()).update(outside)
    # 坚持民生保障 stands in the report: 民生保障 is no outsider of 坚持…; of its siblings,
    # those on the subject of 扩大内需、优化结构… are (a verb chooses its objects)
    assert outsiders["r/list:坚持..."] & {"内需引导", "结构调整"}
    assert not outsiders["r/list:坚持..."] & {"民生保障", "风险防范"}
    # the cores of a tail mark (平安乡村|建设) never follow a head mark (坚持|…)
    assert not outsiders["r/list:坚持..."] & {"平安乡村", "数字政府", "法治社会", "智慧城市"}
    assert not any(o.endswith(("建设", "金融")) for found in outsiders.values() for o in found)
    assert all("“坚持……”" in q.prompt for q in asked if "坚持" in q.formula_id)
    assert check_text(dump_bank(bank), "b.yaml", semantics=True).problems == []


def test_a_member_offered_as_outsider_is_a_wrong_key() -> None:
    bank = bank_of(REPORT)
    (question,) = [q for q in of_kind(bank, "list")
                   if q.variant == "not_member_core" and "坚持" in q.formula_id]
    text = dump_bank(bank)
    outsider = chosen(question)[0]
    assert check_text(text.replace(f"- {outsider}\n", "- 绿色发展\n", 1), "b.yaml").problems


def test_a_core_the_report_says_with_the_mark_in_another_sentence_is_no_outsider() -> None:
    text = ("坚持扩大内需、坚持优化结构、坚持绿色发展、坚持改革创新，推动经济行稳致远。\n"
            "加强内需引导、加强结构调整、加强风险防范、加强民生保障。\n"
            "坚持内需引导是稳增长的首要任务。\n")
    formulas = bank_of(text).formulas
    (persist,) = [f for f in formulas if f.id == "r/list:坚持..."]
    own = formula_cores(persist)
    assert own is not None
    others = [f for f in formulas if f is not persist]
    lists_only = [f for f in others if f.kind == "list"]
    assert "内需引导" in core_outsiders(persist, own, lists_only)
    assert "内需引导" not in core_outsiders(persist, own, others)  # the statement says it
    bank = bank_of(text)
    assert check_text(dump_bank(bank), "b.yaml", semantics=True).problems == []
