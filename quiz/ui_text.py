"""Shared Rich consoles for the command line (report text is printed without markup).

Emoji codes are off: a message such as `bank.yaml:100:` must not print as 💯.
"""

from __future__ import annotations

from functools import cache

from rich.console import Console
from rich.text import Text

from quiz.core.text.controls import visible


@cache
def console() -> Console:
    """The console for normal output."""
    return Console(highlight=False, emoji=False)


@cache
def error_console() -> Console:
    """The console for error messages (stderr)."""
    return Console(stderr=True, highlight=False, soft_wrap=True, emoji=False)


def print_error(error: object) -> None:
    """One line on stderr, `quiz: FILE[:LINE]: message`, control characters made visible."""
    line = " ".join(visible(str(error)).split("\n"))
    error_console().print(Text(f"quiz: {line}"), soft_wrap=True)
