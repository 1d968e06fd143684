"""Choose another bank: the .yaml files beside the open one and in question_banks/."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from quiz import paths
from quiz.core.text.controls import visible


def find_banks(current: Path) -> list[Path]:
    """Bank files near the open one and the built-in ones, the open one first."""
    folders = {current.resolve().parent, paths.default_bank_path().parent}
    found = {current.resolve()}
    for folder in folders:
        if folder.is_dir():
            found.update(p.resolve() for p in folder.glob("*.yaml"))
    return sorted(found, key=lambda p: (p != current.resolve(), str(p)))


class BankPickerScreen(ModalScreen[Path | None]):
    """A list of bank files; Enter opens one, Esc keeps the current bank."""

    CSS_PATH = "bank_picker.tcss"
    BINDINGS = [Binding("escape", "cancel", "取消", id="bank-picker.cancel")]

    def __init__(self, current: Path) -> None:
        super().__init__()
        self.banks = find_banks(current)

    def compose(self) -> ComposeResult:
        with Vertical(id="bank-picker-box"):
            yield Label("选择题库 (Enter 打开)", classes="title")
            # Text, not a string: a file name is shown as it is, never read as markup
            yield OptionList(*(Option(Text(visible(str(path))), id=str(i))
                               for i, path in enumerate(self.banks)))

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.banks[event.option_index])

    def action_cancel(self) -> None:
        self.dismiss(None)
