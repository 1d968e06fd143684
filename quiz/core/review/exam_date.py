"""The exam date applied to stored cards: the cap in force, leeches, fsrs cards from rows."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from quiz.core.clock import Day
from quiz.core.review.cards import CardRow
from quiz.core.review.db import Store
from quiz.core.review.scheduling import ExamCap, Scheduling
from quiz.core.review.settings import Settings

LEECH_LAPSES = 8  # failures that make a leech; then again every LEECH_REPEAT more
LEECH_REPEAT = 4


def exam_cap(settings: Settings, day: Day) -> ExamCap | None:
    """The exam-date cap in force, if an exam date is set."""
    if settings.exam_date is None:
        return None
    return ExamCap(day.local_start_of(settings.exam_date))


def is_leech(lapses: int) -> bool:
    return lapses == LEECH_LAPSES or (
        lapses > LEECH_LAPSES and (lapses - LEECH_LAPSES) % LEECH_REPEAT == 0
    )


def to_fsrs(scheduling: Scheduling, row: CardRow, now: datetime):
    """The row's fsrs card (a new card is due now)."""
    return scheduling.card(
        row.card_id, state=row.state, step=row.step, stability=row.stability,
        difficulty=row.difficulty, due=row.due or now, last_review=row.last_review,
    )


def apply_exam_date(store: Store, settings: Settings, day: Day, scheduling: Scheduling) -> int:
    """Pull studied cards due on or after the exam back before it; returns how many."""
    cap = exam_cap(settings, day)
    if cap is None or day.now >= cap.exam_start:
        return 0
    rows = store.studied_due_from(cap.exam_start)
    moved = 0
    if not rows:
        return 0
    with store.transaction():
        for row in rows:
            card = to_fsrs(scheduling, row, day.now)
            strength = scheduling.retrievability(card, cap.exam_start)
            due = cap.cap(row.due, now=day.now, today_start=day.start,
                          retrievability_at_exam=strength)
            if due != row.due:
                store.put_card(replace(row, due=due))
                moved += 1
    return moved
