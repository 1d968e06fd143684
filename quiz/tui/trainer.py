"""What every screen works on: the open bank, the settings, the store and the session.

Loading is split in two: `read_bank` (slow, pure reading; run in a worker thread) and
`open_trainer` (opens the review database, which must be used from the thread that
opened it). A bank that fails to load never reaches the database, so it stays untouched.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from quiz.core.bank import Bank
from quiz.core.errors import NothingFound

if TYPE_CHECKING:
    from quiz.core.settings import Settings
    from quiz.core.store import Store
    from quiz.core.study import StudySession

Clock = Callable[[], dt.datetime]


def read_bank(bank_path: Path) -> tuple[Bank, Settings]:
    """Load settings and the bank, and check that the bank has something to study."""
    from quiz.core.bank_io import load_bank
    from quiz.core.settings import load_settings

    settings = load_settings()
    bank = load_bank(bank_path)
    _validate(bank, bank_path)
    if not bank.questions:
        raise NothingFound(
            "the bank holds no questions",
            path=str(bank_path),
            hint="regenerate it with `quiz generate`, or open another bank",
        )
    return bank, settings


def _validate(bank: Bank, bank_path: Path) -> None:
    """Refuse a bank that fails `quiz check`, before the database is opened."""
    from quiz.core.bank_check import InvalidBank, check_file

    report = check_file(bank_path)
    if report.problems:
        raise InvalidBank(report.problems)


@dataclass
class Trainer:
    """The open bank and the learner's review state."""

    bank: Bank
    bank_path: Path
    db_path: Path | None
    settings: Settings
    store: Store
    session: StudySession
    now: Clock | None = None

    def today(self) -> dt.date:
        """Today's local date (for countdowns and the heatmap)."""
        moment = self.now() if self.now else dt.datetime.now(dt.UTC)
        return moment.astimezone().date()

    def reopen_session(self) -> None:
        """Start a new session after the settings changed (limits, retention)."""
        from quiz.core.study import StudySession

        self.session = StudySession(self.store, self.bank, self.settings, now=self.now)

    def close(self) -> None:
        self.store.close()


def open_trainer(
    bank: Bank, settings: Settings, bank_path: Path, db_path: Path | None, now: Clock | None
) -> Trainer:
    """Open the review database and a study session on the bank."""
    from quiz.core.store import Store
    from quiz.core.study import StudySession

    store = Store.open(db_path)
    try:
        session = StudySession(store, bank, settings, now=now)
    except BaseException:
        store.close()
        raise
    return Trainer(bank, bank_path, db_path, settings, store, session, now)
