"""Cloze questions: blanks cut from the report's sentence, every variant."""

from __future__ import annotations

from quiz.core.model import BLANK, BankFormula, QuestionType
from quiz.core.questions.cloze import cloze_questions
from quiz.core.questions.wording import full_width

SOURCE = "济南市历城区第十五次党代会报告(2022年2月)"
OPENING = "据济南市历城区第十五次党代会报告（2022年2月），"


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


NINE = formula("九大重点任务", ["加快动能转换", "深化改革创新", "提速乡村振兴", "优化生态环境",
                                "扩大对外开放", "加速城乡融合", "保障改善民生", "统筹发展安全",
                                "完善民主法治"],
               "实施加快动能转换、深化改革创新、提速乡村振兴、优化生态环境、扩大对外开放、"
               "加速城乡融合、保障改善民生、统筹发展安全、完善民主法治“九大重点任务”")


def test_every_cloze_fills_back_to_a_sentence_of_the_evidence() -> None:
    questions = cloze_questions(FIVE)
    assert questions and all(q.type == QuestionType.CLOZE for q in questions)
    for question in questions:
        filled = fill(question.prompt, question.answers)
        assert filled.startswith(OPENING) and filled.endswith("。"), question.id
        assert filled.removeprefix(OPENING).removesuffix("。") in full_width(FIVE.evidence)


def test_variants_item_all_label_and_no_count_the_stem_gives_away() -> None:
    questions = by_id(cloze_questions(FIVE))
    assert questions["item-0"].prompt == (OPENING + "打造____、改革创新、宜居宜业、绿色美丽、"
                                          "法治和谐“五张名片”。")
    assert questions["item-4"].answers == ("法治和谐",)
    assert questions["all"].answers == FIVE.items
    assert not questions["all"].order_free  # the report's order is kept
    assert questions["label"].prompt.endswith("法治和谐“____”。")
    assert "count" not in questions  # the stem would list the five items to count
    assert not [q for q in questions if q.startswith("overlap")]  # five items: no overlap


def test_overlap_only_for_long_lists_with_the_previous_item_as_cue() -> None:
    questions = by_id(cloze_questions(NINE))
    assert "overlap-0" not in questions and "overlap-8" in questions
    overlap = questions["overlap-3"]
    assert overlap.prompt == (OPENING + "按报告原文顺序，“九大重点任务”中紧接“提速乡村振兴”"
                              "的一项是____。")
    assert overlap.answers == ("优化生态环境",)


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
    placed = by_id(cloze_questions(f, hints))
    assert "item-0" not in placed and "all" not in placed  # 创新 stands in the stem: 创新引领
    assert placed["item-2"].prompt == (OPENING + "创新引领，坚持创新、协调、____、开放、"
                                       "共享“五大发展理念”。")
    stale = [(0, 1)] * 5  # spans that no longer fit are ignored; 创新 occurs twice: skipped
    questions = by_id(cloze_questions(f, stale))
    assert "item-0" not in questions and "all" not in questions
    assert questions["item-1"].prompt == (OPENING + "创新引领，坚持创新、____、绿色、开放、"
                                          "共享“五大发展理念”。")


def test_count_of_two_accepts_both_forms() -> None:
    two = formula("两大定位", ["国内大循环战略节点", "国内国际双循环战略枢纽"],
                  "明确了打造“国内大循环战略节点、国内国际双循环战略枢纽”的两大定位")
    assert "count" not in by_id(cloze_questions(two))  # the stem lists both items
    two = formula("两大定位", ["国内大循环战略节点", "国内国际双循环战略枢纽"],
                  "会议明确了我区发展的两大定位。一是国内大循环战略节点；二是国内国际双循环战略枢纽。")
    count = by_id(cloze_questions(two))["count"]
    assert count.prompt == OPENING + "会议明确了我区发展的____大定位。"
    assert count.answers == ("两",)
    assert set(count.accepted[0]) >= {"2", "二"}
    assert "overlap-1" not in by_id(cloze_questions(two))  # two items: no overlap cloze


def test_composite_label_has_no_count_blank() -> None:
    f = formula("4433", ["四项重点工作", "四大主导产业", "三大攻坚行动", "三大服务保障"],
                "构建“4433”工作推进体系。第一个“4”就是“四项重点工作”;第二个“4”就是“四大主导产业”;"
                "第一个“3”就是“三大攻坚行动”;第二个“3”就是“三大服务保障”。", count=[4, 4, 3, 3])
    questions = by_id(cloze_questions(f))
    assert "count" not in questions
    assert questions["label"].prompt.startswith(OPENING + "构建“____”")
    # one sentence for the part, and the label's sentence to say which formula is meant
    assert questions["item-0"].prompt == (OPENING + "构建“4433”工作推进体系。"
                                          "第一个“4”就是“____”。")


def test_ids_depend_on_formula_type_and_item_index_only() -> None:
    ids = [q.id for q in cloze_questions(FIVE)]
    assert len(ids) == len(set(ids))
    assert "004/五张名片/cloze/item-3" in ids
    assert ids == [q.id for q in cloze_questions(FIVE)]


def test_count_blank_of_a_two_character_numeral() -> None:
    items = [f"第{i}着力" for i in range(12)]
    twelve = formula("十二个着力", items, "全区上下要做到“十二个着力”。即" + "、".join(items) + "。",
                     count=12)
    count = by_id(cloze_questions(twelve))["count"]
    assert count.answers == ("十二",) and "12" in count.accepted[0]
    assert count.prompt.endswith("全区上下要做到“____个着力”。")


def test_a_count_blank_needs_something_counted_and_no_enumeration() -> None:
    items = ["国内大循环战略节点", "国内国际双循环战略枢纽"]
    bare = formula("两大定位", items, "明确了两大定位。一是国内大循环战略节点；二是国内国际双循环战略枢纽。")
    assert "count" not in by_id(cloze_questions(bare))  # 明确了____大定位: of what?
    listed = formula("两大定位", items,
                     "会议明确了我区发展的两大定位：一是国内大循环战略节点，二是国内国际双循环战略枢纽。")
    assert "count" not in by_id(cloze_questions(listed))  # 一是…二是… counts for the learner


def test_a_stem_never_opens_with_a_part_reference_it_does_not_explain() -> None:
    work = formula("四项重点工作", ["老城更新", "新区提升", "乡村振兴", "城乡融合"],
                   "第一个“4”就是突出做好老城更新、新区提升、乡村振兴、城乡融合“四项重点工作”")
    questions = by_id(cloze_questions(work))
    assert questions["item-0"].prompt == (OPENING + "突出做好____、新区提升、乡村振兴、"
                                          "城乡融合“四项重点工作”。")
    assert all("第一个" not in q.prompt for q in questions.values())


def test_no_blank_whose_heart_another_statement_of_the_label_prints() -> None:
    again = BankFormula(id="004/三大服务保障#2", label="三大服务保障", count=3,
                        items=("坚定不移深化改革", "坚定不移打造人才队伍"), doc="004.txt",
                        source=SOURCE, evidence="统筹抓好“深化改革、人才队伍”两项……"
                        "1.坚定不移深化改革……2.坚定不移打造人才队伍")
    first = formula("三大服务保障", ["深化改革", "人才队伍"], "深化改革、人才队伍")
    assert [q for q in cloze_questions(again) if set(q.answers) & set(again.items)]  # alone: asked
    kept = cloze_questions(again, siblings=[first])
    assert not [q for q in kept if set(q.answers) & set(again.items)]
