"""A checked bank's data kept as JSON in the cache dir, so an unchanged bank is not parsed again.

The YAML file stays the source of truth. An entry is used only when the file's resolved
path, size and modification time, the quiz version and the entry format all match what
the entry was written for; a stale, damaged or foreign entry is ignored, and rewritten
(atomically) once the YAML has been parsed and checked again. JSON, never pickle: a cache
file is data, so a planted one cannot run code.

An entry is two lines: the key (small, read first, so a stale entry costs one short read)
and the bank's data.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Iterator
from itertools import chain
from pathlib import Path
from typing import Any

from quiz import __version__, paths
from quiz.core.atomic import write_text_atomic

FORMAT = 1  # raise when the entry's layout or what a "checked" bank means changes
KEPT = 8  # banks whose entries are kept
_PIECE = 1 << 20  # characters encoded at a time: a 100 MB entry is never copied whole
_ENTRIES = 500  # list entries encoded at a time (_pieces)
_encode = json.JSONEncoder(ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode


def bank_stamp(path: Path) -> str | None:
    """The file's identity as the cache keys it (path, size, mtime, version); None if unreadable.

    Taken before the file is read: an edit during the read then leaves a stale key, never
    new content under an old key.
    """
    try:
        resolved = path.resolve()
        info = resolved.stat()
    except OSError:
        return None
    return json.dumps([FORMAT, __version__, str(resolved), info.st_size, info.st_mtime_ns],
                      ensure_ascii=False)


def _entry_file(stamp: str) -> Path:
    resolved = json.loads(stamp)[2]
    name = hashlib.sha256(resolved.encode("utf-8")).hexdigest()[:24]
    return paths.cache_dir() / "banks" / f"{name}.json"


def cached_data(stamp: str) -> Any | None:
    """The bank data cached under `stamp`, or None (no entry, a stale or damaged one)."""
    path = _entry_file(stamp)
    try:
        # Read as bytes, decoded at once: a text-mode read of a large entry (newlines
        # looked for in every piece) took longer than parsing its JSON.
        with path.open("rb") as entry:
            if entry.readline().rstrip(b"\n") != stamp.encode("utf-8"):
                return None
            data = json.loads(entry.read().decode("utf-8"))
        os.utime(path)  # used now: the last to be forgotten (_forget_oldest)
    except (OSError, ValueError):  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        return None
    return data if isinstance(data, dict) and "questions" in data else None


def remember(stamp: str, data: Any, *, exact: bool = False) -> None:
    """Cache the data of a bank that passed the check; skipped if JSON cannot hold it exactly.

    YAML can hold what JSON cannot (dates, numbers as keys, NaN): such a bank is simply
    parsed on every open rather than cached with a changed meaning. Values JSON cannot
    hold make the encoder fail; keys that are not text it turns into text silently, so
    unless the reader found text keys only (`exact`), the entry is read back and compared.
    """
    if exact and isinstance(data, dict):
        pieces: Iterable[str] = _pieces(data)
    else:
        try:
            text = _encode(data)
        except (TypeError, ValueError):
            return
        if json.loads(text) != data:
            return
        pieces = (text[start : start + _PIECE] for start in range(0, len(text), _PIECE))
    try:
        write_text_atomic(_entry_file(stamp), chain((stamp, "\n"), pieces))
        _forget_oldest(_entry_file(stamp).parent)
    except (TypeError, ValueError):
        return  # a value JSON cannot hold (the partial entry is removed)
    except OSError:
        pass  # only a cache: the next open parses the YAML again


def _pieces(data: dict[str, Any]) -> Iterator[str]:
    """`data` as the JSON text `_encode` gives, a few hundred list entries at a time.

    The text of a large bank is as large as its data again: encoded whole, it would
    raise the peak memory of the first open by that much.
    """
    yield "{"
    for index, (key, value) in enumerate(data.items()):
        yield ("," if index else "") + _encode(key) + ":"
        if isinstance(value, list) and len(value) > _ENTRIES:
            yield "["
            for start in range(0, len(value), _ENTRIES):
                yield ("," if start else "") + _encode(value[start : start + _ENTRIES])[1:-1]
            yield "]"
        else:
            yield _encode(value)
    yield "}"


def _forget_oldest(directory: Path) -> None:
    """Keep the entries of the KEPT banks opened last: each is as large as its bank."""
    entries = sorted(directory.glob("*.json"), key=lambda p: p.stat().st_mtime_ns, reverse=True)
    for stale in entries[KEPT:]:
        stale.unlink(missing_ok=True)
