"""Opening the trainer: `quiz` alone, `quiz study [BANK]` and `quiz exam [BANK]`.

Textual is imported only when a command actually opens the trainer, so registering
these commands keeps `quiz --help` fast.
"""

from __future__ import annotations

import gc
import sys
from pathlib import Path

import click

from quiz import paths

FRAME_SWITCH_INTERVAL = 0.0005  # s; see run_trainer

_DB_OPTION = click.option(
    "--db", "db_path", type=click.Path(path_type=Path), default=None,
    help="复习数据库 (默认: 数据目录中的那个)。",
)
_BANK_ARGUMENT = click.argument(
    "bank", required=False, type=click.Path(path_type=Path)
)


def run_trainer(bank: Path | None, db_path: Path | None, mode: str) -> None:
    """Open the TUI on `bank` (the built-in bank when None) in the given mode."""
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
    if app.return_code:  # a problem screen or Ctrl-C: the documented code (docs/exit-codes.md)
        raise click.exceptions.Exit(app.return_code)


def open_default(ctx: click.Context) -> None:
    """Open the trainer's home screen on the built-in bank."""
    run_trainer(None, None, "home")


@click.command("study")
@_BANK_ARGUMENT
@_DB_OPTION
def study(bank: Path | None, db_path: Path | None) -> None:
    """复习今天到期的题 (BANK: 题库文件; 默认: 内置题库)。"""
    run_trainer(bank, db_path, "study")


@click.command("exam")
@_BANK_ARGUMENT
@_DB_OPTION
def exam(bank: Path | None, db_path: Path | None) -> None:
    """参加限时模拟考试 (BANK: 题库文件; 默认: 内置题库)。"""
    run_trainer(bank, db_path, "exam")
