"""The rules each question type must keep, checked on a bank's plain data (`quiz check`).

Each type owns its rules (`check` in `quiz/core/questions/<type>.py`); this module asks
the registry and holds the one test of sameness that spans every type.
"""

from __future__ import annotations

from typing import Any

from quiz.core.model import Question
from quiz.core.questions import check_question
from quiz.core.questions.base import question_key


def invariants(q: dict[str, Any], known: dict[str, dict[str, Any]]) -> list[str]:
    """The problems of one question whose shape was found sound."""
    return check_question(q, known)


def identity(q: dict[str, Any]) -> str:
    """What makes two questions the same to a learner (`questions.base.question_key`)."""
    return question_key(Question.from_dict(q))
