"""Opening a bank for the trainer: read it and open its review database in a worker thread.

The worker posts to the app `BankOpened` or `BankFailed`, and `StepStarted` for each step
of `load_workspace`, which the loading screen shows when opening takes a while. The core
is imported in the worker, not before the app's first frame; or the worker waits for a
load `quiz study` started before it imported Textual (core/workspace_load.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from textual.app import App
from textual.message import Message
from textual.worker import Worker

from quiz.core.clock import Now

if TYPE_CHECKING:
    from quiz.core.workspace import Workspace
    from quiz.core.workspace_load import WorkspaceLoad


class BankOpened(Message):
    """The bank was read and the review database opened."""

    def __init__(self, trainer: Workspace) -> None:
        super().__init__()
        self.trainer = trainer


class BankFailed(Message):
    """Opening the bank failed (a user-facing error, or any other)."""

    def __init__(self, error: BaseException) -> None:
        super().__init__()
        self.error = error


class StepStarted(Message):
    """One step of opening the bank started (an index into `LOAD_STEPS`)."""

    def __init__(self, index: int, name: str) -> None:
        super().__init__()
        self.index = index
        self.name = name


def open_in_worker(app: App, bank_path: Path, db_path: Path | None, now: Now | None,
                   load: WorkspaceLoad | None = None) -> Worker[None]:
    """Open the bank in a thread, or wait there for `load`; the outcome is posted to `app`,
    never raised."""

    def read() -> None:
        from quiz.core.workspace import load_workspace

        def started(index: int, name: str) -> None:
            app.post_message(StepStarted(index, name))

        try:
            if load is not None:
                trainer = load.result(started)
            else:
                trainer = load_workspace(bank_path, db_path, now, started)
        except Exception as error:  # noqa: BLE001 - shown on the problem screen, never a hang
            app.post_message(BankFailed(error))
            return
        app.post_message(BankOpened(trainer))

    return app.run_worker(read, name="open bank", group="open-bank", thread=True, exclusive=True,
                          exit_on_error=False)
