"""The one clock: the current time, the learner's study day, and UTC at the boundaries.

Time is injectable: `Clock(now)` takes any function returning an aware datetime, so tests
pin the moment; without one it reads the system clock in the local zone. Datetimes are
stored as UTC microseconds (`to_us`), and naive datetimes are refused (`require_utc`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

Now = Callable[[], datetime]
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class Clock:
    """Where every part of the program asks the time."""

    def __init__(self, now: Now | None = None) -> None:
        self._now = now

    def now(self) -> datetime:
        """The current moment, timezone-aware (local zone unless the source says otherwise)."""
        return self._now() if self._now is not None else datetime.now().astimezone()

    def utc(self) -> datetime:
        """The current moment in UTC."""
        return self.now().astimezone(UTC)

    def local_date(self) -> date:
        """Today's local calendar date."""
        return self.now().astimezone().date()

    def study_day(self, day_start_hour: int) -> Day:
        """The learner's current study day."""
        return study_day(self.now(), day_start_hour)


def require_utc(moment: datetime) -> datetime:
    """The same instant in UTC; naive datetimes are rejected (their zone is unknown)."""
    if moment.tzinfo is None or moment.tzinfo.utcoffset(moment) is None:
        raise ValueError(f"naive datetime {moment!r}: pass a timezone-aware one")
    return moment.astimezone(UTC)


def to_us(moment: datetime | None) -> int | None:
    """A UTC-aware datetime as integer microseconds since the epoch."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        raise ValueError(f"naive datetime {moment!r}: pass a timezone-aware one")
    delta = moment - _EPOCH
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def from_us(value: int | None) -> datetime | None:
    """The inverse of `to_us` (UTC)."""
    if value is None:
        return None
    seconds, micros = divmod(int(value), 1_000_000)
    return datetime.fromtimestamp(seconds, UTC).replace(microsecond=micros)



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

    @property
    def shift_seconds(self) -> int:
        """Seconds to add to a UTC time so that whole days count study days (local zone)."""
        return int(self.local.utcoffset().total_seconds()) - self.hour * 3600


def study_day(local_now: datetime, day_start_hour: int) -> Day:
    """The study day containing `local_now` (a timezone-aware datetime)."""
    now = require_utc(local_now)
    start = local_now.replace(hour=day_start_hour, minute=0, second=0, microsecond=0)
    if local_now < start:
        start -= timedelta(days=1)
    start_utc = require_utc(start)
    return Day(now, start_utc, start_utc + timedelta(days=1), local_now, day_start_hour)
