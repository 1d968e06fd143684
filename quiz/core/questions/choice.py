"""选择 (single and multiple choice) questions with exam-style distractors.

Distractors follow real Party theory exams: an item swapped for an item of a sibling
formula, two neighbouring items transposed, an item dropped, and "下列不属于…的是".
The modules put the correct option anywhere; `with_answer_at` and `rotated` let the
bank generator spread correct answers evenly over the positions across the whole bank.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from quiz.core.model import LETTERS, BankFormula, Question, QuestionType
from quiz.core.questions.base import (
    Formulas,
    QuestionKind,
    explanation,
    family_ids,
    items_of,
    joined,
    plausible_items,
    quoted,
    rng_for,
    similar_item,
)
from quiz.core.questions.synonyms import near_synonyms
from quiz.core.questions.wording import attribution

SINGLE_OPTIONS = 4


BLANK_PAREN = "（　）"
_COUNTED = re.compile(r"^[0-9一二三四五六七八九十两百多]+[个名张大项条种位批家]")


def sibling_items(formula: BankFormula, siblings: Sequence[BankFormula]) -> list[str]:
    """Items that may stand in for the formula's items: same kind, same report, never an
    item or label of the formula's own composite (its parts belong to it)."""
    pool = plausible_items(formula, [formula, *siblings])
    if not any(_counted(item) for item in formula.items):
        pool = [item for item in pool if not _counted(item)]  # 一个企业 among 振兴s
    return pool


def _counted(item: str) -> bool:
    """Whether an item opens with a count (一个企业, 两个维护): unlike a plain phrase."""
    return bool(_COUNTED.match(item))


def _question(formula: BankFormula, qtype: QuestionType, variant: str, prompt: str,
              options: Sequence[str], correct: Sequence[str]) -> Question:
    letters = tuple(LETTERS[options.index(c)] for c in correct)
    return Question(
        id=f"{formula.id}/{qtype}/{variant}",
        type=qtype,
        formula_ids=(formula.id,),
        prompt=prompt,
        answers=tuple(sorted(letters)),
        options=tuple(options),
        variant=variant,
        explanation=explanation(formula),
        evidence=formula.evidence,
        source=formula.source,
    )


def _list_distractors(items: tuple[str, ...], pool: list[str], rng: random.Random,
                      counted: bool = False) -> list[str]:
    """Wrong statements of the list, each a different exam trick where possible.

    The tricks: an item swapped for a sibling formula's item, two neighbours transposed,
    an item dropped (only where the label states no count), a word of an item replaced
    by a near-synonym.
    """
    correct = joined(items)
    tricks: list[tuple[str, ...]] = []
    if pool:
        index = rng.randrange(len(items))
        tricks.append(items[:index] + (similar_item(pool, items[index], rng),) + items[index + 1:])
    if len(items) >= 2:
        j = rng.randrange(len(items) - 1)
        tricks.append(items[:j] + (items[j + 1], items[j]) + items[j + 2:])
        if not counted:  # a label that states the count would give a shorter list away
            k = rng.randrange(len(items))
            tricks.append(items[:k] + items[k + 1:])
    synonyms = [(i, s) for i, item in enumerate(items) for s in near_synonyms(item)]
    if synonyms:
        i, synonym = rng.choice(synonyms)
        tricks.append(items[:i] + (synonym,) + items[i + 1:])
    if len(tricks) > SINGLE_OPTIONS - 1:
        tricks = rng.sample(tricks, SINGLE_OPTIONS - 1)
    for _ in range(4):  # more swaps when a short list gives too few distinct wrong forms
        if pool:
            index = rng.randrange(len(items))
            tricks.append(items[:index] + (similar_item(pool, items[index], rng, among=8),)
                          + items[index + 1:])
    found = dict.fromkeys(t for t in map(joined, tricks) if t and t != correct)
    return list(found)[: SINGLE_OPTIONS - 1]


def _list_question(formula: BankFormula, pool: list[str], rng: random.Random) -> list[Question]:
    if len(set(formula.items)) != len(formula.items):
        return []
    counted = isinstance(formula.count, int) and not isinstance(formula.count, bool)
    distractors = _list_distractors(formula.items, pool, rng, counted)
    if len(distractors) < SINGLE_OPTIONS - 1:
        return []
    correct = joined(formula.items)
    options = [correct, *distractors]
    rng.shuffle(options)
    prompt = f"{attribution(formula.source)}{quoted(formula.label)}按报告原文表述是{BLANK_PAREN}。"
    return [_question(formula, QuestionType.SINGLE_CHOICE, "list", prompt, options, [correct])]


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
    return [_question(formula, QuestionType.SINGLE_CHOICE, "not_member", prompt, options,
                      [outsider])]


LABEL_CHOICES = 8  # the label question draws its wrong labels from the first eight found


