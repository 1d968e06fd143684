"""Names from the file system reach the screen with control characters made visible."""

from __future__ import annotations

import shutil
from pathlib import Path

from textual.widgets import OptionList, Static

from quiz.tui.app import create_app
from quiz.tui.screens.bank_picker import BankPickerScreen
from tests.helpers.learner import shown, started

NAME = "b\x1b]0;pwned\x07\x1b[31m[bold]x.yaml"


async def test_a_bank_file_name_with_escapes_is_shown_escaped(
        tmp_path: Path, small_bank_path: Path, db_path: Path) -> None:
    bank = tmp_path / NAME
    shutil.copy(small_bank_path, bank)
    app = create_app(bank, db_path)
    async with app.run_test(size=(120, 32)) as pilot:
        await started(app, pilot)
        home = shown(app.screen.query_one("#home-bank", Static))
        assert "\x1b" not in home and "\x07" not in home
        assert "\\x1b]0;pwned\\x07" in home
        app.push_screen(BankPickerScreen(bank))
        await pilot.pause()
        options = app.screen.query_one(OptionList)
        prompts = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert any("\\x1b[31m[bold]x.yaml" in p for p in prompts), prompts  # no markup either
        assert not any("\x1b" in p for p in prompts)
