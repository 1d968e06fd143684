"""选择 (single and multiple choice) questions with exam-style distractors.

Distractors follow real Party theory exams: an item swapped for an item of a sibling
formula, two neighbouring items transposed, an item dropped, and "下列不属于…的是".
The module puts the correct option anywhere; `options.placed_by_id` spreads correct
answers evenly over the positions across the whole bank. What `quiz check` finds unfair
in a choice question is read by `choice_checks`.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from quiz.core.model import LETTERS, BankFormula, Question, QuestionType
from quiz.core.questions.base import (
    MIN_OUTSIDERS,
    Checked,
    Formulas,
    QuestionKind,
    counted_items,
    family_ids,
    items_of,
    joined,
    numeral_giveaway,
    plausible_items,
    quoted,
    rng_for,
    similar_item,
)
from quiz.core.questions.choice_checks import choice_semantics
from quiz.core.questions.label_kin import akin, echo_giveaway, form_giveaway, words_only
from quiz.core.questions.list_forms import SINGLE_OPTIONS, list_distractors
from quiz.core.questions.list_marks import CORE_SUFFIX, data_cores, is_core_variant
from quiz.core.questions.options import chosen_letters, option_text, placed_by_id
from quiz.core.questions.sentence_stems import choice_of
from quiz.core.questions.shape import mark_giveaway, shape_problem
from quiz.core.questions.topic import off_topic
from quiz.core.questions.wording import attribution

BLANK_PAREN = "（　）"


def sibling_items(formula: BankFormula, siblings: Sequence[BankFormula]) -> list[str]:
    """Items that may stand in for the formula's items: same kind, same report, never an
    item or label of the formula's own composite (its parts belong to it), of the items'
    shape (`shape.shape_problem`: 一个企业 is no distractor among 振兴s), and sharing a
    word with the formula (`topic.off_topic`: not 高铁新区 among the 五张名片)."""
    return [item for item in plausible_items(formula, [formula, *siblings])
            if shape_problem(item, formula.items, formula.label) is None
            and not off_topic(item, formula.label, formula.items)]


def _list_question(formula: BankFormula, pool: list[str], rng: random.Random) -> list[Question]:
    if len(set(formula.items)) != len(formula.items):
        return []
    count = formula.count  # a composite of one item a part (1+4+N) states its count too
    counted = (counted_items(count, len(formula.items)) is not None
               or isinstance(count, tuple) and len(count) == len(formula.items))
    distractors = list_distractors(formula.items, pool, rng, counted, formula.label)
    if len(distractors) < SINGLE_OPTIONS - 1:
        return []
    correct = joined(formula.items)
    options = [correct, *distractors]
    rng.shuffle(options)
    prompt = f"{attribution(formula.source)}{quoted(formula.label)}按报告原文表述是{BLANK_PAREN}。"
    return [choice_of(formula, QuestionType.SINGLE_CHOICE, "list", prompt, options, [correct])]


def _not_member_question(formula: BankFormula, pool: list[str],
                         rng: random.Random) -> list[Question]:
    if len(formula.items) < SINGLE_OPTIONS - 1 or not pool:
        return []
    members = rng.sample(range(len(formula.items)), SINGLE_OPTIONS - 1)
    options = [formula.items[i] for i in sorted(members)]
    outsider = similar_item(pool, options[0], rng)
    if outsider in options or len(set(options)) != len(options):
        return []
    options.insert(rng.randrange(len(options) + 1), outsider)
    prompt = f"{attribution(formula.source)}下列不属于{quoted(formula.label)}的是{BLANK_PAREN}。"
    return [choice_of(formula, QuestionType.SINGLE_CHOICE, "not_member", prompt, options,
                      [outsider])]


LABEL_CHOICES = 8  # the label question draws its wrong labels from the first eight found


def _akin(formula: BankFormula, other: BankFormula) -> bool:
    return akin(formula.label, formula.items, other.label)


def could_name(formula: BankFormula, other: BankFormula) -> bool:
    """Whether `other`'s label may be offered as a wrong label for `formula`'s items: the
    same kind and count, counted the same way (`label_kin.form_giveaway`), neither
    formula's words inside the other's, no character of the key that the items print
    missing (`label_kin.echo_giveaway`), and from another report only a label akin to
    the formula (`_akin`)."""
    return (other.kind == formula.kind and other.count == formula.count
            and (other.doc == formula.doc or _akin(formula, other))
            and other.label != formula.label and other.items != formula.items
            and other.label not in formula.items and formula.label not in other.items
            and numeral_giveaway(formula.label, other.label, _label_prompt(formula)) is None
            and mark_giveaway(formula.label, other.label, formula.items) is None
            and not form_giveaway(formula.label, other.label)
            and not echo_giveaway(formula.label, other.label, formula.items))


def _label_prompt(formula: BankFormula) -> str:
    return (f"{attribution(formula.source)}{quoted(joined(formula.items))}"
            f"被概括为{BLANK_PAREN}。")


def _label_question(formula: BankFormula, siblings: Sequence[BankFormula],
                    rng: random.Random) -> list[Question]:
    """Which label sums up the items: every option announces the same count, and none
    lacks a numeral or mark of the key that the items print (`四个一` among `四个全面`s,
    `三治合一` among `三大…` for 德治、法治、自治)."""
    family = family_ids(formula, [formula, *siblings])
    prompt = _label_prompt(formula)
    labels: dict[str, None] = {}
    same_doc = sorted(siblings, key=lambda o: o.doc != formula.doc)
    for other in same_doc:
        if other.id not in family and could_name(formula, other):
            labels[other.label] = None
    if len(labels) < SINGLE_OPTIONS - 1 or len(formula.items) < 2 or words_only(formula.items):
        return []
    others = rng.sample(list(labels)[:LABEL_CHOICES], SINGLE_OPTIONS - 1)
    options = [formula.label, *others]
    rng.shuffle(options)
    return [choice_of(formula, QuestionType.SINGLE_CHOICE, "label", prompt, options,
                      [formula.label])]


def _members_question(formula: BankFormula, pool: list[str],
                      rng: random.Random) -> list[Question]:
    items = formula.items
    if len(items) < 2 or len(set(items)) != len(items) or not pool:
        return []  # without outsiders every option would be correct
    total = 5 if len(items) >= 4 else 4
    correct_count = min(len(items), rng.randint(2, total - MIN_OUTSIDERS))
    outsiders = list(dict.fromkeys(similar_item(pool, item, rng, among=6) for item in items))
    rng.shuffle(outsiders)
    outsiders = outsiders[: total - correct_count]
    if len(outsiders) < MIN_OUTSIDERS:  # one outsider among members stands out alone
        return []
    members = [items[i] for i in sorted(rng.sample(range(len(items)), correct_count))]
    options = members + outsiders
    if len(options) < SINGLE_OPTIONS:
        return []  # three options are no exam question
    rng.shuffle(options)
    prompt = f"{attribution(formula.source)}下列属于{quoted(formula.label)}的有{BLANK_PAREN}。"
    return [choice_of(formula, QuestionType.MULTIPLE_CHOICE, "members", prompt, options,
                      members)]


def choice_questions(formula: BankFormula, siblings: Sequence[BankFormula],
                     rng: random.Random) -> list[Question]:
    """Single and multiple choice questions; `siblings` lend their items as distractors."""
    pool = sibling_items(formula, siblings)
    return [
        *_list_question(formula, pool, rng),
        *_not_member_question(formula, pool, rng),
        *_label_question(formula, siblings, rng),
        *_members_question(formula, pool, rng),
    ]


def check(q: dict[str, Any], known: Formulas) -> list[str]:
    """Distinct options, valid letters, and keys that agree with the formula."""
    multiple = q["type"] == QuestionType.MULTIPLE_CHOICE
    options = [str(o) for o in q.get("options") or []]
    answers = [str(a) for a in q["answers"]]
    if len(options) < 2:
        return ["选项少于两个"]
    problems = []
    if len(set(options)) != len(options):
        problems.append("有两个选项相同 (干扰项等于正确答案)")
    valid = LETTERS[: len(options)]
    if any(a not in valid for a in answers) or len(set(answers)) != len(answers):
        problems.append(f"答案须为 {', '.join(valid)} 中互不相同的字母")
    elif not multiple and len(answers) != 1:
        problems.append("单项选择题须有且只有一个答案")
    elif multiple and not 1 <= len(answers) < len(options):
        problems.append("多项选择题须至少有一个错误选项")
    if problems:
        return problems  # the letters cannot be trusted to name the options
    formula = known[str(q["formulas"][0])]
    variant = str(q.get("variant", ""))
    items = items_of(formula)
    if is_core_variant(variant):  # the options are cores: the items without their mark
        items = list(data_cores(formula) or ())
        if not items:
            return ["提法的条目没有共同的标记, 选项却是去掉标记的部分"]
        variant = variant.removesuffix(CORE_SUFFIX)
    chosen = [options[LETTERS.index(a)] for a in answers]
    others = [o for o in options if o not in chosen]
    if not multiple and variant == "list" and chosen != ["、".join(items)]:
        problems.append("正确选项不是该提法的条目")
    elif not multiple and variant == "not_member" and (
            any(c in items for c in chosen) or any(o not in items for o in others)):
        problems.append("答案须为唯一不是条目的那个选项")
    elif multiple and variant == "members" and (
            any(c not in items for c in chosen) or any(o in items for o in others)):
        problems.append("正确选项须恰好是选项中属于条目的那些")
    return problems


def grade(q: Question, given: tuple[str, ...], pinyin: bool) -> Checked:
    """Single choice: the one letter chosen; multiple: one verdict per option (and a
    wrong one per letter that names no option)."""
    if q.type is QuestionType.SINGLE_CHOICE:
        letters = chosen_letters(q, given)
        chosen = letters[0] if len(letters) == 1 else "".join(letters)
        return [chosen == q.answers[0].upper()], list(q.answers), [chosen]
    picked = set(chosen_letters(q, given))
    right = {a.upper() for a in q.answers}
    all_letters = [chr(ord("A") + i) for i in range(len(q.options))]
    extra = sorted(picked - set(all_letters))  # letters that are not options at all
    per_option = [(letter in picked) == (letter in right) for letter in all_letters]
    return per_option + [False] * len(extra), list(q.answers), sorted(picked)


def key_text(q: Question) -> str:
    """The letters; a single choice adds its option's text: `B（五张名片）`."""
    letter = "".join(q.answers)
    index = LETTERS.find(letter)
    shown = q.type is QuestionType.SINGLE_CHOICE and 0 <= index < len(q.options) and len(letter) == 1
    return f"{letter}（{q.options[index]}）" if shown else letter


def shuffled(q: Question, rng: random.Random) -> Question:
    """The options in a new order, the answers relettered."""
    order = list(range(len(q.options)))
    rng.shuffle(order)
    correct = {LETTERS.index(a) for a in q.answers if a in LETTERS}
    options = tuple(q.options[i] for i in order)
    answers = tuple(sorted(LETTERS[new] for new, old in enumerate(order) if old in correct))
    return replace(q, options=options, answers=answers)


KIND = QuestionKind(
    (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE),
    lambda formula, siblings, hints: choice_questions(formula, siblings,
                                                      rng_for(formula.id, "choice")),
    check,
    semantics=choice_semantics,
    grade=grade,
    answer_texts=lambda q: [option_text(q, letter) for letter in q.answers],
    key_text=key_text,
    place=placed_by_id,
    shuffle=shuffled,
)
