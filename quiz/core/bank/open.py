"""Opening a bank that must pass `quiz check`: one read, one parse, for the CLI and the TUI.

A bank that passed the full check once is remembered by size and modification time (in
the cache directory), so later opens of the unchanged file check only its structure.
"""

from __future__ import annotations

import json
from pathlib import Path

from quiz import paths
from quiz.core.bank.check import InvalidBank, check_text
from quiz.core.bank.io import bank_from_dict, read_bank_text
from quiz.core.model import Bank


def open_checked_bank(path: Path, *, trust_cache: bool = False) -> Bank:
    """The bank at `path`; InvalidBank if it fails `quiz check`.

    With `trust_cache`, an unchanged file that passed before skips the per-type rules.
    """
    text = read_bank_text(path)
    stamp = _stamp(path)
    checked = _checked_banks() if trust_cache else {}
    key = str(path.resolve())
    full = checked.get(key) != stamp
    report = check_text(text, str(path), invariants=full)
    if report.problems:
        raise InvalidBank(report.problems)
    bank = bank_from_dict(report.data, path=str(path))
    if trust_cache and full:
        checked[key] = stamp
        _remember_checked(checked)
    return bank


def _stamp(bank_path: Path) -> str:
    info = bank_path.stat()
    return f"{info.st_size}:{info.st_mtime_ns}"


def _checked_file() -> Path:
    return paths.cache_dir() / "checked-banks.json"


def _checked_banks() -> dict[str, str]:
    try:
        data = json.loads(_checked_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # no cache yet, or a damaged one: check again
    return data if isinstance(data, dict) else {}


def _remember_checked(checked: dict[str, str]) -> None:
    target = _checked_file()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(checked, ensure_ascii=False), encoding="utf-8")
    except OSError:
        pass  # only a cache: the next start checks the bank again
