"""A study session: what to ask next, recording answers, undo, leeches, the wrong book.

The queue of a study day: learning cards that are due now, then reviews due today (up to
the daily review limit), then new cards in bank order (up to the daily new limit), then
learning cards due within the next 20 minutes. A study day starts at
`Settings.day_start_hour` local time, the zone being that of the injected `now()`.
Siblings (questions sharing a formula) are not shown on the same day, unless the learner
asks for more (`extra=True`), which also lifts the limits.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from quiz.core.clock import Clock, Day, Now, study_day
from quiz.core.model import Bank, Question
from quiz.core.review.cards import CardRow
from quiz.core.review.db import Store
from quiz.core.review.exam_date import apply_exam_date, exam_cap, is_leech, to_fsrs
from quiz.core.review.progress import compute_stats, exam_history, wrong_book
from quiz.core.review.scheduling import Rating, Scheduling, State
from quiz.core.review.settings import Settings
from quiz.core.review.types import (
    Answer,
    CardInfo,
    ExamResult,
    QueueCounts,
    Stats,
    WrongEntry,
)

LEARN_AHEAD = timedelta(minutes=20)
_SQL_SKIP_MAX = 2000  # claimed formulas passed to SQL at most (the rest are checked in Python)


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
        store.sync_bank(bank)
        apply_exam_date(store, settings, self.day(), self.scheduling)

    def day(self) -> Day:
        return self.clock.study_day(self.settings.day_start_hour)

    # --- the queue ----------------------------------------------------------------

    def next_question(self, *, extra: bool = False) -> Question | None:
        """The next question to ask, or None when the day's work is done."""
        for row in self._queue(self.day(), extra=extra):
            return self._questions[row.question_id]
        return None

    def counts(self) -> QueueCounts:
        """What is left today, after limits and sibling burying."""
        day = self.day()
        due = new = learning = 0
        for row in self._queue(day, extra=False):
            if row.reps == 0:
                new += 1
            elif row.state is State.Review:
                due += 1
            else:
                learning += 1
        return QueueCounts(due, new, learning, self.store.count_reviews_since(day.start))

    def _queue(self, day: Day, *, extra: bool) -> Iterator[CardRow]:
        """Today's cards in the order they will be asked (see module docstring)."""
        today = self.store.cards_answered_since(day.start)
        done_ids = {r["card_id"] for r in today}
        claimed = {f for r in today for f in r["formulas"].split("\n") if f}
        new_left = self.settings.new_per_day - sum(r["new"] for r in today)
        review_left = self.settings.reviews_per_day - self.store.count_reviews_of_old_cards(day.start)
        shown: set[int] = set()

        def take(sql_row: sqlite3.Row, *, bury: bool = True) -> CardRow | None:
            # Decided on the raw row: a long run of buried new cards stays cheap to skip.
            card_id = sql_row["card_id"]
            if card_id in shown or sql_row["question_id"] not in self._questions:
                return None
            formulas = {f for f in sql_row["formulas"].split("\n") if f}
            if bury and not extra and card_id not in done_ids and claimed & formulas:
                return None
            shown.add(card_id)
            claimed.update(formulas)
            return CardRow.from_sql(sql_row)

        for sql_row in self.store.learning_due(day.now):
            if row := take(sql_row, bury=False):
                yield row
        for sql_row in self._due_reviews(day):
            if not extra and review_left <= 0:
                break
            if row := take(sql_row):
                review_left -= 1
                yield row
        if extra or new_left > 0:
            # siblings of single-formula cards already claimed today are skipped in SQL
            skip: list[str] = [] if extra else sorted(claimed)[:_SQL_SKIP_MAX]
            for sql_row in self.store.new_cards(skip):
                if not extra and new_left <= 0:
                    break
                if row := take(sql_row):
                    new_left -= 1
                    yield row
        for sql_row in self.store.learning_due(day.now + LEARN_AHEAD):
            if row := take(sql_row, bury=False):
                yield row
        if extra:  # "study more": review ahead, earliest due first
            for sql_row in self.store.studied_cards():
                if row := take(sql_row, bury=False):
                    yield row

    def _due_reviews(self, day: Day) -> Iterator[sqlite3.Row]:
        """Review cards due today: oldest due first, or weakest first in the exam's last days."""
        due = self.store.reviews_due(day.end)
        cap = exam_cap(self.settings, day)
        if cap is None or not cap.in_final_days(day.now):
            # read lazily: the walk usually stops after the first card or at the limit
            yield from due
            return
        rows = list(due)

        def strength(sql_row: sqlite3.Row) -> float:
            card = to_fsrs(self.scheduling, CardRow.from_sql(sql_row), day.now)
            return self.scheduling.retrievability(card, day.now)

        yield from sorted(rows, key=strength)

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
        with self.all_or_nothing():
            old = self.store.card(question.id)
            if old is None:  # a question that is not in the synced bank
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
