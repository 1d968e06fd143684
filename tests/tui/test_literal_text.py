"""Report text is shown literally: markup in a bank is never interpreted."""

from __future__ import annotations

from pathlib import Path

import yaml

from quiz.tui.app import create_app
from tests.helpers.learner import shown, started


async def test_markup_in_bank_text_shows_literally(tmp_path: Path, small_bank_path: Path, db_path: Path) -> None:
    data = yaml.safe_load(small_bank_path.read_text(encoding="utf-8"))
    question = data["questions"][0]
    question["prompt"] = question["prompt"].replace("改革创新", "[bold]改革创新[/bold]")
    question["evidence"] = question["evidence"].replace("改革创新", "[bold]改革创新[/bold]")
    data["bank"]["title"] = "[red]题库[/red]"
    bank = tmp_path / "markup.yaml"
    bank.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    app = create_app(bank, db_path, "study")
    async with app.run_test(size=(120, 32)) as pilot:
        await started(app, pilot)
        prompt = app.screen.query_one(".cloze-prompt")
        assert "[bold]改革创新[/bold]" in shown(prompt)
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert "[bold]改革创新[/bold]" in shown(app.screen.query_one("#study-feedback"))
        await pilot.press("escape")
        await pilot.pause()
        assert "[red]题库[/red]" in shown(app.screen.query_one("#home-bank"))
