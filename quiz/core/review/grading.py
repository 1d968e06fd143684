"""Checking typed and chosen answers, and suggesting an fsrs rating from the check.

Each question type reads its own answers (`QuestionKind.grade` in `quiz.core.questions`);
typed text is matched by `quiz.core.text.typed_text` (normalising, pinyin, the wording
slack for 的). 填空 answers may be typed one per box or all into the first box, separated
by 、, commas, spaces or |, or run together in order. A count blank (the number of a
label, `五张名片`) also takes the number in digits (`5`) and, for a one-character numeral,
its pinyin initial (`w`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from quiz.core.model import Question
from quiz.core.questions import BY_TYPE
from quiz.core.review.scheduling import Rating
from quiz.core.text.typed_text import normalise, text_matches

# Seconds the learner may take: a fixed reading time plus a time per character of the
# expected answer. At most FAST_* is "fast" (Easy), more than SLOW_* is "slow" (Hard).
FAST_BASE_S, FAST_PER_CHAR_S = 2.0, 0.5
SLOW_BASE_S, SLOW_PER_CHAR_S = 10.0, 2.0

__all__ = ["GradeResult", "grade", "normalise", "suggest_rating", "text_matches"]


@dataclass(frozen=True)
class GradeResult:
    """The outcome of checking one answer."""

    correct: bool
    per_answer: tuple[bool, ...]  # one per blank / pair / position / option
    expected: tuple[str, ...]
    given: tuple[str, ...]
    suggested: Rating


def grade(
    question: Question,
    given: Sequence[str],
    *,
    elapsed_s: float = 0.0,
    hinted: bool = False,
    pinyin: bool = True,
) -> GradeResult:
    """Check `given` against the question and suggest a rating (see module docstring)."""
    given = tuple("" if g is None else str(g) for g in given)
    kind = BY_TYPE[question.type]
    if kind.grade is None:
        raise ValueError(f"no grading for {question.type} questions")
    per_answer, expected, shown = kind.grade(question, given, pinyin)
    correct = bool(per_answer) and all(per_answer)
    rating = suggest_rating(
        correct, elapsed_s=elapsed_s, hinted=hinted, answer_chars=_answer_chars(question)
    )
    return GradeResult(correct, tuple(per_answer), tuple(expected), tuple(shown), rating)


def suggest_rating(correct: bool, *, elapsed_s: float, hinted: bool, answer_chars: int) -> Rating:
    """Again when wrong; Hard after a hint or when slow; Easy when fast; else Good.

    An elapsed time of 0 means "not measured" and never counts as fast.
    """
    if not correct:
        return Rating.Again
    if hinted or elapsed_s > SLOW_BASE_S + SLOW_PER_CHAR_S * answer_chars:
        return Rating.Hard
    if 0 < elapsed_s <= FAST_BASE_S + FAST_PER_CHAR_S * answer_chars:
        return Rating.Easy
    return Rating.Good


def _answer_chars(question: Question) -> int:
    """The length of the answer the learner has to produce or recognise."""
    return sum(len(normalise(t)) for t in BY_TYPE[question.type].answer_texts(question))
