"""The bank cache: an unchanged bank is read from JSON, anything else from its YAML."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from quiz.core.bank import cache
from quiz.core.bank import check as bank_check
from quiz.core.bank.check import InvalidBank
from quiz.core.bank.open import open_checked_bank
from tests.helpers.paths import SMALL_BANK


@pytest.fixture
def bank_file(tmp_path: Path) -> Path:
    path = tmp_path / "bank.yaml"
    shutil.copyfile(SMALL_BANK, path)
    return path


def _entries(home: Path) -> list[Path]:
    return sorted((home / "cache" / "banks").glob("*.json"))


def _no_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the YAML was parsed again")

    monkeypatch.setattr(bank_check, "check_file", refuse)


def _touch_later(path: Path) -> None:
    info = path.stat()
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns + 2_000_000_000))


def test_an_unchanged_bank_is_read_from_the_cache(
    bank_file: Path, quiz_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = open_checked_bank(bank_file, trust_cache=True)
    assert len(_entries(quiz_home)) == 1
    _no_parse(monkeypatch)
    again = open_checked_bank(bank_file, trust_cache=True)
    assert again == first
    assert again.path == str(bank_file)
    assert again.file_stamp == first.file_stamp is not None


def test_an_edited_bank_is_parsed_again_and_the_entry_replaced(
    bank_file: Path, quiz_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = open_checked_bank(bank_file, trust_cache=True)
    text = bank_file.read_text(encoding="utf-8")
    bank_file.write_text(text.replace("小题库(测试用)", "改过的题库"), encoding="utf-8")
    _touch_later(bank_file)
    edited = open_checked_bank(bank_file, trust_cache=True)
    assert (first.title, edited.title) == ("小题库(测试用)", "改过的题库")
    assert edited.file_stamp != first.file_stamp
    assert len(_entries(quiz_home)) == 1  # one entry per bank file, rewritten
    _no_parse(monkeypatch)
    assert open_checked_bank(bank_file, trust_cache=True).title == "改过的题库"


def test_same_size_edit_with_a_new_mtime_is_seen(bank_file: Path) -> None:
    open_checked_bank(bank_file, trust_cache=True)
    text = bank_file.read_text(encoding="utf-8")
    bank_file.write_text(text.replace("小题库", "大题库"), encoding="utf-8")  # same length
    _touch_later(bank_file)
    assert open_checked_bank(bank_file, trust_cache=True).title == "大题库(测试用)"


@pytest.mark.parametrize("damage", [b"", b"not json\n{", b"\xff\xfe\n\x00", b"[1]\n[2]"])
def test_a_corrupt_entry_is_ignored_and_rewritten(
    bank_file: Path, quiz_home: Path, monkeypatch: pytest.MonkeyPatch, damage: bytes
) -> None:
    first = open_checked_bank(bank_file, trust_cache=True)
    (entry,) = _entries(quiz_home)
    entry.write_bytes(damage)
    assert open_checked_bank(bank_file, trust_cache=True) == first
    _no_parse(monkeypatch)
    assert open_checked_bank(bank_file, trust_cache=True) == first


def test_a_right_key_over_data_that_is_not_a_bank_is_ignored(
    bank_file: Path, quiz_home: Path
) -> None:
    first = open_checked_bank(bank_file, trust_cache=True)
    (entry,) = _entries(quiz_home)
    key = entry.read_text(encoding="utf-8").splitlines()[0]
    entry.write_text(key + '\n{"questions": [{"id": 1}]}', encoding="utf-8")
    assert open_checked_bank(bank_file, trust_cache=True) == first


def test_another_cache_format_is_not_read(
    bank_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_checked_bank(bank_file, trust_cache=True)
    monkeypatch.setattr(cache, "FORMAT", cache.FORMAT + 1)
    calls = []
    real = bank_check.check_file
    monkeypatch.setattr(bank_check, "check_file", lambda *a, **k: calls.append(1) or real(*a, **k))
    open_checked_bank(bank_file, trust_cache=True)
    assert calls == [1]


def test_opening_leaves_the_bank_file_as_it_was(bank_file: Path) -> None:
    before = (bank_file.read_bytes(), bank_file.stat().st_mtime_ns)
    for _ in range(3):
        open_checked_bank(bank_file, trust_cache=True)
    assert (bank_file.read_bytes(), bank_file.stat().st_mtime_ns) == before


def test_a_bank_that_fails_the_check_is_not_cached(bank_file: Path, quiz_home: Path) -> None:
    text = bank_file.read_text(encoding="utf-8")
    bank_file.write_text(text.replace("    items: [科创, 智造, 文化, 品质]", "    items: 7"),
                         encoding="utf-8")
    for _ in range(2):
        with pytest.raises(InvalidBank):
            open_checked_bank(bank_file, trust_cache=True)
    assert _entries(quiz_home) == []


def test_data_json_cannot_hold_is_not_cached(bank_file: Path, quiz_home: Path) -> None:
    text = bank_file.read_text(encoding="utf-8")
    bank_file.write_text(text.replace("  version: 1", "  version: 1\n  made: 2024-05-01"),
                         encoding="utf-8")
    bank = open_checked_bank(bank_file, trust_cache=True)
    assert str(bank.meta["made"]) == "2024-05-01"
    assert _entries(quiz_home) == []
    assert open_checked_bank(bank_file, trust_cache=True) == bank


def test_without_trust_the_bank_is_always_checked(
    bank_file: Path, quiz_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_checked_bank(bank_file, trust_cache=True)
    _no_parse(monkeypatch)
    with pytest.raises(AssertionError):
        open_checked_bank(bank_file)


def test_number_keys_are_not_cached_as_text(bank_file: Path, quiz_home: Path) -> None:
    text = bank_file.read_text(encoding="utf-8")
    bank_file.write_text(text.replace("  version: 1", "  version: 1\n  editions: {2024: 一版}"),
                         encoding="utf-8")
    bank = open_checked_bank(bank_file, trust_cache=True)
    assert bank.meta["editions"] == {2024: "一版"}
    assert _entries(quiz_home) == []
    assert open_checked_bank(bank_file, trust_cache=True).meta["editions"] == {2024: "一版"}


def test_only_the_banks_opened_last_keep_an_entry(tmp_path: Path, quiz_home: Path) -> None:
    banks = []
    for index in range(cache.KEPT + 3):
        path = tmp_path / f"bank{index}.yaml"
        shutil.copyfile(SMALL_BANK, path)
        banks.append(path)
        open_checked_bank(path, trust_cache=True)
        entry = max(_entries(quiz_home), key=lambda p: p.stat().st_mtime_ns)
        os.utime(entry, ns=(index * 10**9, index * 10**9))  # in the order they were written
    assert len(_entries(quiz_home)) == cache.KEPT
    assert cache.cached_data(cache.bank_stamp(banks[-1])) is not None
    assert cache.cached_data(cache.bank_stamp(banks[0])) is None


def test_a_bank_read_from_the_cache_counts_as_opened(tmp_path: Path, quiz_home: Path) -> None:
    paths = [tmp_path / f"bank{index}.yaml" for index in range(cache.KEPT + 1)]
    for index, path in enumerate(paths[:-1]):
        shutil.copyfile(SMALL_BANK, path)
        open_checked_bank(path, trust_cache=True)
        entry = max(_entries(quiz_home), key=lambda p: p.stat().st_mtime_ns)
        os.utime(entry, ns=(index * 10**9, index * 10**9))
    open_checked_bank(paths[0], trust_cache=True)  # the oldest entry, read again
    shutil.copyfile(SMALL_BANK, paths[-1])
    open_checked_bank(paths[-1], trust_cache=True)  # a new entry: one must go
    assert cache.cached_data(cache.bank_stamp(paths[0])) is not None
    assert cache.cached_data(cache.bank_stamp(paths[1])) is None


def test_a_large_entry_is_written_as_one_encoding_would_write_it(quiz_home: Path) -> None:
    questions = [{"id": f"q{i}", "answers": ["甲", "乙\n"], "n": i / 7} for i in range(1203)]
    data = {"bank": {"title": "大"}, "formulas": [], "questions": questions, "generated": {}}
    stamp = '[1, "v", "/banks/large.yaml", 1, 1]'
    cache.remember(stamp, data, exact=True)
    entry = _entries(quiz_home)[0].read_text(encoding="utf-8")
    assert entry == stamp + "\n" + json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    assert cache.cached_data(stamp) == data


def test_a_value_json_cannot_hold_leaves_no_entry_when_written_in_pieces(
    quiz_home: Path,
) -> None:
    questions = [{"id": f"q{i}", "n": 1.0} for i in range(1203)]
    questions[1100]["n"] = float("nan")  # met after the first pieces were written
    cache.remember('[1, "v", "/banks/nan.yaml", 1, 1]', {"questions": questions}, exact=True)
    assert not list((quiz_home / "cache" / "banks").glob("*"))


def test_a_cached_open_loads_no_yaml_checks_or_question_rules(bank_file: Path, quiz_home: Path) -> None:
    import subprocess
    import sys

    open_checked_bank(bank_file, trust_cache=True)  # fills the cache
    code = ("import sys\nfrom pathlib import Path\n"
            "from quiz.core.bank.open import open_checked_bank\n"
            f"open_checked_bank(Path({str(bank_file)!r}), trust_cache=True)\n"
            "print(' '.join(sorted(m for m in sys.modules if m.startswith(('yaml', 'quiz.')))))")
    root = Path(__file__).parents[2]
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                          cwd=root, env={**os.environ, "PYTHONPATH": str(root)})
    loaded = set(done.stdout.split())
    assert "quiz.core.bank.open" in loaded
    assert not loaded & {"yaml", "quiz.core.bank.check", "quiz.core.questions"}, loaded
