"""This session's answers: recording, re-rating and undo, over the review engine.

Kept apart from the study screen so the screen only shows things; every method commits
through `StudySession` before returning.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from quiz.core.model import Question

if TYPE_CHECKING:
    from quiz.core.review.session import StudySession


@dataclass(frozen=True)
class Answer:
    """One recorded answer."""

    question: Question
    rating: int
    text: str
    elapsed: float
    correct: bool | None  # None: self-graded, right when rated above Again

    @property
    def right(self) -> bool:
        return self.correct if self.correct is not None else self.rating > 1


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

    def rerate(self, rating: int) -> None:
        """Replace the last answer's rating: its review is undone and recorded again.

        Both happen in one transaction, so a process killed in between leaves the old
        rating on disk, never no review at all.
        """
        last = self.answers[-1]
        again = replace(last, rating=rating)
        with self.session.store.transaction():
            self.session.undo()
            self.session.record(
                again.question, again.rating, again.text,
                duration_s=again.elapsed, correct=again.correct,
            )
        self.answers[-1] = again

    def undo(self) -> Question | None:
        """Take back the last answer; returns its question."""
        if not self.answers:
            return None
        self.session.undo()
        return self.answers.pop().question
