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
from dataclasses import replace
from datetime import datetime, timedelta

from quiz.core.clock import Clock, Day, Now, require_utc, study_day, to_us
from quiz.core.model import Bank, Question
from quiz.core.review.cards import CardRow
from quiz.core.review.db import Store
from quiz.core.review.exam_date import apply_exam_date, exam_cap, is_leech, to_fsrs
from quiz.core.review.progress import compute_stats, exam_history, wrong_book
from quiz.core.review.scheduling import Scheduling
from quiz.core.review.settings import Settings
from quiz.core.review.types import (
    CardInfo,
    ExamResult,
    QueueCounts,
    Stats,
    WrongEntry,
)

LEARN_AHEAD = timedelta(minutes=20)
_SQL_SKIP_MAX = 2000  # claimed formulas passed to SQL at most (the rest are checked in Python)
_STATE_NAMES = {1: "learning", 2: "review", 3: "relearning"}


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
        self._undo: list[tuple[CardRow, int]] = []
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
            elif row.state == 2:
                due += 1
            else:
                learning += 1
        reviewed = self.store.scalar("SELECT count(*) FROM reviews WHERE at >= ?", (to_us(day.start),))
        return QueueCounts(due, new, learning, reviewed)

    def _queue(self, day: Day, *, extra: bool) -> Iterator[CardRow]:
        """Today's cards in the order they will be asked (see module docstring)."""
        start, now = to_us(day.start), to_us(day.now)
        today = self.store.query(
            "SELECT c.card_id, c.formulas, c.introduced FROM cards c"
            " WHERE c.card_id IN (SELECT card_id FROM reviews WHERE at >= ?)", (start,),
        )
        done_ids = {r["card_id"] for r in today}
        claimed = {f for r in today for f in r["formulas"].split("\n") if f}
        new_left = self.settings.new_per_day - sum(
            1 for r in today if r["introduced"] is not None and r["introduced"] >= start
        )
        review_left = self.settings.reviews_per_day - (self.store.scalar(
            "SELECT count(*) FROM reviews r JOIN cards c USING (card_id)"
            " WHERE r.at >= ? AND c.introduced < ?", (start, start),
        ) or 0)
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

        base = "SELECT * FROM cards WHERE reps > 0 AND hidden = 0 AND suspended = 0"
        for sql_row in self.store.query(f"{base} AND state != 2 AND due <= ? ORDER BY due", (now,)):
            if row := take(sql_row, bury=False):
                yield row
        for sql_row in self._due_reviews(day):
            if not extra and review_left <= 0:
                break
            if row := take(sql_row):
                review_left -= 1
                yield row
        if extra or new_left > 0:
            new_sql = "SELECT * FROM cards WHERE reps = 0 AND hidden = 0 AND suspended = 0"
            skip: list[str] = [] if extra else sorted(claimed)[:_SQL_SKIP_MAX]
            if skip:  # siblings of single-formula cards already claimed today, skipped in SQL
                new_sql += f" AND formulas NOT IN ({','.join('?' * len(skip))})"
            for sql_row in self.store.iterate(new_sql + " ORDER BY position", skip):
                if not extra and new_left <= 0:
                    break
                if row := take(sql_row):
                    new_left -= 1
                    yield row
        ahead = to_us(day.now + LEARN_AHEAD)
        for sql_row in self.store.query(f"{base} AND state != 2 AND due <= ? ORDER BY due", (ahead,)):
            if row := take(sql_row, bury=False):
                yield row
        if extra:  # "study more": review ahead, earliest due first
            for sql_row in self.store.iterate(f"{base} ORDER BY due"):
                if row := take(sql_row, bury=False):
                    yield row

    def _due_reviews(self, day: Day) -> Iterator[sqlite3.Row]:
        """Review cards due today: oldest due first, or weakest first in the exam's last days."""
        sql = (
            "SELECT * FROM cards WHERE reps > 0 AND hidden = 0 AND suspended = 0"
            " AND state = 2 AND due < ? ORDER BY due"
        )
        cap = exam_cap(self.settings, day)
        if cap is None or not cap.in_final_days(day.now):
            # read lazily: the walk usually stops after the first card or at the limit
            yield from self.store.iterate(sql, (to_us(day.end),))
            return
        rows = self.store.query(sql, (to_us(day.end),))

        def strength(sql_row: sqlite3.Row) -> float:
            card = to_fsrs(self.scheduling, CardRow.from_sql(sql_row), day.now)
            return self.scheduling.retrievability(card, day.now)

        yield from sorted(rows, key=strength)

    # --- answering ----------------------------------------------------------------

    def record(self, question: Question, rating: int, answer_text: str, *,
               duration_s: float = 0.0, correct: bool | None = None) -> datetime:
        """Schedule the card with fsrs, log the review, commit; returns the next due."""
        if rating not in (1, 2, 3, 4):
            raise ValueError(f"rating must be 1..4, not {rating!r}")
        day = self.day()
        correct = rating > 1 if correct is None else bool(correct)
        with self.store.transaction():
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
            lapses = old.lapses + (rating == 1)
            leech = rating == 1 and is_leech(lapses)
            new = replace(
                old, state=int(reviewed.state), step=reviewed.step,
                stability=reviewed.stability, difficulty=reviewed.difficulty, due=due,
                last_review=reviewed.last_review, introduced=old.introduced or day.now,
                reps=old.reps + 1, lapses=lapses, leech=old.leech or leech,
                suspended=old.suspended or leech,
            )
            self.store.put_card(new)
            session = self._session(day)
            cursor = self.store.execute(
                "INSERT INTO reviews (card_id, at, rating, correct, prior_state, duration_ms,"
                " answer, session_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (old.card_id, to_us(day.now), rating, int(correct),
                 old.state if old.reps else 0,
                 int(round(duration_s * 1000)) if duration_s > 0 else None,
                 answer_text, session),
            )
        self._undo.append((old, int(cursor.lastrowid)))
        return due

    def _session(self, day: Day) -> int:
        if self._session_id is None:
            cursor = self.store.execute(
                "INSERT INTO sessions (started, ended, bank, answers) VALUES (?, ?, ?, 1)",
                (to_us(day.now), to_us(day.now), self.bank.title),
            )
            self._session_id = int(cursor.lastrowid)
        else:
            self.store.execute(
                "UPDATE sessions SET ended = ?, answers = answers + 1 WHERE id = ?",
                (to_us(day.now), self._session_id),
            )
        return self._session_id

    def undo(self) -> str | None:
        """Take back the last answer of this session: the card as it was, the log gone."""
        if not self._undo:
            return None
        old, review_id = self._undo.pop()
        with self.store.transaction():
            self.store.put_card(old)
            self.store.execute("DELETE FROM reviews WHERE id = ?", (review_id,))
            self.store.execute(
                "UPDATE sessions SET answers = answers - 1 WHERE id = ?", (self._session_id,)
            )
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
            state="new" if row.reps == 0 else _STATE_NAMES[row.state],
            due=row.due, stability=row.stability, reps=row.reps, lapses=row.lapses,
            suspended=row.suspended, flagged=row.flagged, leech=row.leech,
        )

    # --- wrong book and exams -----------------------------------------------------

    def wrong_book(self) -> list[WrongEntry]:
        """Questions answered wrongly (in study or exams) and leeches, newest first."""
        return wrong_book(self.store)

    def record_exam(self, result: ExamResult) -> None:
        """Keep a mock-exam result; its wrong answers join the wrong book."""
        with self.store.transaction():
            cursor = self.store.execute(
                "INSERT INTO exams (bank_title, started, finished, score, total)"
                " VALUES (?, ?, ?, ?, ?)",
                (result.bank_title, to_us(require_utc(result.started)),
                 to_us(require_utc(result.finished)), result.score, result.total),
            )
            exam_id = cursor.lastrowid
            for position, (qid, text, ok) in enumerate(result.answers):
                self.store.execute(
                    "INSERT INTO exam_answers VALUES (?, ?, ?, ?, ?)",
                    (exam_id, position, qid, text, int(ok)),
                )

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
