"""Every statement on the review log, the study sessions and the mock exams.

`LogStatements` is mixed into `Store` (quiz/core/review/db.py) beside `CardStatements`;
writes happen inside the caller's `transaction()`. A rating is an fsrs `Rating` and a
state an fsrs `State` in the code; the columns hold their integers (`prior_state` 0 for a
card never reviewed before).
"""

from __future__ import annotations

import sqlite3
from datetime import datetime

from quiz.core.clock import Day, require_utc, to_us
from quiz.core.review.cards import day_number_sql
from quiz.core.review.scheduling import Rating, State
from quiz.core.review.types import ExamResult


class LogStatements:
    """The log statements of the store (needs its `_rows`, `_run`, `_value`)."""

    # --- reviews ------------------------------------------------------------------

    def add_review(self, card_id: int, at: datetime, rating: Rating, *, correct: bool,
                   prior: State | None, duration_s: float, answer: str, session_id: int) -> int:
        """Log one answer (`prior` None: the card had never been reviewed); its id."""
        cursor = self._run(
            "INSERT INTO reviews (card_id, at, rating, correct, prior_state, duration_ms,"
            " answer, session_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (card_id, to_us(at), int(rating), int(correct), 0 if prior is None else int(prior),
             int(round(duration_s * 1000)) if duration_s > 0 else None, answer, session_id),
        )
        return int(cursor.lastrowid)

    def delete_review(self, review_id: int) -> None:
        self._run("DELETE FROM reviews WHERE id = ?", (review_id,))

    def count_reviews_since(self, start: datetime) -> int:
        return self._value("SELECT count(*) FROM reviews WHERE at >= ?", (to_us(start),))

    def count_reviews_of_old_cards(self, start: datetime) -> int:
        """Reviews since `start` of cards first studied before it (review-limit use)."""
        return self._value(
            "SELECT count(*) FROM reviews r JOIN cards c USING (card_id)"
            " WHERE r.at >= ? AND c.introduced < ?", (to_us(start), to_us(start)),
        ) or 0

    def review_passes_since(self, start: datetime) -> tuple[int | None, int]:
        """(passed, total) reviews of review-state cards since `start` (true retention)."""
        passed, total = self._rows(
            f"SELECT sum(rating > {int(Rating.Again)}), count(*) FROM reviews"
            f" WHERE at >= ? AND prior_state = {int(State.Review)}", (to_us(start),),
        )[0]
        return passed, total

    def reviews_per_day(self, day: Day, since: datetime) -> list[tuple[int, int]]:
        """(study-day number, reviews that day) for reviews since `since`."""
        return [tuple(r) for r in self._rows(
            f"SELECT {day_number_sql(day, 'at')} AS d, count(*) FROM reviews"
            " WHERE at >= ? GROUP BY d", (to_us(since),),
        )]

    def wrong_answers(self) -> list[sqlite3.Row]:
        """Wrong answers (study and exams) and leeches of visible questions, newest first;
        an exam question left unanswered (empty answer) is no wrong answer.

        Columns: qid, answer (None for a leech), at, lapses, leech.
        """
        return self._rows(
            "SELECT c.question_id AS qid, r.answer AS answer, r.at AS at, c.lapses AS lapses,"
            " c.leech AS leech FROM reviews r JOIN cards c USING (card_id)"
            " WHERE r.correct = 0 AND c.hidden = 0"
            " UNION ALL SELECT a.question_id, a.answer, e.finished, coalesce(c.lapses, 0),"
            " coalesce(c.leech, 0) FROM exam_answers a JOIN exams e ON e.id = a.exam_id"
            " LEFT JOIN cards c ON c.question_id = a.question_id"
            " WHERE a.correct = 0 AND a.answer != '' AND coalesce(c.hidden, 0) = 0"
            " UNION ALL SELECT question_id, NULL, last_review, lapses, leech FROM cards"
            " WHERE leech = 1 AND hidden = 0 ORDER BY at DESC",
        )

    # --- sessions -----------------------------------------------------------------

    def start_session(self, at: datetime, bank_title: str) -> int:
        """A new study session holding its first answer; its id."""
        cursor = self._run(
            "INSERT INTO sessions (started, ended, bank, answers) VALUES (?, ?, ?, 1)",
            (to_us(at), to_us(at), bank_title),
        )
        return int(cursor.lastrowid)

    def count_session_answer(self, session_id: int, at: datetime) -> None:
        """One more answer in the session, which now ends at `at`."""
        self._run("UPDATE sessions SET ended = ?, answers = answers + 1 WHERE id = ?",
                  (to_us(at), session_id))

    def uncount_session_answer(self, session_id: int | None) -> None:
        self._run("UPDATE sessions SET answers = answers - 1 WHERE id = ?", (session_id,))

    # --- mock exams ---------------------------------------------------------------

    def add_exam(self, result: ExamResult) -> None:
        """Keep a mock-exam result and its answers."""
        with self.transaction():
            cursor = self._run(
                "INSERT INTO exams (bank_title, started, finished, score, total)"
                " VALUES (?, ?, ?, ?, ?)",
                (result.bank_title, to_us(require_utc(result.started)),
                 to_us(require_utc(result.finished)), result.score, result.total),
            )
            exam_id = cursor.lastrowid
            self._run_many(
                "INSERT INTO exam_answers VALUES (?, ?, ?, ?, ?)",
                [(exam_id, position, qid, text, int(ok))
                 for position, (qid, text, ok) in enumerate(result.answers)],
            )

    def exams(self) -> list[tuple[sqlite3.Row, list[sqlite3.Row]]]:
        """Past exams, newest first, each with its answers in paper order."""
        return [
            (exam, self._rows(
                "SELECT question_id, answer, correct FROM exam_answers WHERE exam_id = ?"
                " ORDER BY position", (exam["id"],),
            ))
            for exam in self._rows("SELECT * FROM exams ORDER BY finished DESC, id DESC")
        ]
