"""Home: counts, and switching to another bank."""

from __future__ import annotations

import shutil
from pathlib import Path

from quiz.tui.app import create_app
from quiz.tui.screens.bank_picker import BankPickerScreen
from quiz.tui.screens.home import HomeScreen
from tests.helpers.clock import TRAINER_START, FakeClock
from tests.helpers.learner import shown, started


async def test_home_shows_counts_and_switches_bank(tmp_path: Path, small_bank_path: Path) -> None:
    first = tmp_path / "a.yaml"
    second = tmp_path / "b.yaml"
    shutil.copy(small_bank_path, first)
    second.write_text(
        small_bank_path.read_text(encoding="utf-8").replace("小题库(测试用)", "另一个题库"),
        encoding="utf-8",
    )
    app = create_app(first, tmp_path / "db.sqlite3", now=FakeClock(TRAINER_START))
    async with app.run_test(size=(100, 40)) as pilot:
        await started(app, pilot)
        assert isinstance(app.screen, HomeScreen)
        counts = shown(app.screen.query_one("#home-counts"))
        assert "新题" in counts and "到期" in counts
        await pilot.press("k")
        await pilot.pause()
        picker = app.screen
        assert isinstance(picker, BankPickerScreen)
        assert picker.banks[0] == first.resolve() and second.resolve() in picker.banks
        # The picker sorts banks by path; go down to wherever the second bank is listed.
        steps = picker.banks.index(second.resolve()) - picker.banks.index(first.resolve())
        await pilot.press(*(["down"] * steps), "enter")
        await started(app, pilot)
        assert isinstance(app.screen, HomeScreen)
        assert app.trainer.bank.title == "另一个题库"
        assert "另一个题库" in shown(app.screen.query_one("#home-bank"))
