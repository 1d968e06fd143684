"""Shared fixtures: every test gets its own QUIZ_HOME."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.paths import SMALL_BANK


@pytest.fixture(autouse=True)
def quiz_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point QUIZ_HOME at a fresh directory so no test touches real user data."""
    home = tmp_path / "quiz-home"
    monkeypatch.setenv("QUIZ_HOME", str(home))
    return home


@pytest.fixture
def small_bank_path() -> Path:
    """A small hand-made bank with one question of every type."""
    return SMALL_BANK
