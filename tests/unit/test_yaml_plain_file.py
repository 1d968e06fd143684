"""The one-pass reader fed from a file a piece at a time reads what it reads from text."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml

from quiz.core.bank import check as check_module
from quiz.core.bank.check import check_file, check_text
from quiz.core.text.yamlplain import NotPlain, read_plain, read_plain_file
from tests.helpers.paths import SMALL_BANK

LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
LIMIT = 1 << 24


def _same(document: object, other: object) -> None:
    for name in ("data", "text_keys", "key_lines", "entry_lines"):
        assert getattr(document, name) == getattr(other, name), name


def _large_text() -> str:
    """The small bank's questions repeated under new ids: far over one piece (64 KB),
    with three-byte characters falling across the pieces' edges."""
    text = SMALL_BANK.read_text(encoding="utf-8")
    head, questions = text.split("questions:\n", 1)
    assert not questions.startswith(" ") or "\n" + questions.split("\n")[-1] == "\n"
    copies = "".join(questions.replace('id: "', f'id: "c{n}/') for n in range(200))
    return f"{head}questions:\n{copies}"


@pytest.mark.parametrize("bom", [False, True])
def test_a_file_reads_as_its_text_does(tmp_path: Path, bom: bool) -> None:
    text = _large_text()
    path = tmp_path / "bank.yaml"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    assert path.stat().st_size > 10 * (1 << 16)
    _same(read_plain_file(path, LOADER, limit=LIMIT), read_plain(text, LOADER))


@pytest.mark.parametrize("damage", ["\x1b[31m", "\u202e", "\x85"])
def test_a_control_character_far_into_the_file_gives_up(tmp_path: Path, damage: str) -> None:
    text = _large_text()
    at = text.index("prompt:", len(text) // 2)
    path = tmp_path / "bank.yaml"
    path.write_text(text[:at] + f"note: {damage}\n    " + text[at:], encoding="utf-8")
    with pytest.raises(NotPlain):
        read_plain_file(path, LOADER, limit=LIMIT)


def test_what_the_text_reader_refuses_gives_up(tmp_path: Path) -> None:
    good = SMALL_BANK.read_bytes()
    broken = tmp_path / "broken.yaml"
    broken.write_bytes(good[: len(good) // 2] + b"\xff\xfe" + good[len(good) // 2 :])
    cut = tmp_path / "cut.yaml"  # ends in the middle of a character
    cut.write_bytes(good + "# 题".encode()[:-1])
    for path in (broken, cut, tmp_path / "missing.yaml", tmp_path):
        with pytest.raises(NotPlain):
            read_plain_file(path, LOADER, limit=LIMIT)
    with pytest.raises(NotPlain):
        read_plain_file(SMALL_BANK, LOADER, limit=len(good) - 1)


def test_a_fifo_is_refused_without_waiting(tmp_path: Path) -> None:
    fifo = tmp_path / "bank.yaml"
    os.mkfifo(fifo)
    with pytest.raises(NotPlain):
        read_plain_file(fifo, LOADER, limit=LIMIT)


def test_check_file_reports_what_check_text_reports(tmp_path: Path) -> None:
    text = _large_text()
    at = text.index("prompt:", len(text) // 2)
    cases = {
        "good": text,
        "duplicate": text.replace('id: "c7/', 'id: "c8/'),
        "control": text[:at] + "note: \x1b[31m\n    " + text[at:],
    }
    for name, case in cases.items():
        path = tmp_path / f"{name}.yaml"
        path.write_text(case, encoding="utf-8")
        from_file, from_text = check_file(path), check_text(case, str(path))
        assert from_file.problems == from_text.problems, name
        assert from_file.data == from_text.data, name
        # the copies are identical questions (an invariant); the structure is sound
        structure = check_file(path, invariants=False).problems
        assert structure == check_text(case, str(path), invariants=False).problems, name
        assert bool(structure) == (name != "good"), name


def test_a_file_the_one_pass_reader_gave_up_on_is_composed_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = SMALL_BANK.read_text(encoding="utf-8").replace("  version: 1", "  version: &v 1")
    path = tmp_path / "anchored.yaml"
    path.write_text(text, encoding="utf-8")
    expected = check_text(text, str(path))

    def refuse(*args: object) -> None:
        raise AssertionError("read in one pass twice")

    monkeypatch.setattr(check_module, "read_plain", refuse)
    report = check_file(path)
    assert report.problems == expected.problems and report.data == expected.data
    assert report.data["bank"]["version"] == 1
