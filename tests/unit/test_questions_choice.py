"""Choice, true/false and ordering questions: exam-style distractors, never a giveaway."""

from __future__ import annotations

import random

from quiz.core.model import FALSE_ANSWER, TRUE_ANSWER, BankFormula, QuestionType
from quiz.core.questions.choice import LETTERS, choice_questions, sibling_items
from quiz.core.questions.options import rotated, with_answer_at
from quiz.core.questions.ordering import ordering_questions
from quiz.core.questions.synonyms import near_synonyms
from quiz.core.questions.true_false import one_statement_each, true_false_questions

SOURCE = "济南市历城区第十五次党代会报告(2022年2月)"


def formula(label: str, items: list[str]) -> BankFormula:
    evidence = "、".join(items) + f"“{label}”"
    return BankFormula(id=f"004/{label}", label=label, count=len(items), items=tuple(items),
                       doc="004.txt", source=SOURCE, evidence=evidence)


KEY_WORK = formula("四项重点工作", ["老城更新", "新区提升", "乡村振兴", "城乡融合"])
SIBLINGS = [
    KEY_WORK,
    formula("四大主导产业", ["数字经济", "生物医药", "贸易物流", "新兴服务业"]),
    formula("三大攻坚行动", ["载体建设", "项目招引", "产业培育"]),
    formula("三大服务保障", ["深化改革", "人才队伍", "发展环境"]),
    formula("三重压力", ["需求收缩", "供给冲击", "预期转弱"]),
    formula("四个历城", ["科创", "智造", "文化", "品质"]),
    formula("四道关口", ["产业层次", "投资强度", "产出能力", "要素条件"]),
    # the one list that speaks of what 四项重点工作 speaks of: 老城, 新区, 乡村, 城乡
    formula("四项城乡工作", ["城乡规划", "乡村治理", "老城保护", "新区建设"]),
]


def options_of(question) -> dict[str, str]:
    return dict(zip(LETTERS, question.options, strict=False))


def test_list_question_has_one_correct_statement_and_three_exam_distractors() -> None:
    questions = {q.variant: q for q in choice_questions(KEY_WORK, SIBLINGS, random.Random(1))}
    single = questions["list"]
    assert single.type == QuestionType.SINGLE_CHOICE
    assert len(single.options) == 4 and len(set(single.options)) == 4
    correct = "老城更新、新区提升、乡村振兴、城乡融合"
    assert options_of(single)[single.answers[0]] == correct
    wrong = [o for o in single.options if o != correct]
    shapes = []
    for option in wrong:
        parts = option.split("、")
        changed = set(parts) - set(KEY_WORK.items)
        if sorted(parts) == sorted(KEY_WORK.items):
            shapes.append("transposed")
        elif len(parts) == len(KEY_WORK.items) - 1 and not changed:
            shapes.append("dropped")
        elif len(changed) == 1 and changed <= {i for f in SIBLINGS[1:] for i in f.items}:
            shapes.append("swapped")
        elif len(changed) == 1 and changed <= {s for i in KEY_WORK.items for s in near_synonyms(i)}:
            shapes.append("synonym")
    assert len(set(shapes)) == 2  # two different exam tricks
    # the label states four: an option with three items would give itself away
    assert "dropped" not in shapes and all(len(o.split("、")) == 4 for o in wrong)


def test_not_member_answer_is_the_one_outsider() -> None:
    questions = {q.variant: q for q in choice_questions(KEY_WORK, SIBLINGS, random.Random(2))}
    question = questions["not_member"]
    assert question.prompt == ("据济南市历城区第十五次党代会报告（2022年2月），"
                               "下列不属于“四项重点工作”的是（　）。")
    answer = options_of(question)[question.answers[0]]
    assert answer not in KEY_WORK.items
    assert all(o in KEY_WORK.items for o in question.options if o != answer)


def test_label_question_offers_sibling_labels() -> None:
    questions = {q.variant: q for q in choice_questions(KEY_WORK, SIBLINGS, random.Random(3))}
    question = questions["label"]
    assert options_of(question)[question.answers[0]] == "四项重点工作"
    assert set(question.options) <= {f.label for f in SIBLINGS}
    # every option announces four, as the key does
    assert {next(f for f in SIBLINGS if f.label == o).count for o in question.options} == {4}
    assert not [q for q in choice_questions(KEY_WORK, SIBLINGS[:5], random.Random(3))
                if q.variant == "label"]  # too few labels of four: no label question


