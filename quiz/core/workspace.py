"""The open bank, the settings, the review store and the session: what the TUI and CLI work on.

`load_workspace` does the slow part of start-up (run in a worker thread): settings, the
bank, its check, then the review database. A bank that fails to load never reaches the
database, so it stays untouched.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from quiz.core.clock import Clock, Now
from quiz.core.errors import NothingFound
from quiz.core.model import Bank

if TYPE_CHECKING:
    from quiz.core.review.db import Store
    from quiz.core.review.exam_store import ExamStore
    from quiz.core.review.session import StudySession
    from quiz.core.review.settings import Settings



LOAD_STEPS = ("读取设置", "读取题库", "检查题库", "打开复习记录")


def load_workspace(
    bank_path: Path,
    db_path: Path | None,
    now: Now | None = None,
    progress: Callable[[int, str], None] | None = None,
) -> Workspace:
    """Settings, bank, check, database: each step reported to `progress` (index, name).

    The database is opened last, so a bank that fails to load leaves it untouched.
    """
    from quiz.core.review.settings import load_settings

    def step(index: int) -> None:
        if progress is not None:
            progress(index, LOAD_STEPS[index])

    step(0)
    settings = load_settings()
    step(1)
    from quiz.core.bank.open import open_checked_bank

    step(2)
    bank = open_checked_bank(bank_path, trust_cache=True)
    if not bank.questions:
        raise NothingFound(
            "the bank holds no questions",
            path=str(bank_path),
            hint="regenerate it with `quiz generate`, or open another bank",
        )
    step(3)
    return open_workspace(bank, settings, bank_path, db_path, now)


@dataclass
class Workspace:
    """The open bank and the learner's review state."""

    bank: Bank
    bank_path: Path
    db_path: Path | None
    settings: Settings
    store: Store
    session: StudySession
    now: Now | None = None

    @property
    def clock(self) -> Clock:
        """The clock every screen asks the time (the injected `now`, or the system's)."""
        return Clock(self.now)

    @property
    def exams(self) -> ExamStore:
        """The mock exam in progress and the last set-up, kept in the review database."""
        from quiz.core.review.exam_store import ExamStore

        if getattr(self, "_exams", None) is None:
            self._exams = ExamStore(self.store)
        return self._exams

    def today(self) -> dt.date:
        """The learner's study day (for countdowns and the heatmap), as stats count days.

        Before `Settings.day_start_hour` the study day is still yesterday's.
        """
        return self.clock.study_day(self.settings.day_start_hour).date

    def reopen_session(self) -> None:
        """Start a new session after the settings changed (limits, retention)."""
        from quiz.core.review.session import StudySession

        self.session = StudySession(self.store, self.bank, self.settings, now=self.now)

    def close(self) -> None:
        self.store.close()


def open_workspace(
    bank: Bank, settings: Settings, bank_path: Path, db_path: Path | None, now: Now | None
) -> Workspace:
    """Open the review database and a study session on the bank."""
    from quiz.core.review.db import Store
    from quiz.core.review.session import StudySession

    store = Store.open(db_path)
    try:
        session = StudySession(store, bank, settings, now=now)
    except BaseException:
        store.close()
        raise
    return Workspace(bank, bank_path, db_path, settings, store, session, now)
