"""What every screen works on: the open bank, the settings, the store and the session.

`load_trainer` does the slow part of start-up (run in a worker thread): settings, the
bank, its check, then the review database. A bank that fails to load never reaches the
database, so it stays untouched.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from quiz.core.errors import NothingFound, QuizError
from quiz.core.model import Bank

if TYPE_CHECKING:
    from quiz.core.review.db import Store
    from quiz.core.review.session import StudySession
    from quiz.core.review.settings import Settings

Clock = Callable[[], dt.datetime]


LOAD_STEPS = ("读取设置", "读取题库", "检查题库", "打开复习记录")


def load_trainer(
    bank_path: Path,
    db_path: Path | None,
    now: Clock | None = None,
    progress: Callable[[int, str], None] | None = None,
) -> Trainer:
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
    bank = _load(bank_path)
    step(2)
    _validate(bank_path)
    if not bank.questions:
        raise NothingFound(
            "the bank holds no questions",
            path=str(bank_path),
            hint="regenerate it with `quiz generate`, or open another bank",
        )
    step(3)
    return open_trainer(bank, settings, bank_path, db_path, now)


def _load(bank_path: Path) -> Bank:
    """The bank, parsed with libyaml when present (several times faster at start-up).

    Any problem falls back to `load_bank`, which reports it with file and line.
    """
    import yaml

    from quiz.core.bank.io import bank_from_dict, load_bank

    loader = getattr(yaml, "CSafeLoader", None)
    if loader is not None:
        try:
            data = yaml.load(bank_path.read_text(encoding="utf-8-sig"), Loader=loader)  # noqa: S506 (a safe loader)
            return bank_from_dict(data, path=str(bank_path))
        except (OSError, UnicodeDecodeError, yaml.YAMLError, QuizError):
            pass
    return load_bank(bank_path)


def _validate(bank_path: Path) -> None:
    """Refuse a bank that fails `quiz check`, before the database is opened.

    A bank that passed once is remembered by size and modification time, so the
    full check (which keeps line numbers and is slow) runs only when the file changes.
    """
    from quiz.core.bank.check import InvalidBank, check_file

    stamp = _stamp(bank_path)
    checked = _checked_banks()
    if checked.get(str(bank_path.resolve())) == stamp:
        return
    report = check_file(bank_path)
    if report.problems:
        raise InvalidBank(report.problems)
    checked[str(bank_path.resolve())] = stamp
    _remember_checked(checked)


def _stamp(bank_path: Path) -> str:
    info = bank_path.stat()
    return f"{info.st_size}:{info.st_mtime_ns}"


def _checked_file() -> Path:
    from quiz import paths

    return paths.cache_dir() / "checked-banks.json"


def _checked_banks() -> dict[str, str]:
    try:
        data = json.loads(_checked_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # no cache yet, or a damaged one: check again
    return data if isinstance(data, dict) else {}


def _remember_checked(checked: dict[str, str]) -> None:
    target = _checked_file()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(checked, ensure_ascii=False), encoding="utf-8")
    except OSError:
        pass  # only a cache: the next start checks the bank again


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
        from quiz.core.review.session import StudySession

        self.session = StudySession(self.store, self.bank, self.settings, now=self.now)

    def close(self) -> None:
        self.store.close()


def open_trainer(
    bank: Bank, settings: Settings, bank_path: Path, db_path: Path | None, now: Clock | None
) -> Trainer:
    """Open the review database and a study session on the bank."""
    from quiz.core.review.db import Store
    from quiz.core.review.session import StudySession

    store = Store.open(db_path)
    try:
        session = StudySession(store, bank, settings, now=now)
    except BaseException:
        store.close()
        raise
    return Trainer(bank, bank_path, db_path, settings, store, session, now)
