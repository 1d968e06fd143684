"""The first screen: reads the bank and opens the database in a worker thread."""

from __future__ import annotations

from pathlib import Path

from textual import work
from textual.app import ComposeResult
from textual.containers import Center, Middle
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Label, ProgressBar

from quiz.core.clock import Now
from quiz.core.errors import QuizError
from quiz.core.text.controls import visible
from quiz.core.workspace import LOAD_STEPS, Workspace


class LoadingScreen(Screen):
    """Shows progress while the bank loads; posts `Loaded` or `Failed` to the app."""

    class Loaded(Message):
        """The bank was read and the review database opened."""

        def __init__(self, trainer: Workspace) -> None:
            super().__init__()
            self.trainer = trainer

    class Progressed(Message):
        """One loading step started."""

        def __init__(self, index: int, name: str) -> None:
            super().__init__()
            self.index = index
            self.name = name

    class Failed(Message):
        """Loading failed with a user-facing error."""

        def __init__(self, error: BaseException) -> None:
            super().__init__()
            self.error = error

    def __init__(self, bank_path: Path, db_path: Path | None, now: Now | None) -> None:
        super().__init__()
        self.bank_path = bank_path
        self.db_path = db_path
        self.now = now

    def compose(self) -> ComposeResult:
        with Middle(), Center():
            yield Label(f"正在打开题库 {visible(self.bank_path.name)} …", classes="loading-label",
                        markup=False)
            yield ProgressBar(total=len(LOAD_STEPS), show_eta=False, id="loading-progress")
            yield Label("", id="loading-step", markup=False)

    def on_mount(self) -> None:
        self.read()

    @work(thread=True, exclusive=True, exit_on_error=False)
    def read(self) -> None:
        from quiz.core.workspace import load_workspace

        def progressed(index: int, name: str) -> None:
            self.post_message(self.Progressed(index, name))

        try:
            trainer = load_workspace(self.bank_path, self.db_path, self.now, progressed)
        except QuizError as error:
            self.post_message(self.Failed(error))
            return
        except Exception as error:  # noqa: BLE001 - shown on the problem screen, never a hang
            self.post_message(self.Failed(error))
            return
        self.post_message(self.Loaded(trainer))

    def on_loading_screen_progressed(self, message: Progressed) -> None:
        self.query_one(ProgressBar).update(progress=message.index)
        self.query_one("#loading-step", Label).update(f"{message.name} …")
