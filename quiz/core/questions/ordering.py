"""排序 (ordering) questions: put a formula's items back in the report's order."""

from __future__ import annotations

import random
from dataclasses import replace
from typing import Any

from quiz.core.model import LETTERS, BankFormula, Question, QuestionType
from quiz.core.questions.base import Formulas, QuestionKind, explanation, items_of, quoted, rng_for
from quiz.core.questions.options import grade_sequence, shuffled_apart
from quiz.core.questions.wording import attribution

MIN_ITEMS = 3  # with two items the order is a coin toss, not something to learn


def ordering_questions(formula: BankFormula, rng: random.Random) -> list[Question]:
    """One ordering question for a list of at least three distinct items."""
    items = formula.items
    if len(items) < MIN_ITEMS or len(set(items)) != len(items):
        return []
    shuffled = list(items)
    while tuple(shuffled) == items:
        rng.shuffle(shuffled)
    return [
        Question(
            id=f"{formula.id}/{QuestionType.ORDERING}/items",
            type=QuestionType.ORDERING,
            formula_ids=(formula.id,),
            prompt=f"{attribution(formula.source)}按报告原文顺序排列{quoted(formula.label)}的内容。",
            answers=items,
            options=tuple(shuffled),
            variant="items",
            explanation=explanation(formula),
            evidence=formula.evidence,
            source=formula.source,
        )
    ]


def check(q: dict[str, Any], known: Formulas) -> list[str]:
    """The items shown are the items asked for, and the answer is the report's order."""
    options = sorted(str(o) for o in q.get("options") or [])
    if len(options) < 2:
        return ["排序题至少需要两项"]
    if options != sorted(str(a) for a in q["answers"]):
        return ["`options` 与 `answers` 的条目不同"]
    items = items_of(known[str(q["formulas"][0])])
    if q.get("variant") == "items" and [str(a) for a in q["answers"]] != items:
        return ["`answers` 不是按原文顺序排列的提法条目"]
    return []


def key_letters(q: Question) -> str:
    """The letters of the displayed items in the correct order, e.g. BCA."""
    shown = list(q.options)
    return "".join(LETTERS[shown.index(item)] for item in q.answers if item in shown)


KIND = QuestionKind(
    (QuestionType.ORDERING,),
    lambda formula, siblings, hints: ordering_questions(formula, rng_for(formula.id, "ordering")),
    check,
    grade=grade_sequence,
    key_text=lambda q: f"{key_letters(q)}（{'、'.join(q.answers)}）",
    sheet_answer=lambda q: "|".join(q.answers),
    shuffle=lambda q, rng: replace(q, options=shuffled_apart(q.answers, rng)),
)
