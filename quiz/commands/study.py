"""Opening the trainer: `quiz` alone, `quiz study [BANK]` and `quiz exam [BANK]`.

Textual is imported only when a command actually opens the trainer, so registering
these commands keeps `quiz --help` fast. The plain forms (`quiz`, `quiz study [BANK]`,
`quiz exam [BANK]`) reach `trainer.open_trainer` without click (`quiz.launch`).
"""

from __future__ import annotations

from pathlib import Path

import click

from quiz.trainer import open_trainer

_DB_OPTION = click.option(
    "--db", "db_path", type=click.Path(path_type=Path), default=None,
    help="复习数据库 (默认: 数据目录中的那个)。",
)
_BANK_ARGUMENT = click.argument(
    "bank", required=False, type=click.Path(path_type=Path)
)


def run_trainer(bank: Path | None, db_path: Path | None, mode: str) -> None:
    """Open the TUI on `bank` (the built-in bank when None) in the given mode."""
    code = open_trainer(bank, db_path, mode)
    if code:  # a problem screen or Ctrl-C: the documented code (docs/exit-codes.md)
        raise click.exceptions.Exit(code)


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
