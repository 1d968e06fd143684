"""Card rows and every statement on the `cards` and `meta` tables.

`CardStatements` is mixed into `Store` (quiz/core/review/db.py), which owns the connection
and transactions; this module only says what is read and written. The statements on
reviews, sessions and exams are in `logs.py`. State and rating are fsrs's own enums in
the code; the columns hold their integer values, converted here.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from operator import attrgetter
from typing import Any

from quiz.core.clock import Day, from_us, to_us
from quiz.core.model import Bank
from quiz.core.review.scheduling import State, card_id_for
from quiz.core.review.study_order import burying_keys, study_positions

# The cards the queue and the statistics walk: studied, visible, not suspended. These are
# the predicates of the partial indexes `cards_due`, `cards_new` and `cards_learning`
# (migrations.py), written the same way so that SQLite uses them
# (tests/unit/test_store_statements.py checks it).
STUDIED = "reps > 0 AND hidden = 0 AND suspended = 0"
UNSEEN = "reps = 0 AND hidden = 0 AND suspended = 0"
_REVIEW = int(State.Review)
LEARNING = f"{STUDIED} AND state != {_REVIEW}"
# What the day's queue keeps of a card (queue_card.QueueCard).
# Raised when burying_keys changes, so that every database re-reads its cards' keys.
BURYING_RULES = "labels-1"
QUEUE_COLUMNS = "card_id, question_id, formulas, due, reps, state, position"


def day_number_sql(day: Day, column: str) -> str:
    """SQL giving the study-day number (days since 1970-01-01) of a µs column."""
    return f"(({column}) / 1000000 + {day.shift_seconds}) / 86400"


@dataclass(frozen=True)
class CardRow:
    """One question's stored state: its fsrs card plus the trainer's own fields."""

    card_id: int
    question_id: str
    formulas: tuple[str, ...] = ()
    position: int = 0
    hidden: bool = False
    state: State = State.Learning
    step: int | None = None
    stability: float | None = None
    difficulty: float | None = None
    due: datetime | None = None
    last_review: datetime | None = None
    introduced: datetime | None = None
    reps: int = 0
    lapses: int = 0
    suspended: bool = False
    flagged: bool = False
    leech: bool = False

    @classmethod
    def from_sql(cls, row: sqlite3.Row) -> CardRow:
        return cls(
            card_id=row["card_id"],
            question_id=row["question_id"],
            formulas=tuple(f for f in row["formulas"].split("\n") if f),
            position=row["position"],
            hidden=bool(row["hidden"]),
            state=State(row["state"]),
            step=row["step"],
            stability=row["stability"],
            difficulty=row["difficulty"],
            due=from_us(row["due"]),
            last_review=from_us(row["last_review"]),
            introduced=from_us(row["introduced"]),
            reps=row["reps"],
            lapses=row["lapses"],
            suspended=bool(row["suspended"]),
            flagged=bool(row["flagged"]),
            leech=bool(row["leech"]),
        )

    def to_sql(self) -> dict[str, Any]:
        return {
            "card_id": self.card_id,
            "question_id": self.question_id,
            "formulas": "\n".join(self.formulas),
            "position": self.position,
            "hidden": int(self.hidden),
            "state": int(self.state),
            "step": self.step,
            "stability": self.stability,
            "difficulty": self.difficulty,
            "due": to_us(self.due),
            "last_review": to_us(self.last_review),
            "introduced": to_us(self.introduced),
            "reps": self.reps,
            "lapses": self.lapses,
            "suspended": int(self.suspended),
            "flagged": int(self.flagged),
            "leech": int(self.leech),
        }


CARD_COLUMNS = tuple(CardRow.__dataclass_fields__)


class CardStatements:
    """The card statements of the store (needs its `_rows`, `_stream`, `_run`, `_value`)."""

    def sync_bank(self, bank: Bank) -> None:
        """Register new questions and hide vanished ones; history is always kept.

        Skipped when the bank's questions are the same as at the last sync, so opening a
        large bank stays cheap: a bank read from a file carries its stamp (path, size,
        modification time; bank/cache.py), and an unchanged stamp is one read of `meta`.
        Otherwise, and for a bank built in memory (no stamp), the question ids and their
        formulas are hashed and compared with the last sync's.
        """
        # the burying rules are part of what was synced: a new quiz re-reads the cards' keys
        stamp = f"{BURYING_RULES}\x02{bank.file_stamp}" if bank.file_stamp is not None else None
        synced_stamp = self._value("SELECT value FROM meta WHERE key = 'bank_stamp'")
        if stamp is not None and synced_stamp == stamp:
            return
        # map/attrgetter keep the loop in C: this runs on every changed large bank
        ids = "\x00".join(map(attrgetter("id"), bank.questions))
        formulas = "\x00".join(map("\n".join, map(attrgetter("formula_ids"), bank.questions)))
        listing = f"{BURYING_RULES}\x02{ids}\x02{formulas}"
        fingerprint = hashlib.blake2b(listing.encode("utf-8"), digest_size=16).hexdigest()
        if self._value("SELECT value FROM meta WHERE key = 'bank_fingerprint'") == fingerprint:
            if synced_stamp != stamp:  # touched, or another file with the same questions
                self._remember_stamp(stamp)
            return
        keys, positions = burying_keys(bank), study_positions(bank)  # study_order.py
        rows = [
            (card_id_for(q.id), q.id, "\n".join(keys[q.id]), positions[q.id])
            for q in bank.questions
        ]
        with self.transaction():
            self._run("CREATE TEMP TABLE IF NOT EXISTS bank_ids (question_id TEXT PRIMARY KEY)")
            self._run("DELETE FROM temp.bank_ids")
            self._run_many(
                "INSERT OR IGNORE INTO temp.bank_ids VALUES (?)", [(r[1],) for r in rows]
            )
            self._run_many(
                "INSERT INTO cards (card_id, question_id, formulas, position) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (question_id) DO UPDATE SET formulas = excluded.formulas,"
                " position = excluded.position, hidden = 0",
                rows,
            )
            self._run(
                "UPDATE cards SET hidden = 1 WHERE hidden = 0"
                " AND question_id NOT IN (SELECT question_id FROM temp.bank_ids)"
            )
            self._run("DELETE FROM temp.bank_ids")
            self.set_meta("bank_fingerprint", fingerprint)
            self._remember_stamp(stamp)

    def _remember_stamp(self, stamp: str | None) -> None:
        """The stamp of the bank the cards now follow; none for a bank built in memory,
        whose sync must make the next open of any file compare its questions again."""
        with self.transaction():
            if stamp is None:
                self._run("DELETE FROM meta WHERE key = 'bank_stamp'")
            else:
                self.set_meta("bank_stamp", stamp)

    def card(self, question_id: str) -> CardRow | None:
        rows = self._rows("SELECT * FROM cards WHERE question_id = ?", (question_id,))
        return CardRow.from_sql(rows[0]) if rows else None

    def cards_by_id(self, card_ids: list[int]) -> dict[int, CardRow]:
        found: dict[int, CardRow] = {}
        for start in range(0, len(card_ids), 500):
            chunk = card_ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self._rows(f"SELECT * FROM cards WHERE card_id IN ({marks})", chunk):
                found[row["card_id"]] = CardRow.from_sql(row)
        return found

    def put_card(self, card: CardRow) -> None:
        """Write every column of the card (inside a transaction)."""
        values = card.to_sql()
        assignments = ", ".join(f"{c} = :{c}" for c in CARD_COLUMNS if c != "card_id")
        self._run(f"UPDATE cards SET {assignments} WHERE card_id = :card_id", values)

    def set_card_flags(self, question_id: str, **flags: bool) -> None:
        """Set flagged/suspended/... on one card (KeyError for an unknown question)."""
        with self.transaction():
            current = self.card(question_id)
            if current is None:
                raise KeyError(question_id)
            self.put_card(replace(current, **flags))

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction():
            self._run(
                "INSERT INTO meta (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    # --- the day's queue (rows stay raw: skipping buried cards must stay cheap) ------

    def learning_due(self, until: datetime) -> list[sqlite3.Row]:
        """Studied cards in (re)learning due at or before `until`, earliest first.

        Read through the `cards_learning` index: overdue review cards are not walked.
        """
        return self._rows(
            f"SELECT {QUEUE_COLUMNS} FROM cards WHERE {LEARNING} AND due <= ?"
            " ORDER BY due", (to_us(until),),
        )

    def reviews_due_after(self, before: datetime, after: tuple[int, int] | None,
                          limit: int) -> list[sqlite3.Row]:
        """Up to `limit` review-state cards due before `before`, in (due, card_id) order,
        after the (due, card_id) `after` (the last of the previous page), or from the first."""
        since = "" if after is None else " AND (due, card_id) > (?, ?)"
        return self._rows(
            f"SELECT {QUEUE_COLUMNS} FROM cards WHERE {STUDIED} AND state = {_REVIEW} AND due < ?"
            f"{since} ORDER BY due, card_id LIMIT ?", (to_us(before), *(after or ()), limit),
        )

    def review_cards_due(self, before: datetime) -> list[CardRow]:
        """The same cards whole (for ordering them by strength in the exam's last days)."""
        rows = self._rows(
            f"SELECT * FROM cards WHERE {STUDIED} AND state = {_REVIEW} AND due < ?"
            " ORDER BY due", (to_us(before),),
        )
        return [CardRow.from_sql(row) for row in rows]

    def new_cards_from(self, position: int, limit: int) -> list[sqlite3.Row]:
        """Up to `limit` never-studied cards at or after `position`, in bank order."""
        return self._rows(
            f"SELECT {QUEUE_COLUMNS} FROM cards WHERE {UNSEEN} AND position >= ?"
            " ORDER BY position LIMIT ?", (position, limit),
        )

    def studied_cards(self) -> Iterator[sqlite3.Row]:
        """Every studied card, earliest due first (for studying ahead)."""
        return self._stream(f"SELECT {QUEUE_COLUMNS} FROM cards WHERE {STUDIED} ORDER BY due")

    def cards_answered_since(self, start: datetime) -> list[sqlite3.Row]:
        """card_id, formulas and `new` (first studied since `start`) of the cards answered
        since `start`."""
        since = to_us(start)
        return self._rows(
            "SELECT card_id, formulas, coalesce(introduced >= ?, 0) AS new FROM cards"
            " WHERE card_id IN (SELECT card_id FROM reviews WHERE at >= ?)", (since, since),
        )

    def studied_due_from(self, moment: datetime) -> list[CardRow]:
        """Studied cards due at or after `moment` (those an exam date may pull back)."""
        rows = self._rows(f"SELECT * FROM cards WHERE {STUDIED} AND due >= ?", (to_us(moment),))
        return [CardRow.from_sql(row) for row in rows]

    # --- counts for the statistics -------------------------------------------------

    def count_due(self, before: datetime, *, since: datetime | None = None) -> int:
        """Studied cards due before `before` (and at or after `since`, when given)."""
        if since is None:
            return self._value(f"SELECT count(*) FROM cards WHERE {STUDIED} AND due < ?",
                               (to_us(before),))
        return self._value(f"SELECT count(*) FROM cards WHERE {STUDIED} AND due >= ? AND due < ?",
                           (to_us(since), to_us(before)))

    def count_leeches(self) -> int:
        return self._value("SELECT count(*) FROM cards WHERE leech = 1 AND hidden = 0")

    def due_per_day(self, day: Day, before: datetime) -> list[tuple[int, int]]:
        """(study-day number, cards due that day) for studied cards due before `before`."""
        return [tuple(r) for r in self._rows(
            f"SELECT {day_number_sql(day, 'due')} AS d, count(*) FROM cards"
            f" WHERE {STUDIED} AND due < ? GROUP BY d", (to_us(before),),
        )]
