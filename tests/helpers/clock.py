"""The one fake clock of the tests: it reads a fixed moment and moves only when told."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

BEIJING = timezone(timedelta(hours=8))
ENGINE_START = datetime(2026, 3, 2, 9, 0, tzinfo=BEIJING)  # review-engine tests: local time
TRAINER_START = datetime(2026, 11, 21, 10, 0, tzinfo=UTC)  # TUI tests and their snapshots


class FakeClock:
    """A `now()` for `Clock`, `StudySession` and `create_app`, set and moved by the test."""

    def __init__(self, start: datetime = ENGINE_START) -> None:
        self.moment = start

    def __call__(self) -> datetime:
        return self.moment

    def advance(self, **delta: float) -> datetime:
        """Move on by `timedelta(**delta)`; returns the new moment."""
        self.moment += timedelta(**delta)
        return self.moment

    def set(self, *fields: int) -> datetime:
        """Jump to `datetime(*fields)` in the zone of the current moment."""
        self.moment = datetime(*fields, tzinfo=self.moment.tzinfo)
        return self.moment
