"""A small question over the current screen: a message and a few keyed answers."""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static


class AskScreen(ModalScreen[str | None]):
    """Dismissed with the value of the answer whose key was pressed; Esc answers None.

    Only the listed keys answer, so a repeated key from the screen below (Enter, Ctrl+S)
    cannot answer by accident.
    """

    CSS_PATH = "ask.tcss"

    def __init__(self, message: str, answers: list[tuple[str, str, str]]) -> None:
        super().__init__()
        self.message = message
        self.answers = answers  # (key, label, value)

    def compose(self) -> ComposeResult:
        with Vertical(classes="ask-box"):
            yield Static(Text(self.message), id="ask-message")
            line = Text()
            for key, label, _value in self.answers:
                line.append(f" {key} ", style="reverse bold")
                line.append(f" {label}  ")
            line.append(" esc ", style="reverse bold")
            line.append(" 取消")
            yield Static(line, id="ask-keys")

    def on_key(self, event: events.Key) -> None:
        event.stop()
        event.prevent_default()
        if event.key == "escape":
            self.dismiss(None)
            return
        for key, _label, value in self.answers:
            if event.key == key:
                self.dismiss(value)
                return
