"""User errors reported as one line on stderr and an exit code, never a traceback.

Shared by the click command line (`cli.QuizGroup`) and the direct way into the trainer
(`launch`), which runs without click.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from quiz.core.errors import ExitCode, QuizError


def print_error(error: object) -> None:
    from quiz.ui_text import print_error as print_line  # Rich: only when there is an error

    print_line(error)


@contextmanager
def reported_errors() -> Iterator[None]:
    """Run a command: a QuizError, an interrupt or a failed write ends it with a message
    and the documented exit code (docs/exit-codes.md)."""
    try:
        yield
        sys.stdout.flush()  # a full disk or a closed pipe shows here, not at exit
    except QuizError as exc:
        print_error(exc)
        raise SystemExit(int(exc.exit_code)) from None
    except KeyboardInterrupt:
        print_error("已中断")
        raise SystemExit(int(ExitCode.INTERRUPTED)) from None
    except OSError as exc:
        if exc.filename is not None:  # a file the command did not expect to fail
            print_error(f"{exc.filename}: {exc.strerror or exc}")
            raise SystemExit(int(ExitCode.NOT_FOUND)) from None
        _drop_stdout()
        if not isinstance(exc, BrokenPipeError):  # `quiz ... | head`: not an error
            print_error(f"无法写入标准输出: {exc.strerror or exc}")
            raise SystemExit(int(ExitCode.OUTPUT)) from None
        raise SystemExit(0) from None


def _drop_stdout() -> None:
    """Point stdout at /dev/null so that the flush at exit does not fail a second time."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass  # no real stdout: nothing will flush at exit
    finally:
        os.close(devnull)
