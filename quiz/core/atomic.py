"""Atomic writes: a crash or an error never leaves half a file behind.

`write_text_atomic` writes one file (banks, settings). For exports, several output files
appear together or not at all: each file is first written to a hidden temporary name in
its final directory and renamed into place only when every file of the export has been written; on any error the
temporaries are removed, so a failed export leaves no partial file behind.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from quiz.core.errors import OutputError


class PendingFiles:
    """The temporary files of one export, waiting to be renamed into place."""

    def __init__(self) -> None:
        self._pending: list[tuple[Path, Path]] = []

    def temp_for(self, target: Path) -> Path:
        """A temporary path beside `target`; checks that the directory is writable."""
        target = _final(target)
        directory = target.parent
        if not directory.is_dir():
            raise OutputError("cannot write: the directory does not exist", path=str(target))
        if target.is_dir():
            raise OutputError("cannot write: a directory has that name", path=str(target))
        if not os.access(directory, os.W_OK):
            raise OutputError("cannot write: the directory is not writable", path=str(target))
        suffix = "".join(target.suffixes[-2:]) or ".tmp"
        temp = directory / f".{target.name}.{os.getpid()}.partial{suffix}"
        self._pending.append((temp, target))
        return temp

    def target_of(self, name: object) -> str | None:
        """The final path for a temporary file's name (errors name what the user asked for)."""
        for temp, target in self._pending:
            if str(temp) == str(name):
                return str(target)
        return str(name) if name else None

    def targets(self) -> str | None:
        """The files of this export, for a message that has no file name of its own."""
        return ", ".join(str(target) for _, target in self._pending) or None

    def commit(self) -> list[Path]:
        written = []
        for temp, target in self._pending:
            os.replace(temp, target)
            written.append(target)
        self._pending.clear()
        return written

    def discard(self) -> None:
        for temp, _ in self._pending:
            temp.unlink(missing_ok=True)
        self._pending.clear()


@contextmanager
def pending_files() -> Iterator[PendingFiles]:
    """Collect temporaries; remove them all if the block raises."""
    pending = PendingFiles()
    try:
        yield pending
    except OSError as exc:
        # A full disk or a quota raises without a file name: name what was being written.
        where = pending.target_of(exc.filename) if exc.filename else pending.targets()
        pending.discard()
        raise OutputError(f"cannot write: {exc.strerror or exc}", path=where) from exc
    except BaseException:
        pending.discard()
        raise


def _final(target: Path) -> Path:
    """The file that writing `target` must replace: a symlink's target (the link stays a
    link and its target is updated); a device or pipe is refused."""
    if target.is_symlink():
        target = target.resolve()
    if target.exists() and not target.is_file() and not target.is_dir():
        raise OutputError("cannot write: not a regular file (a device or pipe)",
                          path=str(target), hint="give a file name")
    return target


def write_text_atomic(path: Path, text: str) -> None:
    """Write `text` as UTF-8 beside `path`, then rename it into place; OSError on failure.

    On failure (a full disk) the temporary file is removed.
    """
    path = _final(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    try:
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
