"""Reading an input file within bounds: regular files only, and no more than a size limit.

A FIFO or a device given as a report would block or never end (`/dev/zero`), and a
huge file would take the machine's memory: both are refused before reading, with a
message naming the file.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from quiz.core.errors import BadInput, InputNotFound

MAX_INPUT_BYTES = 64 * 1024 * 1024  # reports and banks; the largest real report is ~2 MB


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB"


def read_input_bytes(path: Path, *, limit: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; a QuizError naming it otherwise."""
    name = str(path)
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer before we can refuse it.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except FileNotFoundError as exc:
        raise InputNotFound("no such file", path=name) from exc
    except PermissionError as exc:
        raise InputNotFound("permission denied", path=name) from exc
    except IsADirectoryError as exc:
        raise InputNotFound("is a directory, not a file", path=name) from exc
    except OSError as exc:
        raise InputNotFound(f"cannot read: {exc.strerror or exc}", path=name) from exc
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InputNotFound("is a directory, not a file", path=name)
        if not stat.S_ISREG(info.st_mode):
            raise BadInput("not a regular file (a pipe, device or socket)", path=name,
                           hint="save the input to a file first")
        if info.st_size > limit:
            raise BadInput(f"too large ({_megabytes(info.st_size)}; the limit is "
                           f"{_megabytes(limit)})", path=name, hint="split the file")
        with os.fdopen(os.dup(fd), "rb") as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise InputNotFound(f"cannot read: {exc.strerror or exc}", path=name) from exc
    finally:
        os.close(fd)
    if len(data) > limit:  # the file grew while being read
        raise BadInput(f"too large (the limit is {_megabytes(limit)})", path=name,
                       hint="split the file")
    return data


def read_input_text(path: Path, *, limit: int = MAX_INPUT_BYTES) -> str:
    """A UTF-8 text file (BOM allowed) read within bounds; BadInput if it is not UTF-8."""
    data = read_input_bytes(path, limit=limit)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadInput(f"not UTF-8 text (byte {exc.start})", path=str(path),
                       hint="save it as UTF-8") from exc