def test_label_question_is_not_made_when_only_the_key_shares_the_items_numeral() -> None:
    four_ones = formula("四个一", ["一个中心", "一条主线", "一批项目", "一套机制"])
    plain = [four_ones, *SIBLINGS[1:]]  # 四大主导产业, 四个历城, 四道关口: no 一
    assert not [q for q in choice_questions(four_ones, plain, random.Random(3))
                if q.variant == "label"]
    ones = [four_ones, formula("四个一批", ["一批企业", "一批人才", "一批平台", "一批园区"]),
            formula("四个统一", ["统一规划", "统一建设", "统一管理", "统一运营"]),
            formula("四个一流", ["一流环境", "一流服务", "一流产业", "一流人才"])]
    made = [q for q in choice_questions(four_ones, ones, random.Random(3))
            if q.variant == "label"]
    assert made and all("一" in option for option in made[0].options)


def test_multiple_choice_is_never_all_correct_and_letters_match_members() -> None:
    for seed in range(30):
        questions = choice_questions(KEY_WORK, SIBLINGS, random.Random(seed))
        multi = next(q for q in questions if q.type == QuestionType.MULTIPLE_CHOICE)
        chosen = {options_of(multi)[letter] for letter in multi.answers}
        assert chosen <= set(KEY_WORK.items)
        assert 2 <= len(multi.answers) < len(multi.options)
        others = set(multi.options) - chosen
        assert others and not others & set(KEY_WORK.items)


def test_same_seed_same_questions() -> None:
    first = choice_questions(KEY_WORK, SIBLINGS, random.Random(7))
    again = choice_questions(KEY_WORK, SIBLINGS, random.Random(7))
    assert first == again


def test_without_siblings_only_orders_of_the_same_items_are_offered() -> None:
    # No outsiders: no not-member, label or members question (better none than one with
    # an obvious or all-correct answer); the list question offers other orders only.
    for single in (formula("三项工作", ["甲乙", "丙丁", "戊己"]), KEY_WORK):
        questions = choice_questions(single, [single], random.Random(0))
        assert [q.variant for q in questions] == ["list"]
        options = questions[0].options
        assert len(set(options)) == 4
        assert all(sorted(o.split("、")) == sorted(single.items) for o in options)
    two = formula("两项工作", ["甲乙", "丙丁"])  # one wrong order only: no question
    assert choice_questions(two, [two], random.Random(0)) == []


def test_rotation_keeps_the_answer_text_and_moves_the_letter() -> None:
    question = next(q for q in choice_questions(KEY_WORK, SIBLINGS, random.Random(4))
                    if q.variant == "list")
    correct = options_of(question)[question.answers[0]]
    for slot in range(4):
        moved = with_answer_at(question, slot)
        assert moved.answers == (LETTERS[slot],)
        assert moved.options[slot] == correct
    multi = next(q for q in choice_questions(KEY_WORK, SIBLINGS, random.Random(4))
                 if q.type == QuestionType.MULTIPLE_CHOICE)
    members = {options_of(multi)[a] for a in multi.answers}
    turned = rotated(multi, 2)
    assert {options_of(turned)[a] for a in turned.answers} == members


def test_true_false_one_statement_per_formula_true_or_one_swapped_item() -> None:
    answers = []
    candidates = [q for f in SIBLINGS for q in true_false_questions(f, SIBLINGS, random.Random(5))]
    kept = one_statement_each(candidates)
    assert sorted(q.formula_ids[0] for q in kept) == sorted({q.formula_ids[0] for q in candidates})
    by_id = {f.id: f for f in SIBLINGS}
    for question in kept:
        f = by_id[question.formula_ids[0]]
        answers.append(question.answers[0])
        stated = question.prompt.split("是指")[1].rstrip("。").split("、")
        assert question.prompt.startswith("据济南市历城区第十五次党代会报告（2022年2月），")
        if question.answers == (TRUE_ANSWER,):
            assert stated == list(f.items)
            continue
        assert question.answers == (FALSE_ANSWER,) and question.variant == "swap"
        index = int(question.id.rsplit("-", 1)[1])
        assert [i for i, (a, b) in enumerate(zip(stated, f.items, strict=True)) if a != b] == [index]
        assert stated[index] not in f.items
    assert set(answers) == {TRUE_ANSWER, FALSE_ANSWER}


def test_ordering_shuffles_and_answers_in_report_order() -> None:
    for seed in range(20):
        (question,) = ordering_questions(KEY_WORK, random.Random(seed))
        assert question.answers == KEY_WORK.items
        assert sorted(question.options) == sorted(KEY_WORK.items)
        assert question.options != question.answers
    two = formula("两大定位", ["国内大循环战略节点", "国内国际双循环战略枢纽"])
    assert ordering_questions(two, random.Random(0)) == []


def test_explanations_cite_document_and_evidence() -> None:
    for question in choice_questions(KEY_WORK, SIBLINGS, random.Random(0)):
        assert question.source == SOURCE
        assert question.explanation == ("出自济南市历城区第十五次党代会报告（2022年2月）："
                                        + KEY_WORK.evidence)


