"""Shared Rich consoles for the command line (report text is printed without markup)."""

from __future__ import annotations

from functools import cache

from rich.console import Console


@cache
def console() -> Console:
    """The console for normal output."""
    return Console(highlight=False)


@cache
def error_console() -> Console:
    """The console for error messages (stderr)."""
    return Console(stderr=True, highlight=False, soft_wrap=True)
