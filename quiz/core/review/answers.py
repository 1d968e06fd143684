"""The answers of one study screen: recording, re-rating and undo, over the session.

Kept apart from the study screen so the screen only shows things; every method commits
through `StudySession` before returning. The session holds the one undo stack: this
log is a window on the answers it recorded since the screen opened.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from quiz.core.model import Question
from quiz.core.review.scheduling import Rating
from quiz.core.review.types import Answer

if TYPE_CHECKING:
    from quiz.core.review.session import StudySession

__all__ = ["Answer", "StudyLog"]


class StudyLog:
    """The answers given in one study screen, newest last."""

    def __init__(self, session: StudySession) -> None:
        self.session = session
        self._first = len(session.answers)  # answers before this screen are not its own

    @property
    def answers(self) -> tuple[Answer, ...]:
        return self.session.answers[self._first:]

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

    def rerate(self, rating: Rating) -> None:
        """Replace the last answer's rating: its review is undone and recorded again.

        Both happen in one transaction, so a process killed in between leaves the old
        rating on disk, never no review at all; when the database refuses it, the undo
        stack still holds the old answer, as the database does.
        """
        again = replace(self.answers[-1], rating=rating)
        with self.session.all_or_nothing():  # the session's undo stack holds `again`
            self.session.undo()
            self.record(again)

    def undo(self) -> Question | None:
        """Take back the last answer of this screen; returns its question."""
        answers = self.answers
        if not answers:
            return None
        self.session.undo()
        return answers[-1].question
