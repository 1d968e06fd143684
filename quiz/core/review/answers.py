"""This session's answers: recording, re-rating and undo, over the review engine.

Kept apart from the study screen so the screen only shows things; every method commits
through `StudySession` before returning.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from quiz.core.model import Question
from quiz.core.review.scheduling import Rating

if TYPE_CHECKING:
    from quiz.core.review.session import StudySession


@dataclass(frozen=True)
class Answer:
    """One recorded answer."""

    question: Question
    rating: Rating
    text: str
    elapsed: float
    correct: bool | None  # None: self-graded, right when rated above Again

    @property
    def right(self) -> bool:
        return self.correct if self.correct is not None else self.rating is not Rating.Again


class StudyLog:
    """The answers given in one study screen, newest last."""

    def __init__(self, session: StudySession) -> None:
        self.session = session
        self.answers: list[Answer] = []

    @property
    def done(self) -> int:
        return len(self.answers)

    @property
    def right(self) -> int:
        return sum(1 for answer in self.answers if answer.right)

    def record(self, answer: Answer) -> None:
        """Record and commit one answer (raises QuizError when the database refuses)."""
        self.session.record(
            answer.question, answer.rating, answer.text,
            duration_s=answer.elapsed, correct=answer.correct,
        )
        self.answers.append(answer)

    def rerate(self, rating: Rating) -> None:
        """Replace the last answer's rating: its review is undone and recorded again."""
        last = self.answers[-1]
        self.undo()
        self.record(replace(last, rating=rating))

    def undo(self) -> Question | None:
        """Take back the last answer; returns its question."""
        if not self.answers:
            return None
        self.session.undo()
        return self.answers.pop().question