def could_name(formula: BankFormula, other: BankFormula) -> bool:
    """Whether `other`'s label may be offered as a wrong label for `formula`'s items: the
    same kind and count, and neither formula's words inside the other's."""
    return (other.kind == formula.kind and other.count == formula.count
            and other.label != formula.label and other.items != formula.items
            and other.label not in formula.items and formula.label not in other.items)


def _label_question(formula: BankFormula, siblings: Sequence[BankFormula],
                    rng: random.Random) -> list[Question]:
    """Which label sums up the items: every option announces the same count."""
    family = family_ids(formula, [formula, *siblings])
    labels: dict[str, None] = {}
    same_doc = sorted(siblings, key=lambda o: o.doc != formula.doc)
    for other in same_doc:
        if other.id not in family and could_name(formula, other):
            labels[other.label] = None
    if len(labels) < SINGLE_OPTIONS - 1 or len(formula.items) < 2:
        return []
    others = rng.sample(list(labels)[:LABEL_CHOICES], SINGLE_OPTIONS - 1)
    options = [formula.label, *others]
    rng.shuffle(options)
    prompt = (f"{attribution(formula.source)}{quoted(joined(formula.items))}"
              f"被概括为{BLANK_PAREN}。")
    return [_question(formula, QuestionType.SINGLE_CHOICE, "label", prompt, options,
                      [formula.label])]


def _members_question(formula: BankFormula, pool: list[str],
                      rng: random.Random) -> list[Question]:
    items = formula.items
    if len(items) < 2 or len(set(items)) != len(items) or not pool:
        return []  # without outsiders every option would be correct
    total = 5 if len(items) >= 4 else 4
    correct_count = min(len(items), rng.randint(2, total - 1))
    outsiders = list(dict.fromkeys(similar_item(pool, item, rng, among=6) for item in items))
    rng.shuffle(outsiders)
    outsiders = outsiders[: total - correct_count]
    if not outsiders:  # never all options correct
        return []
    members = [items[i] for i in sorted(rng.sample(range(len(items)), correct_count))]
    options = members + outsiders
    rng.shuffle(options)
    prompt = f"{attribution(formula.source)}下列属于{quoted(formula.label)}的有{BLANK_PAREN}。"
    return [_question(formula, QuestionType.MULTIPLE_CHOICE, "members", prompt, options,
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


def rotated(question: Question, shift: int) -> Question:
    """The question with its options rotated by `shift` places and answers relettered."""
    options = question.options
    count = len(options)
    shift %= count
    new_options = options[-shift:] + options[:-shift] if shift else options
    correct = {options[LETTERS.index(letter)] for letter in question.answers}
    letters = tuple(LETTERS[i] for i, o in enumerate(new_options) if o in correct)
    return replace(question, options=new_options, answers=letters)


def with_answer_at(question: Question, slot: int) -> Question:
    """A single-choice question rotated so that its correct option sits at `slot`."""
    current = LETTERS.index(question.answers[0])
    return rotated(question, slot - current)


def check(q: dict[str, Any], known: Formulas) -> list[str]:
    """Distinct options, valid letters, and keys that agree with the formula."""
    multiple = q["type"] == QuestionType.MULTIPLE_CHOICE
    options = [str(o) for o in q.get("options") or []]
    answers = [str(a) for a in q["answers"]]
    if len(options) < 2:
        return ["fewer than two options"]
    problems = []
    if len(set(options)) != len(options):
        problems.append("two options are the same (a distractor equals a correct answer)")
    valid = LETTERS[: len(options)]
    if any(a not in valid for a in answers) or len(set(answers)) != len(answers):
        problems.append(f"answers must be distinct letters among {', '.join(valid)}")
    elif not multiple and len(answers) != 1:
        problems.append("a single choice question needs exactly one answer")
    elif multiple and not 1 <= len(answers) < len(options):
        problems.append("a multiple choice question needs at least one wrong option")
    if problems:
        return problems  # the letters cannot be trusted to name the options
    items = items_of(known[str(q["formulas"][0])])
    chosen = [options[LETTERS.index(a)] for a in answers]
    others = [o for o in options if o not in chosen]
    variant = str(q.get("variant", ""))
    if not multiple and variant == "list" and chosen != ["、".join(items)]:
        problems.append("the correct option is not the formula's items")
    elif not multiple and variant == "not_member" and (
            any(c in items for c in chosen) or any(o not in items for o in others)):
        problems.append("the answer must be the one option that is not an item")
    elif multiple and variant == "members" and (
            any(c not in items for c in chosen) or any(o in items for o in others)):
        problems.append("the correct options must be exactly the items among the options")
    return problems


KIND = QuestionKind(
    (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE),
    lambda formula, siblings, hints: choice_questions(formula, siblings,
                                                      rng_for(formula.id, "choice")),
    check,
)
