"""排序 (ordering) questions: put a formula's items back in the report's order."""

from __future__ import annotations

import random

from quiz.core.model import BankFormula, Question, QuestionType
from quiz.core.questions.base import explanation, quoted
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
