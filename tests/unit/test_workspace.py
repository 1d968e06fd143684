"""The workspace: its idea of today follows the learner's study day."""

from __future__ import annotations

import time
from datetime import date, datetime
from pathlib import Path

import pytest

from quiz.core.review.settings import Settings
from quiz.core.workspace import open_workspace
from tests.helpers.banks import one_per_formula
from tests.helpers.clock import BEIJING, FakeClock


def test_today_is_the_study_day_not_the_calendar_date(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TZ", "Asia/Shanghai")  # the machine's zone is the learner's
    time.tzset()
    # 02:00 on 3 March, with a day that starts at 04:00: still the study day of 2 March
    settings = Settings(day_start_hour=4)
    clock = FakeClock(datetime(2026, 3, 3, 2, 0, tzinfo=BEIJING))
    workspace = open_workspace(
        one_per_formula(2), settings, tmp_path / "bank.yaml", tmp_path / "db.sqlite3",
        clock,
    )
    try:
        assert workspace.clock.local_date() == date(2026, 3, 3)  # the calendar date
        assert workspace.today() == date(2026, 3, 2)
        assert workspace.today() == workspace.session.day().date
    finally:
        workspace.close()
        monkeypatch.undo()
        time.tzset()
