"""Opening the trainer: `quiz` with no arguments."""

from __future__ import annotations

import click

from quiz.ui_text import console


def open_default(ctx: click.Context) -> None:
    """Open the trainer on the built-in bank (until the TUI exists: show help)."""
    console().print(ctx.get_help(), markup=False)
