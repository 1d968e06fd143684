"""The domain error hierarchy and the exit codes that scripts can rely on."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from enum import IntEnum

SETTING = "{setting}"  # where a message names the setting(s) it is about


class ExitCode(IntEnum):
    """Process exit codes of the `quiz` command (documented in docs/exit-codes.md)."""

    OK = 0
    PROBLEMS = 1  # a check found problems in a bank or a database
    USAGE = 2  # bad command-line usage (click's own code)
    NOT_FOUND = 3  # a path does not exist or cannot be read
    BAD_INPUT = 4  # a file exists but is not usable: binary, undecodable, empty, malformed
    NOTHING_FOUND = 5  # the input was read but held nothing to work on (no formulas)
    DATABASE = 6  # the review database is corrupt, read-only or from a newer version
    OUTPUT = 7  # an output file could not be written
    INTERRUPTED = 130  # Ctrl-C


class QuizError(Exception):
    """An error caused by the user's input, with a message meant for the user.

    `path` and `line` say where the problem is when known; `hint` says what to do.
    An error about a setting names it where `message` and `hint` say `{setting}`: by its
    core name (`counts`), or, through `spelled_as`, by the caller's (`--count`).
    """

    exit_code: ExitCode = ExitCode.BAD_INPUT

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        line: int | None = None,
        hint: str | None = None,
        settings: tuple[str, ...] = (),
    ) -> None:
        self.settings = settings
        self._templates = (message, hint)
        message, hint = self._spelled(settings)
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.hint = hint

    def _spelled(self, names: tuple[str, ...]) -> tuple[str, str | None]:
        joined = ", ".join(names)
        message, hint = self._templates
        return message.replace(SETTING, joined), hint and hint.replace(SETTING, joined)

    def spelled_as(self, names: Mapping[str, str]) -> QuizError:
        """The same error with its settings named as the caller names them (CLI flags)."""
        if not self.settings:
            return self
        renamed = copy.copy(self)
        renamed.message, renamed.hint = self._spelled(
            tuple(names.get(name, name) for name in self.settings)
        )
        renamed.args = (renamed.message,)
        return renamed

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        text = f"{where}{self.message}"
        if self.hint:
            text += f" ({self.hint})"
        return text


class InputNotFound(QuizError):
    """A path that does not exist or cannot be opened."""

    exit_code = ExitCode.NOT_FOUND


class BadInput(QuizError):
    """A file that exists but cannot be used as it is."""

    exit_code = ExitCode.BAD_INPUT


class NothingFound(QuizError):
    """Input that was read fine but held nothing to work on."""

    exit_code = ExitCode.NOTHING_FOUND


class BankError(QuizError):
    """A question bank that fails validation."""

    exit_code = ExitCode.PROBLEMS


class DatabaseError(QuizError):
    """A review database that cannot be used safely."""

    exit_code = ExitCode.DATABASE


class DatabaseCorrupt(DatabaseError):
    """A review database whose pages are damaged: no retry can help, stop writing to it."""


class OutputError(QuizError):
    """An output file that cannot be written."""

    exit_code = ExitCode.OUTPUT
