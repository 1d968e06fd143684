"""A study session: what to ask next, recording answers, undo, leeches, the wrong book.

The queue of a study day: learning cards that are due now, then reviews due today (up to
the daily review limit), then new cards in bank order (up to the daily new limit), then
learning cards due within the next 20 minutes. A study day starts at
`Settings.day_start_hour` local time, the zone being that of the injected `now()`.
Siblings (questions sharing a formula) are not shown on the same day, unless the learner
asks for more (`extra=True`), which also lifts the limits.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime

from quiz.core.clock import Clock, Day, Now, study_day
from quiz.core.model import Bank, Question
from quiz.core.review.cards import CardRow
from quiz.core.review.day_queue import DayQueue
from quiz.core.review.db import Store
from quiz.core.review.exam_date import apply_exam_date, exam_cap, is_leech, to_fsrs
from quiz.core.review.progress import compute_stats, exam_history, wrong_book
from quiz.core.review.queue_card import QueueCard
from quiz.core.review.scheduling import Rating, Scheduling
from quiz.core.review.settings import Settings
from quiz.core.review.types import (
    Answer,
    CardInfo,
    ExamResult,
    QueueCounts,
    Stats,
    WrongEntry,
)


@dataclass(frozen=True)
class _Recorded:
    """An answer on the undo stack, with what undo needs: the card before, the log row."""

    answer: Answer
    card_before: CardRow
    review_id: int


class StudySession:
    """Studying one bank from one database; every answer is committed when recorded."""

    def __init__(self, store: Store, bank: Bank, settings: Settings, *,
                 now: Clock | Now | None = None, fuzz: bool = True) -> None:
        self.store = store
        self.bank = bank
        self.settings = settings
        self.clock = now if isinstance(now, Clock) else Clock(now)
        self.scheduling = Scheduling(settings.desired_retention, enable_fuzzing=fuzz)
        self._questions = {q.id: q for q in bank.questions}
        self._undo: list[_Recorded] = []  # the one undo stack: this session's answers
        self._session_id: int | None = None
        self._day_queue: DayQueue | None = None  # day_queue.py: read once, kept per answer
        self._queue_version: tuple[int, int] | None = None
        store.sync_bank(bank)
        apply_exam_date(store, settings, self.day(), self.scheduling)

    def day(self) -> Day:
        return self.clock.study_day(self.settings.day_start_hour)

    # --- the queue ----------------------------------------------------------------

    def next_question(self, *, extra: bool = False) -> Question | None:
        """The next question to ask, or None when the day's work is done."""
        for card in self._queue(self.day(), extra=extra):
            return self._questions[card.question_id]
        return None

    def counts(self) -> QueueCounts:
        """What is left today, after limits and sibling burying."""
        day = self.day()
        queue = self._day_queue_for(day)
        due, new, learning = queue.counts(
            day.now, new_left=self.settings.new_per_day - queue.new_today,
            review_left=self.settings.reviews_per_day - queue.old_reviews_today, known=self._questions,
        )
        return QueueCounts(due, new, learning, queue.reviewed_today)

    def _queue(self, day: Day, *, extra: bool) -> Iterator[QueueCard]:
        """Today's cards in the order they will be asked (see module docstring)."""
        queue = self._day_queue_for(day)
        ahead = map(QueueCard.from_sql, self.store.studied_cards()) if extra else ()
        return queue.walk(
            day.now, new_left=self.settings.new_per_day - queue.new_today,
            review_left=self.settings.reviews_per_day - queue.old_reviews_today,
            extra=extra, known=self._questions, ahead=ahead,
        )

    def _day_queue_for(self, day: Day) -> DayQueue:
        """The day's queue in memory, read again when the day or the database changed."""
        queue = self._day_queue
        if queue is None or queue.day_start != day.start or self.store.version() != self._queue_version:
            queue = DayQueue(self.store, day, self._review_strength(day))
            self._day_queue, self._queue_version = queue, self.store.version()
        return queue

    def _review_strength(self, day: Day) -> Callable[[CardRow], float] | None:
        """Oldest due first, or (in the exam's last days) weakest first: the card's strength."""
        cap = exam_cap(self.settings, day)
        if cap is None or not cap.in_final_days(day.now):
            return None

        def strength(card: CardRow) -> float:
            return self.scheduling.retrievability(to_fsrs(self.scheduling, card, day.now), day.now)

        return strength

    # --- answering ----------------------------------------------------------------

    @property
    def answers(self) -> tuple[Answer, ...]:
        """The answers recorded in this session and not undone, newest last."""
        return tuple(recorded.answer for recorded in self._undo)

    def record(self, question: Question, rating: Rating | int, answer_text: str, *,
               duration_s: float = 0.0, correct: bool | None = None) -> datetime:
        """Schedule the card with fsrs, log the review, commit; returns the next due."""
        answer = Answer(question, rating, answer_text, duration_s, correct)  # checks rating
        rating = answer.rating
        day = self.day()
        correct = rating is not Rating.Again if correct is None else bool(correct)
        nested = self.store.in_transaction  # an outer transaction may still roll this back
        with self.all_or_nothing():
            # Checked with the write lock held: no other process can commit in between.
            queue_current = not nested and self.store.version() == self._queue_version
            old = self.store.card(question.id)
            if old is None:  # a question that is not in the synced bank
                queue_current = False
                self.store.sync_bank(Bank(self.bank.title, self.bank.formulas, (question,)))
                old = self.store.card(question.id)
                assert old is not None
            reviewed = self.scheduling.review(
                to_fsrs(self.scheduling, old, day.now), rating, day.now, duration_s)
            due = reviewed.due
            cap = exam_cap(self.settings, day)
            if cap is not None:
                strength = self.scheduling.retrievability(reviewed, cap.exam_start)
                due = cap.cap(due, now=day.now, today_start=day.start,
                              retrievability_at_exam=strength)
            lapses = old.lapses + (rating is Rating.Again)
            leech = rating is Rating.Again and is_leech(lapses)
            new = replace(
                old, state=reviewed.state, step=reviewed.step,
                stability=reviewed.stability, difficulty=reviewed.difficulty, due=due,
                last_review=reviewed.last_review, introduced=old.introduced or day.now,
                reps=old.reps + 1, lapses=lapses, leech=old.leech or leech,
                suspended=old.suspended or leech,
            )
            self.store.put_card(new)
            review_id = self.store.add_review(
                old.card_id, day.now, rating, correct=correct,
                prior=old.state if old.reps else None, duration_s=duration_s,
                answer=answer_text, session_id=self._session(day),
            )
            self._undo.append(_Recorded(answer, old, review_id))
        if queue_current and self._day_queue is not None and self._day_queue.day_start == day.start:
            self._day_queue.answered(old, new)
            self._queue_version = self.store.version()
        return due

    @contextmanager
    def all_or_nothing(self) -> Iterator[StudySession]:
        """One transaction over several steps (re-rating is an undo and a record): when the
        database refuses any of it, the undo stack and the session row are as they were,
        like the database."""
        undo, session_id = list(self._undo), self._session_id
        try:
            with self.store.transaction():
                yield self
        except BaseException:
            self._undo, self._session_id = undo, session_id
            raise

    def _session(self, day: Day) -> int:
        if self._session_id is None:
            self._session_id = self.store.start_session(day.now, self.bank.title)
        else:
            self.store.count_session_answer(self._session_id, day.now)
        return self._session_id

    def undo(self) -> str | None:
        """Take back the last answer of this session: the card as it was, the log gone."""
        if not self._undo:
            return None
        with self.all_or_nothing():
            recorded = self._undo.pop()
            old, review_id = recorded.card_before, recorded.review_id
            self.store.put_card(old)
            self.store.delete_review(review_id)
            self.store.uncount_session_answer(self._session_id)
        return old.question_id

    def flag(self, question_id: str, flagged: bool = True) -> None:
        self.store.set_card_flags(question_id, flagged=flagged)

    def suspend(self, question_id: str, suspended: bool = True) -> None:
        self.store.set_card_flags(question_id, suspended=suspended)

    def card_info(self, question_id: str) -> CardInfo:
        row = self.store.card(question_id)
        if row is None:
            raise KeyError(question_id)
        return CardInfo(
            question_id=row.question_id,
            state="new" if row.reps == 0 else row.state.name.lower(),
            due=row.due, stability=row.stability, reps=row.reps, lapses=row.lapses,
            suspended=row.suspended, flagged=row.flagged, leech=row.leech,
        )

    # --- wrong book and exams -----------------------------------------------------

    def wrong_book(self) -> list[WrongEntry]:
        """Questions answered wrongly (in study or exams) and leeches, newest first."""
        return wrong_book(self.store)

    def record_exam(self, result: ExamResult) -> None:
        """Keep a mock-exam result; its wrong answers join the wrong book."""
        self.store.add_exam(result)

    def exam_history(self) -> list[ExamResult]:
        """Past mock exams, newest first."""
        return exam_history(self.store)

    def stats(self) -> Stats:
        """Due counts, streak, retention, heatmap and forecast."""
        return compute_stats(self.store, self.day())


__all__ = [
    "CardInfo", "Day", "ExamResult", "QueueCounts", "Stats", "StudySession", "WrongEntry",
    "apply_exam_date", "compute_stats", "exam_history", "study_day", "wrong_book",
]
