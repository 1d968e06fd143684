"""Opening a bank that must pass `quiz check`: one read, one parse, for the CLI and the TUI.

The trainer opens its bank through the cache (cache.py): a bank that passed the full check
is kept as JSON keyed by its path, size and modification time, so the next open of the
unchanged file reads that instead of parsing and checking the YAML again.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from quiz.core.bank import cache
from quiz.core.bank.io import bank_from_dict, read_bank_text
from quiz.core.errors import BadInput
from quiz.core.model import Bank


def open_checked_bank(path: Path, *, trust_cache: bool = False) -> Bank:
    """The bank at `path`; InvalidBank if it fails `quiz check`.

    With `trust_cache`, an unchanged file that passed before is read from the cache, and
    the bank carries its `file_stamp` (unchanged stamp, unchanged questions).
    """
    stamp = cache.bank_stamp(path)  # before the read: an edit during it makes the key stale
    if trust_cache and stamp is not None:
        data = cache.cached_data(stamp)
        if data is not None:
            try:
                return replace(bank_from_dict(data, path=str(path)), file_stamp=stamp)
            except BadInput:
                pass  # an entry that no longer reads as a bank: parse the YAML instead
    from quiz.core.bank.check import InvalidBank, check_file  # only when the cache misses

    report = check_file(path, read_text=read_bank_text)
    if report.problems:
        raise InvalidBank(report.problems)
    bank = bank_from_dict(report.data, path=str(path))
    if not trust_cache or stamp is None:
        return bank
    cache.remember(stamp, report.data, exact=report.json_exact)
    return replace(bank, file_stamp=stamp)
