"""What the day's study queue keeps of a card: enough to order it, bury it and count it."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from quiz.core.clock import to_us
from quiz.core.review.cards import CardRow
from quiz.core.review.scheduling import State


@dataclass(frozen=True, slots=True)
class QueueCard:
    """What the queue keeps of a card: enough to order it, bury it and count it."""

    card_id: int
    question_id: str
    formulas: frozenset[str]
    due: int | None  # µs since the epoch
    reps: int
    state: State
    position: int

    @classmethod
    def from_sql(cls, row: sqlite3.Row) -> QueueCard:
        return cls(row["card_id"], row["question_id"],
                   frozenset(f for f in row["formulas"].split("\n") if f),
                   row["due"], row["reps"], State(row["state"]), row["position"])

    @classmethod
    def from_card(cls, card: CardRow) -> QueueCard:
        return cls(card.card_id, card.question_id, frozenset(card.formulas), to_us(card.due),
                   card.reps, card.state, card.position)
