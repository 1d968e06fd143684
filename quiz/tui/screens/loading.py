"""The bank's name and the steps of opening it, while the app opens a bank (opening.py).

At start-up it is shown only when opening takes a while (the first open of a bank, which
checks it): a bank read from its cache is open in a few tens of milliseconds, and a
screen of progress drawn for that long would only delay the first card.
"""

from __future__ import annotations

from pathlib import Path

from textual.app import ComposeResult
from textual.containers import Center, Middle
from textual.screen import Screen
from textual.widgets import Label, ProgressBar

from quiz.core.text.controls import visible
from quiz.core.workspace import LOAD_STEPS


class LoadingScreen(Screen):
    """Shows which step of opening the bank is under way."""

    CSS_PATH = "loading.tcss"

    def __init__(self, bank_path: Path, step: tuple[int, str] | None = None) -> None:
        super().__init__()
        self.bank_path = bank_path
        self._step = step  # the step under way, shown once the screen is composed

    def compose(self) -> ComposeResult:
        with Middle(), Center():
            yield Label(f"正在打开题库 {visible(self.bank_path.name)} …", classes="loading-label",
                        markup=False)
            yield ProgressBar(total=len(LOAD_STEPS), show_eta=False, id="loading-progress")
            yield Label("", id="loading-step", markup=False)

    def on_mount(self) -> None:
        if self._step is not None:
            self.show_step(*self._step)

    def show_step(self, index: int, name: str) -> None:
        """Show the step under way (kept until the screen is composed, if it is not yet)."""
        self._step = (index, name)
        bars = self.query(ProgressBar)
        if bars:
            bars.first().update(progress=index)
            self.query_one("#loading-step", Label).update(f"{name} …")
