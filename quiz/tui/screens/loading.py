"""The first screen: reads the bank and opens the database in a worker thread."""

from __future__ import annotations

from pathlib import Path

from textual import work
from textual.app import ComposeResult
from textual.containers import Center, Middle
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Label, LoadingIndicator

from quiz.core.errors import QuizError
from quiz.tui.trainer import Clock, Trainer


class LoadingScreen(Screen):
    """Shows progress while the bank loads; posts `Loaded` or `Failed` to the app."""

    class Loaded(Message):
        """The bank was read and the review database opened."""

        def __init__(self, trainer: Trainer) -> None:
            super().__init__()
            self.trainer = trainer

    class Failed(Message):
        """Loading failed with a user-facing error."""

        def __init__(self, error: QuizError) -> None:
            super().__init__()
            self.error = error

    def __init__(self, bank_path: Path, db_path: Path | None, now: Clock | None) -> None:
        super().__init__()
        self.bank_path = bank_path
        self.db_path = db_path
        self.now = now

    def compose(self) -> ComposeResult:
        with Middle(), Center():
            yield Label(f"正在读取题库 {self.bank_path.name} …", classes="loading-label", markup=False)
            yield LoadingIndicator()

    def on_mount(self) -> None:
        self.read()

    @work(thread=True, exclusive=True, exit_on_error=False)
    def read(self) -> None:
        from quiz.tui.trainer import open_trainer, read_bank

        try:
            bank, settings = read_bank(self.bank_path)
            # The store allows use from the UI thread once opened here.
            trainer = open_trainer(bank, settings, self.bank_path, self.db_path, self.now)
        except QuizError as error:
            self.post_message(self.Failed(error))
            return
        self.post_message(self.Loaded(trainer))
