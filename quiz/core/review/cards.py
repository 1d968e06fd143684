"""Card rows and the statements on them: syncing a bank, reading and writing cards.

`CardStatements` is mixed into `Store` (quiz/core/review/db.py), which owns the connection
and transactions; this module only says what is read and written.
"""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass, replace
from datetime import datetime
from operator import attrgetter
from typing import Any

from quiz.core.clock import from_us, to_us
from quiz.core.model import Bank
from quiz.core.review.scheduling import card_id_for
from quiz.core.review.study_order import burying_keys, study_positions


@dataclass(frozen=True)
class CardRow:
    """One question's stored state: its fsrs card plus the trainer's own fields."""

    card_id: int
    question_id: str
    formulas: tuple[str, ...] = ()
    position: int = 0
    hidden: bool = False
    state: int = 1
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
            state=row["state"],
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
            "state": self.state,
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
    """The card statements of the store; needs `query`, `execute`, `scalar`, `transaction`."""

    def sync_bank(self, bank: Bank) -> None:
        """Register new questions and hide vanished ones; history is always kept.

        Skipped when the bank's questions are the same as at the last sync, so opening a
        large bank stays cheap.
        """
        # map/attrgetter keep the loop in C: this runs on every open of a large bank
        ids = "\x00".join(map(attrgetter("id"), bank.questions))
        formulas = "\x00".join(map("\n".join, map(attrgetter("formula_ids"), bank.questions)))
        listing = f"{ids}\x02{formulas}"
        fingerprint = hashlib.blake2b(listing.encode("utf-8"), digest_size=16).hexdigest()
        if self.scalar("SELECT value FROM meta WHERE key = 'bank_fingerprint'") == fingerprint:
            return
        keys, positions = burying_keys(bank), study_positions(bank)  # study_order.py
        rows = [
            (card_id_for(q.id), q.id, "\n".join(keys[q.id]), positions[q.id])
            for q in bank.questions
        ]
        with self.transaction():
            self.execute("CREATE TEMP TABLE IF NOT EXISTS bank_ids (question_id TEXT PRIMARY KEY)")
            self.execute("DELETE FROM temp.bank_ids")
            self._conn.executemany(
                "INSERT OR IGNORE INTO temp.bank_ids VALUES (?)", [(r[1],) for r in rows]
            )
            self._conn.executemany(
                "INSERT INTO cards (card_id, question_id, formulas, position) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (question_id) DO UPDATE SET formulas = excluded.formulas,"
                " position = excluded.position, hidden = 0",
                rows,
            )
            self.execute(
                "UPDATE cards SET hidden = 1 WHERE hidden = 0"
                " AND question_id NOT IN (SELECT question_id FROM temp.bank_ids)"
            )
            self.execute("DELETE FROM temp.bank_ids")
            self.set_meta("bank_fingerprint", fingerprint)

    def card(self, question_id: str) -> CardRow | None:
        rows = self.query("SELECT * FROM cards WHERE question_id = ?", (question_id,))
        return CardRow.from_sql(rows[0]) if rows else None

    def cards_by_id(self, card_ids: list[int]) -> dict[int, CardRow]:
        found: dict[int, CardRow] = {}
        for start in range(0, len(card_ids), 500):
            chunk = card_ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self.query(f"SELECT * FROM cards WHERE card_id IN ({marks})", chunk):
                found[row["card_id"]] = CardRow.from_sql(row)
        return found

    def put_card(self, card: CardRow) -> None:
        """Write every column of the card (inside a transaction)."""
        values = card.to_sql()
        assignments = ", ".join(f"{c} = :{c}" for c in CARD_COLUMNS if c != "card_id")
        self.execute(f"UPDATE cards SET {assignments} WHERE card_id = :card_id", values)

    def set_card_flags(self, question_id: str, **flags: bool) -> None:
        """Set flagged/suspended/... on one card (KeyError for an unknown question)."""
        with self.transaction():
            current = self.card(question_id)
            if current is None:
                raise KeyError(question_id)
            self.put_card(replace(current, **flags))

    # --- meta ---------------------------------------------------------------------