def test_distractors_come_from_formulas_of_the_same_kind_first() -> None:
    composite = BankFormula(id="004/4433", label="4433", count=[4, 4, 3, 3],
                            items=("四项重点工作", "四大主导产业", "三大攻坚行动", "三大服务保障"),
                            doc="004.txt", source=SOURCE, evidence="…", kind="composite",
                            part_keys=("4", "4", "3", "3"))
    pool = sibling_items(KEY_WORK, [composite, *SIBLINGS])
    assert not set(pool) & set(composite.items)
    # of the items' shape (四个历城's two-character items and 新兴服务业's five stand out
    # among items all of four characters) and on their subject (数字经济 or 需求收缩
    # share no word with 老城更新、新区提升、乡村振兴、城乡融合)
    assert set(pool) == {"城乡规划", "乡村治理", "老城保护", "新区建设"}
    label = next(q for q in choice_questions(KEY_WORK, [composite, *SIBLINGS], random.Random(0))
                 if q.variant == "label")
    assert "4433" not in label.options  # the composite that holds the formula is no distractor


def test_near_synonyms_change_one_word_and_never_return_the_item() -> None:
    assert near_synonyms("加快动能转换") == ["加速动能转换"]
    assert near_synonyms("预期转弱") == []  # only a leading verb is swapped
    assert near_synonyms("保障改善民生") == ["保证改善民生"]  # never 民生 -> 民心
    assert near_synonyms("信发铝精深加工事业园区") == []  # a proper name
    assert near_synonyms("科创") == []
    # never the word the label names: 协调城乡发展 is no 统筹 at sight
    assert "协调城乡发展" in near_synonyms("统筹城乡发展")
    assert near_synonyms("统筹城乡发展", "五个统筹") == []
    for item in ("法治和谐", "提速乡村振兴", "深化改革创新"):
        assert item not in near_synonyms(item)
        assert all(len(v) == len(item) for v in near_synonyms(item))


def test_a_list_question_never_offers_the_same_outsider_twice() -> None:
    for seed in range(30):
        for question in choice_questions(KEY_WORK, SIBLINGS, random.Random(seed)):
            if question.variant != "list":
                continue
            outsiders = [i for o in question.options for i in o.split("、")
                         if i not in KEY_WORK.items]
            assert len(outsiders) == len(set(outsiders)), question.options


def test_a_multiple_choice_has_at_least_four_options_or_is_not_made() -> None:
    two = formula("两项工作", ["老城工作", "新区工作"])
    lender = formula("一项工作", ["乡村工作"])  # one outsider only: three options
    assert not [q for q in choice_questions(two, [two, lender], random.Random(0))
                if q.variant == "members"]
    for seed in range(20):
        for q in choice_questions(KEY_WORK, SIBLINGS, random.Random(seed)):
            assert len(q.options) >= 4


def test_a_composite_of_one_item_a_part_never_offers_a_shorter_list() -> None:
    parts = ["做好文化建筑保护", "全面改造旧厂区", "盘活老旧楼宇"]
    renewal = BankFormula(id="004/1+4+N", label="1+4+N", count=(1, 4, "N"),
                          items=tuple(parts), doc="004.txt", source=SOURCE,
                          evidence="、".join(parts), kind="composite", part_keys=("1", "4", "N"))
    for seed in range(20):
        for q in choice_questions(renewal, [renewal], random.Random(seed)):
            if q.variant == "list":
                assert all(len(o.split("、")) == 3 for o in q.options), q.options


def test_a_label_from_another_report_is_offered_only_when_it_speaks_of_the_same() -> None:
    from dataclasses import replace

    opinions = replace(formula("三点意见", ["落实立德树人", "深化教育改革", "培养好教师"]),
                       id="a06/三点意见", doc="a06.txt")
    elsewhere = [replace(formula(label, items), id=f"b01/{label}", doc="b01.txt")
                 for label, items in (("三大露天矿", ["霍林河", "伊敏河", "平朔"]),
                                      ("三股歪风", ["滥占耕地", "乱砍森林", "铺张浪费"]),
                                      ("三个定", ["定规模", "定投资", "定工期"]))]
    asked = [q for q in choice_questions(opinions, elsewhere, random.Random(0))
             if q.variant == "label"]
    assert asked == []  # 三大露天矿 for an education speech's opinions is struck at sight
    akin = [replace(formula(label, items), id=f"b01/{label}", doc="b01.txt")
            for label, items in (("三项教育改革", ["改课程", "改考试", "改招生"]),
                                 ("三支教师队伍", ["骨干", "新秀", "名师"]),
                                 ("三个立德", ["立志", "立德", "立行"]))]
    (label,) = [q for q in choice_questions(opinions, akin, random.Random(0))
                if q.variant == "label"]
    assert set(label.options) == {"三点意见", "三项教育改革", "三支教师队伍", "三个立德"}
