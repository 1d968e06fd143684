"""Opening the trainer: Textual, the app and the bank's load, without click.

`quiz study` and `quiz exam` open it through their click commands; `quiz.launch` opens it
directly for the plain forms, so a launch does not import click.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from quiz import paths

FRAME_SWITCH_INTERVAL = 0.0005  # s; see open_trainer


def open_trainer(bank: Path | None, db_path: Path | None, mode: str) -> int:
    """Open the TUI on `bank` (the built-in bank when None) in the given mode; the
    app's exit code."""
    # Importing Textual and the trainer creates some 60,000 objects that live as long as
    # the process; the cyclic collector would walk them again and again (30-80 ms before
    # the first card). It is off until the app has started, which then freezes them
    # (QuizApp.on_mount) and turns it on again.
    gc.disable()
    # Textual writes each frame from a thread of its own, which waits for the interpreter
    # while the app goes on with the events after the frame: up to the switch interval
    # (5 ms) for each of its steps. With 0.5 ms a card reaches the terminal about 6 ms
    # sooner (docs/benchmarks.md).
    switch_interval = sys.getswitchinterval()
    sys.setswitchinterval(FRAME_SWITCH_INTERVAL)
    try:
        from quiz.core.workspace_load import WorkspaceLoad

        bank_path = bank or paths.default_bank_path()
        # The bank is read and the database opened while Textual is imported (about 40 ms
        # of a launch that no longer waits after Textual's start).
        load = WorkspaceLoad(bank_path, db_path)
        from quiz.tui.app import create_app

        app = create_app(bank_path, db_path, mode, load=load)  # type: ignore[arg-type]
        app.run()
    finally:
        gc.enable()
        sys.setswitchinterval(switch_interval)
    return app.return_code or 0
