"""Fixtures for driving the trainer: a fixed clock, a fresh database, the CLI's factory.

The helpers themselves live in tests/helpers/ (learner.py, clock.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quiz.tui.app import QuizApp, create_app
from tests.helpers.clock import TRAINER_START, FakeClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(TRAINER_START)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "reviews.sqlite3"


@pytest.fixture
def make_app(small_bank_path: Path, db_path: Path, clock: FakeClock):
    """Build the trainer through the CLI's factory, on the small bank and a fresh database."""

    def build(mode: str = "home", bank: Path | None = None) -> QuizApp:
        return create_app(bank or small_bank_path, db_path, mode, now=clock)  # type: ignore[arg-type]

    return build
