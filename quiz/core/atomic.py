"""Atomic writes: a crash or an error never leaves half a file behind.

`write_text_atomic` writes one file (banks, settings). For exports, several output files
appear together or not at all: each file is first written to a hidden temporary name in
its final directory and renamed into place only when every file of the export has been
written; on any error the temporaries are removed, so a failed export leaves no partial
file behind.

A file that must never be seen without the others (a paper without its answer key) is
marked `last`: any old file of that name is removed first, then the others are renamed
into place, then it; so a process killed between two renames leaves at most a key
without its paper, never a paper without its key (or with an older key).

A process killed outright (SIGKILL) cannot clean up, so the next export into the same
directory does: before the renames, a journal lists them; a journal left by a dead
process is completed (every listed file is renamed into place), and the temporaries of
dead processes are removed.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from quiz.core.errors import OutputError


class PendingFiles:
    """The temporary files of one export, waiting to be renamed into place."""

    def __init__(self) -> None:
        self._pending: list[tuple[Path, Path]] = []
        self._last: set[Path] = set()  # targets renamed after all the others

    def temp_for(self, target: Path, *, last: bool = False) -> Path:
        """A temporary path beside `target`; checks that the directory is writable.

        `last`: `target` appears only after every other file (see the module's notes).
        """
        target = _final(target)
        directory = target.parent
        if not directory.is_dir():
            raise OutputError("无法写入: 目录不存在", path=str(target))
        if target.is_dir():
            raise OutputError("无法写入: 已有同名目录", path=str(target))
        if not os.access(directory, os.W_OK):
            raise OutputError("无法写入: 目录不可写", path=str(target))
        recover(directory)
        suffix = "".join(target.suffixes[-2:]) or ".tmp"
        temp = directory / f".{target.name}.{os.getpid()}.partial{suffix}"
        self._pending.append((temp, target))
        if last:
            self._last.add(target)
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
        """Rename every file into place (the `last` ones after the others); return them in
        the order they were asked for."""
        order = sorted(self._pending, key=lambda pair: pair[1] in self._last)
        journal = None
        if len(order) > 1:  # several files: a kill between renames is recoverable
            journal = order[0][1].parent / f".quiz-export.{os.getpid()}.journal"
            journal.write_text(json.dumps([[str(t), str(f)] for t, f in order]),
                               encoding="utf-8")
            for _, target in order:
                if target in self._last:  # an old paper must not meet the new key
                    target.unlink(missing_ok=True)
        for temp, target in order:
            os.replace(temp, target)
        if journal is not None:
            journal.unlink(missing_ok=True)
        written = [target for _, target in self._pending]
        self._pending.clear()
        self._last.clear()
        return written

    def discard(self) -> None:
        for temp, _ in self._pending:
            temp.unlink(missing_ok=True)
        self._pending.clear()
        self._last.clear()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return True


def _pid_of(name: str, marker: str) -> int | None:
    """The process id in `.NAME.PID.partial...` or `.quiz-export.PID.journal`."""
    before = name.split(marker, 1)[0]
    digits = before.rsplit(".", 1)[-1]
    return int(digits) if digits.isdigit() else None


def recover(directory: Path) -> None:
    """Finish the exports of killed processes in `directory` and remove their temporaries."""
    try:
        names = os.listdir(directory)
    except OSError:
        return
    for name in names:
        pid = _pid_of(name, ".journal")
        if name.startswith(".quiz-export.") and pid is not None and not _alive(pid):
            journal = directory / name
            try:
                pairs = json.loads(journal.read_text(encoding="utf-8"))
                for temp, target in pairs:
                    if Path(temp).exists():
                        os.replace(temp, target)
                journal.unlink()
            except (OSError, ValueError, TypeError):
                pass  # left for the next export; the temporaries stay with it
    for name in os.listdir(directory):
        pid = _pid_of(name, ".partial")
        if name.startswith(".") and ".partial" in name and pid is not None and not _alive(pid):
            if not any(n.startswith(".quiz-export.") for n in os.listdir(directory)):
                (directory / name).unlink(missing_ok=True)


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
        raise OutputError(f"无法写入: {exc.strerror or exc}", path=where) from exc
    except BaseException:
        pending.discard()
        raise


def _final(target: Path) -> Path:
    """The file that writing `target` must replace: a symlink's target (the link stays a
    link and its target is updated); a device or pipe is refused."""
    if target.is_symlink():
        target = target.resolve()
    if target.exists() and not target.is_file() and not target.is_dir():
        raise OutputError("无法写入: 不是普通文件 (是设备或管道)",
                          path=str(target), hint="请给出文件名")
    return target


def write_text_atomic(path: Path, text: str | Iterable[str]) -> None:
    """Write `text` (or its parts, in order) as UTF-8 beside `path`, then rename it into
    place; OSError on failure.

    On failure (a full disk) the temporary file is removed. Parts let a large text be
    encoded a piece at a time instead of all at once.
    """
    path = _final(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    try:
        with tmp.open("w", encoding="utf-8") as handle:
            handle.writelines((text,) if isinstance(text, str) else text)
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
