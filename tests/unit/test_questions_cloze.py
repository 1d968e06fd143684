"""Cloze questions: blanks cut from the report's sentence, every variant."""

from __future__ import annotations

import re

from quiz.core.model import BLANK, BankFormula, QuestionType
from quiz.core.questions.cloze import cloze_questions

SOURCE = "济南市历城区第十五次党代会报告(2022年2月)"


def formula(label: str, items: list[str], evidence: str, count: object = None) -> BankFormula:
    return BankFormula(id=f"004/{label}", label=label, count=count or len(items),
                       items=tuple(items), doc="004.txt", source=SOURCE, evidence=evidence)


def fill(prompt: str, answers: tuple[str, ...]) -> str:
    pieces = prompt.split(BLANK)
    assert len(pieces) == len(answers) + 1
    return pieces[0] + "".join(a + p for a, p in zip(answers, pieces[1:], strict=True))


FIVE = formula("五张名片", ["民富区强", "改革创新", "宜居宜业", "绿色美丽", "法治和谐"],
               "打造民富区强、改革创新、宜居宜业、绿色美丽、法治和谐“五张名片”")


def by_id(questions):
    return {q.id.split("/cloze/")[1]: q for q in questions}


def test_every_full_cloze_fills_back_to_the_evidence() -> None:
    questions = cloze_questions(FIVE)
    assert questions and all(q.type == QuestionType.CLOZE for q in questions)
    for question in questions:
        if question.variant != "overlap":
            assert fill(question.prompt, question.answers) == FIVE.evidence, question.id


def test_variants_item_all_label_count_overlap() -> None:
    questions = by_id(cloze_questions(FIVE))
    assert questions["item-0"].prompt == "打造____、改革创新、宜居宜业、绿色美丽、法治和谐“五张名片”"
    assert questions["item-4"].answers == ("法治和谐",)
    assert questions["all"].answers == FIVE.items
    assert not questions["all"].order_free  # the report's order is kept
    assert questions["label"].prompt.endswith("法治和谐“____”")
    assert questions["count"].prompt.endswith("“____张名片”")
    assert questions["count"].answers == ("五",)
    assert "5" in questions["count"].accepted[0]
    assert questions["overlap-1"].prompt == "…民富区强、____…“五张名片”"
    assert questions["overlap-1"].answers == ("改革创新",)
    assert "overlap-0" not in questions


def test_overlap_prompt_pieces_stand_in_the_evidence_in_order() -> None:
    for question in cloze_questions(FIVE):
        if question.variant == "overlap":
            filled = fill(question.prompt, question.answers)
            cursor = 0
            for piece in filter(None, filled.split("…")):
                found = FIVE.evidence.find(piece, cursor)
                assert found >= 0, (question.id, piece)
                cursor = found + len(piece)


def test_an_item_not_in_the_evidence_is_skipped_not_guessed() -> None:
    broken = formula("三重压力", ["需求收缩", "供给冲击", "预期变弱"],
                     "我国经济面临需求收缩、供给冲击、预期转弱三重压力")
    questions = by_id(cloze_questions(broken))
    assert "item-0" in questions and "item-1" in questions
    assert "item-2" not in questions
    assert "all" not in questions  # "all" would not be all of them
    assert "overlap-2" not in questions


def test_extractor_spans_place_blanks_when_an_item_repeats() -> None:
    evidence = "创新引领,坚持创新、协调、绿色、开放、共享“五大发展理念”"
    f = formula("五大发展理念", ["创新", "协调", "绿色", "开放", "共享"], evidence)
    start = evidence.index("创新、")
    hints = [(start, start + 2)] + [(evidence.index(i), evidence.index(i) + 2) for i in f.items[1:]]
    first = by_id(cloze_questions(f, hints))["item-0"]
    assert first.prompt == "创新引领,坚持____、协调、绿色、开放、共享“五大发展理念”"
    stale = [(0, 1)] * 5  # spans that no longer fit are ignored; 创新 occurs twice: skipped
    questions = by_id(cloze_questions(f, stale))
    assert "item-0" not in questions and "all" not in questions
    assert questions["item-1"].prompt == "创新引领,坚持创新、____、绿色、开放、共享“五大发展理念”"


def test_count_of_two_accepts_both_forms() -> None:
    two = formula("两大定位", ["国内大循环战略节点", "国内国际双循环战略枢纽"],
                  "明确了打造“国内大循环战略节点、国内国际双循环战略枢纽”的两大定位")
    count = by_id(cloze_questions(two))["count"]
    assert count.answers == ("两",)
    assert set(count.accepted[0]) >= {"2", "二"}
    assert "overlap-1" not in by_id(cloze_questions(two))  # two items: no overlap cloze


def test_composite_label_has_no_count_blank() -> None:
    f = formula("4433", ["四项重点工作", "四大主导产业", "三大攻坚行动", "三大服务保障"],
                "构建“4433”工作推进体系。第一个“4”就是“四项重点工作”;第二个“4”就是“四大主导产业”;"
                "第一个“3”就是“三大攻坚行动”;第二个“3”就是“三大服务保障”。", count=[4, 4, 3, 3])
    questions = by_id(cloze_questions(f))
    assert "count" not in questions
    assert questions["label"].prompt.startswith("构建“____”")
    assert re.search(r"“____”;第二个“4”", questions["item-0"].prompt)


def test_ids_depend_on_formula_type_and_item_index_only() -> None:
    ids = [q.id for q in cloze_questions(FIVE)]
    assert len(ids) == len(set(ids))
    assert "004/五张名片/cloze/item-3" in ids
    assert ids == [q.id for q in cloze_questions(FIVE)]


def test_count_blank_of_a_two_character_numeral() -> None:
    items = [f"第{i}着力" for i in range(12)]
    twelve = formula("十二个着力", items, "、".join(items) + "等“十二个着力”", count=12)
    count = by_id(cloze_questions(twelve))["count"]
    assert count.answers == ("十二",) and "12" in count.accepted[0]
    assert count.prompt.endswith("“____个着力”")
