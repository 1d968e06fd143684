"""The value types of the review engine and the learner's study day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from quiz.core.review.scheduling import require_utc


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


@dataclass(frozen=True)
class Day:
    """The learner's current study day, in UTC, and the local clock it came from."""

    now: datetime  # UTC
    start: datetime  # UTC start of the study day
    end: datetime
    local: datetime
    hour: int

    @property
    def date(self) -> date:
        return (self.local - timedelta(hours=self.hour)).date()

    def local_start_of(self, day: date) -> datetime:
        """The UTC start of the study day `day` (same UTC offset as now)."""
        local = datetime(day.year, day.month, day.day, self.hour, tzinfo=self.local.tzinfo)
        return require_utc(local)

    def sql_day(self, column: str) -> str:
        """SQL giving the study-day number (days since 1970-01-01) of a µs column."""
        shift = int(self.local.utcoffset().total_seconds()) - self.hour * 3600
        return f"(({column}) / 1000000 + {shift}) / 86400"


def study_day(local_now: datetime, day_start_hour: int) -> Day:
    """The study day containing `local_now` (a timezone-aware datetime)."""
    now = require_utc(local_now)
    start = local_now.replace(hour=day_start_hour, minute=0, second=0, microsecond=0)
    if local_now < start:
        start -= timedelta(days=1)
    start_utc = require_utc(start)
    return Day(now, start_utc, start_utc + timedelta(days=1), local_now, day_start_hour)
