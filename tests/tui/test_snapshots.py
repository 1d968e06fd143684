"""Snapshots of the main screens at 80x24 and 160x48 (update with --snapshot-update)."""

from __future__ import annotations

from pathlib import Path

import pytest

from quiz.tui.app import create_app
from tests.helpers.clock import TRAINER_START, FakeClock
from tests.helpers.learner import answer_keys

ROOT = Path(__file__).resolve().parents[2]
BANK = Path("tests/fixtures/small_bank.yaml")  # relative, so the path shown is the same everywhere


@pytest.fixture
def app_for(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(ROOT)
    return lambda mode="home": create_app(BANK, tmp_path / "db.sqlite3", mode, now=FakeClock(TRAINER_START))


async def settle(pilot) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


def test_home_80x24(snap_compare, app_for) -> None:
    assert snap_compare(app_for(), terminal_size=(80, 24), run_before=settle)


def test_study_cloze_80x24(snap_compare, app_for) -> None:
    assert snap_compare(app_for("study"), terminal_size=(80, 24), run_before=settle)


def test_study_wrong_answer_feedback_80x24(snap_compare, app_for) -> None:
    async def answer_wrongly(pilot) -> None:
        await settle(pilot)
        await pilot.press(*"民富区弱", "enter")
        await pilot.pause()

    assert snap_compare(app_for("study"), terminal_size=(80, 24), run_before=answer_wrongly)


def test_exam_matching_160x48(snap_compare, app_for) -> None:
    async def to_matching(pilot) -> None:
        await settle(pilot)
        await pilot.press("ctrl+s")
        await pilot.pause()
        exam = pilot.app.screen
        while exam.questions[exam.index].type != "matching":
            await pilot.press(*answer_keys(exam.questions[exam.index]))
            await pilot.pause()
        await pilot.press("1", "c", "2")
        exam.tick()  # the half-second tick keeps the joins: counted as answered
        await pilot.pause()

    assert snap_compare(app_for("exam"), terminal_size=(160, 48), run_before=to_matching)


def test_stats_160x48(snap_compare, app_for) -> None:
    async def to_stats(pilot) -> None:
        await settle(pilot)
        await pilot.press("t")
        await pilot.pause()

    assert snap_compare(app_for(), terminal_size=(160, 48), run_before=to_stats)
