"""Shuffled versions of a question for A/B papers: same content, another order.

Each function returns a new Question whose `answers` still read as the Question docstring
says (letters for choices, texts for matching and ordering), so the answer key and the
graders need no special case for a shuffled paper.
"""

from __future__ import annotations

import random
from dataclasses import replace

from quiz.core.model import LETTERS, Question, QuestionType


def shuffle_question(question: Question, rng: random.Random) -> Question:
    """The question with its choices (or columns, or items) in a new order."""
    if question.type in (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE):
        return _shuffle_choices(question, rng)
    if question.type is QuestionType.MATCHING:
        pairs = list(question.pairs)
        rng.shuffle(pairs)
        right = list(question.options or [p[1] for p in pairs])
        rng.shuffle(right)
        return replace(
            question,
            pairs=tuple(pairs),
            options=tuple(right),
            answers=tuple(p[1] for p in pairs),
        )
    if question.type is QuestionType.ORDERING:
        return replace(question, options=_shuffled_apart(question.answers, rng))
    return question


def _shuffle_choices(question: Question, rng: random.Random) -> Question:
    order = list(range(len(question.options)))
    rng.shuffle(order)
    correct = {LETTERS.index(a) for a in question.answers if a in LETTERS}
    options = tuple(question.options[i] for i in order)
    answers = tuple(sorted(LETTERS[new] for new, old in enumerate(order) if old in correct))
    return replace(question, options=options, answers=answers)


def _shuffled_apart(items: tuple[str, ...], rng: random.Random) -> tuple[str, ...]:
    """A shuffle of the items that is not their correct order (when two or more differ)."""
    shuffled = list(items)
    for _ in range(20):
        rng.shuffle(shuffled)
        if tuple(shuffled) != items or len(set(items)) < 2:
            break
    return tuple(shuffled)
