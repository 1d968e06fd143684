"""The value types of the review engine and the learner's study day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from quiz.core.model import Question
from quiz.core.review.scheduling import Rating


@dataclass(frozen=True)
class Answer:
    """One answer given in a study session."""

    question: Question
    rating: Rating
    text: str
    elapsed: float  # seconds
    correct: bool | None  # None: self-graded, right when rated above Again

    def __post_init__(self) -> None:
        object.__setattr__(self, "rating", Rating(self.rating))  # ValueError unless 1..4

    @property
    def right(self) -> bool:
        return self.correct if self.correct is not None else self.rating is not Rating.Again


@dataclass(frozen=True)
class QueueCounts:
    due: int
    new: int
    learning: int
    reviewed_today: int


@dataclass(frozen=True)
class CardInfo:
    question_id: str
    state: str  # new, learning, review or relearning
    due: datetime | None
    stability: float | None
    reps: int
    lapses: int  # failed answers (Again)
    suspended: bool
    flagged: bool
    leech: bool


@dataclass(frozen=True)
class WrongEntry:
    question_id: str
    wrong_answers: tuple[str, ...]  # newest first, each once
    lapses: int
    leech: bool
    last_wrong: datetime


@dataclass(frozen=True)
class ExamResult:
    bank_title: str
    started: datetime
    finished: datetime
    score: float
    total: float
    answers: tuple[tuple[str, str, bool], ...]  # (question_id, answer text, correct)


@dataclass(frozen=True)
class Stats:
    due_today: int
    due_next_7: int  # due on the 7 study days after today
    reviews_today: int
    streak: int  # consecutive study days with reviews, up to today (or yesterday)
    retention_30d: float | None  # share of reviews of review-state cards passed, last 30 days
    leeches: int
    heatmap: dict[date, int]  # reviews per local study day, last 365 days
    forecast: dict[date, int]  # due per study day, next 30 days (overdue counts as today)
