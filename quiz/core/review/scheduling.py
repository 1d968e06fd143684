"""Spaced repetition through fsrs, and the exam-date cap on its due dates.

This is the only module that touches `fsrs`. fsrs decides every interval; the exam date
only ever moves a due date earlier (see docs/review-engine.md):

- a review whose fsrs due date falls on or after the exam's study day is pulled back into
  the last days before the exam: the weakest cards (lowest predicted recall on exam day)
  to the day before the exam, stronger ones up to two days earlier, never to today;
- in the final days, due cards are shown weakest first (`retrievability`).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime, timedelta

from fsrs import Card, Rating, Scheduler, State

from quiz.core.clock import require_utc

__all__ = ["Card", "Rating", "State", "ExamCap", "Scheduling", "card_id_for", "require_utc"]

EXAM_WINDOW_DAYS = 3  # the last days before the exam, where the weakest cards go first


def card_id_for(question_id: str) -> int:
    """A stable positive 63-bit card id derived from the question id."""
    digest = hashlib.blake2b(question_id.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") & ((1 << 63) - 1) or 1


@dataclass(frozen=True)
class ExamCap:
    """The exam as the scheduler sees it: the UTC start of the exam's study day."""

    exam_start: datetime

    def window_start(self) -> datetime:
        """From here on the queue favours the weakest cards."""
        return self.exam_start - timedelta(days=EXAM_WINDOW_DAYS)

    def in_final_days(self, now: datetime) -> bool:
        return self.window_start() <= now < self.exam_start

    def cap(self, due: datetime, *, now: datetime, today_start: datetime,
            retrievability_at_exam: float) -> datetime:
        """`due`, pulled back so the card comes up again before the exam.

        `today_start` is the UTC start of the learner's current study day. A card whose
        fsrs due date is already before the exam, or that can only come up again on exam
        day (the exam is tomorrow or today), keeps its fsrs due date.
        """
        due, now = require_utc(due), require_utc(now)
        if due < self.exam_start or now >= self.exam_start:
            return due
        tomorrow = require_utc(today_start) + timedelta(days=1)
        last_day = self.exam_start - timedelta(days=1)
        if tomorrow > last_day:
            return due
        if retrievability_at_exam < 0.85:
            days_early = 0
        elif retrievability_at_exam < 0.95:
            days_early = 1
        else:
            days_early = 2
        return min(due, max(tomorrow, last_day - timedelta(days=days_early)))


class Scheduling:
    """fsrs with the learner's desired retention (fuzzing can be turned off for tests)."""

    def __init__(self, desired_retention: float = 0.9, *, enable_fuzzing: bool = True) -> None:
        self._scheduler = Scheduler(
            desired_retention=desired_retention, enable_fuzzing=enable_fuzzing
        )

    @staticmethod
    def new_card(question_id: str) -> Card:
        """A never-reviewed card with its stable id."""
        return Card(card_id=card_id_for(question_id))

    @staticmethod
    def card(card_id: int, *, state: State, step: int | None, stability: float | None,
             difficulty: float | None, due: datetime, last_review: datetime | None) -> Card:
        """An fsrs card from stored fields (a never-reviewed card has no last review)."""
        return Card(
            card_id=card_id, state=state, step=step, stability=stability,
            difficulty=difficulty, due=require_utc(due),
            last_review=require_utc(last_review) if last_review else None,
        )

    def review(self, card: Card, rating: Rating, at: datetime, duration_s: float = 0.0) -> Card:
        """The card after a review; `card` itself is left unchanged (undo keeps it)."""
        duration_ms = int(round(duration_s * 1000)) if duration_s > 0 else None
        new_card, _log = self._scheduler.review_card(
            card, rating, review_datetime=require_utc(at), review_duration=duration_ms
        )
        return new_card

    def retrievability(self, card: Card, at: datetime) -> float:
        """Predicted probability of recall at `at` (0 for a never-reviewed card)."""
        return float(self._scheduler.get_card_retrievability(card, require_utc(at)))
