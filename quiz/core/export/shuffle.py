"""Shuffled versions of a question for A/B papers: same content, another order.

Each type shuffles its own way (`QuestionKind.shuffle`); the new Question's `answers`
still read as the Question docstring says (letters for choices, texts for matching and
ordering), so the answer key and the graders need no special case for a shuffled paper.
"""

from __future__ import annotations

import random

from quiz.core.model import Question
from quiz.core.questions import BY_TYPE


def shuffle_question(question: Question, rng: random.Random) -> Question:
    """The question with its choices (or columns, or items) in a new order."""
    return BY_TYPE[question.type].shuffle(question, rng)
