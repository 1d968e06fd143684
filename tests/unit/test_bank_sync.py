"""The cards follow the bank file: an unchanged file costs one read, any edit is synced."""

from __future__ import annotations

import os
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from quiz.core.bank.open import open_checked_bank
from quiz.core.review import cards as cards_module
from quiz.core.review.db import Store
from quiz.core.review.scheduling import Rating
from quiz.core.review.session import StudySession
from quiz.core.review.settings import Settings
from tests.helpers.banks import make_bank
from tests.helpers.db import sql_value
from tests.helpers.paths import SMALL_BANK

ITEM = "000_6af6b510167a07b9/五张名片/cloze/item-0"
TRUE_FALSE = "004_54d0cbe4cf41eb1c/三重压力/true_false/swap-1"


@pytest.fixture
def bank_file(tmp_path: Path, quiz_home: Path) -> Path:
    path = tmp_path / "bank.yaml"
    shutil.copyfile(SMALL_BANK, path)
    return path


def _edit(path: Path, old: str, new: str) -> None:
    """Rewrite the file with `old` replaced, its mtime moved on (coarse clocks)."""
    info = path.stat()
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns + 2_000_000_000))


def _statements(store: Store) -> list[str]:
    """Every statement the store's connection runs from now on."""
    seen: list[str] = []
    store._conn.set_trace_callback(seen.append)  # noqa: SLF001
    return seen


def _without_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the question ids were hashed")

    monkeypatch.setattr(cards_module.hashlib, "blake2b", refuse)


def _visible(store: Store) -> set[str]:
    return {row[0] for row in store._conn.execute(  # noqa: SLF001
        "SELECT question_id FROM cards WHERE hidden = 0")}


def test_an_unchanged_file_is_one_read_and_no_hashing(
    bank_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(tmp_path / "r.sqlite3") as store:
        store.sync_bank(open_checked_bank(bank_file, trust_cache=True))
        again = open_checked_bank(bank_file, trust_cache=True)
        _without_hashing(monkeypatch)
        seen = _statements(store)
        store.sync_bank(again)
        assert seen == ["SELECT value FROM meta WHERE key = 'bank_stamp'"]


def test_equal_stamps_are_trusted_without_comparing_questions(
    bank_file: Path, tmp_path: Path
) -> None:
    bank = open_checked_bank(bank_file, trust_cache=True)
    with Store.open(tmp_path / "r.sqlite3") as store:
        store.sync_bank(bank)
        store.sync_bank(replace(bank, questions=bank.questions[1:]))  # same stamp
        assert ITEM in _visible(store)


def test_an_edited_file_is_synced(bank_file: Path, tmp_path: Path) -> None:
    with Store.open(tmp_path / "r.sqlite3") as store:
        store.sync_bank(open_checked_bank(bank_file, trust_cache=True))
        assert TRUE_FALSE in _visible(store)
        text = bank_file.read_text(encoding="utf-8")
        start = text.index(f'  - id: "{TRUE_FALSE}"')
        end = text.index("  - id:", start + 1)
        _edit(bank_file, text[start:end], "")
        edited = open_checked_bank(bank_file, trust_cache=True)
        assert TRUE_FALSE not in {q.id for q in edited.questions}
        store.sync_bank(edited)
        assert TRUE_FALSE not in _visible(store)
        assert store.card(TRUE_FALSE).hidden


def test_a_same_size_edit_with_a_new_mtime_is_synced(bank_file: Path, tmp_path: Path) -> None:
    renamed = ITEM.replace("item-0", "item-7")
    with Store.open(tmp_path / "r.sqlite3") as store:
        store.sync_bank(open_checked_bank(bank_file, trust_cache=True))
        size = bank_file.stat().st_size
        _edit(bank_file, ITEM, renamed)
        assert bank_file.stat().st_size == size
        store.sync_bank(open_checked_bank(bank_file, trust_cache=True))
        visible = _visible(store)
        assert renamed in visible and ITEM not in visible


def test_history_is_kept_across_edits(bank_file: Path, tmp_path: Path) -> None:
    with Store.open(tmp_path / "r.sqlite3") as store:
        bank = open_checked_bank(bank_file, trust_cache=True)
        session = StudySession(store, bank, Settings(), fuzz=False)
        question = next(q for q in bank.questions if q.id == ITEM)
        session.record(question, Rating.Good, "答案")
        before = store.card(ITEM)
        _edit(bank_file, ITEM, ITEM.replace("item-0", "item-7"))  # the question vanishes
        store.sync_bank(open_checked_bank(bank_file, trust_cache=True))
        assert store.card(ITEM).hidden
        _edit(bank_file, ITEM.replace("item-0", "item-7"), ITEM)  # and comes back
        store.sync_bank(open_checked_bank(bank_file, trust_cache=True))
        after = store.card(ITEM)
        assert not after.hidden
        assert (after.card_id, after.reps, after.due) == (before.card_id, 1, before.due)
        assert sql_value(store, "SELECT count(*) FROM reviews") == 1


def test_a_bank_built_in_memory_is_compared_by_its_questions(
    bank_file: Path, tmp_path: Path
) -> None:
    with Store.open(tmp_path / "r.sqlite3") as store:
        from_file = open_checked_bank(bank_file, trust_cache=True)
        store.sync_bank(from_file)
        in_memory = make_bank({"A": 2})
        assert in_memory.file_stamp is None
        store.sync_bank(in_memory)
        assert _visible(store) == {"A/q0", "A/q1"}
        assert sql_value(store, "SELECT count(*) FROM meta WHERE key = 'bank_stamp'") == 0
        # the file is unchanged, but the cards follow another bank now: synced again
        store.sync_bank(open_checked_bank(bank_file, trust_cache=True))
        assert _visible(store) == {q.id for q in from_file.questions}
        store.sync_bank(replace(in_memory, questions=in_memory.questions[:1]))
        assert _visible(store) == {"A/q0"}


def test_touching_the_file_rehashes_once_and_syncs_nothing(
    bank_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(tmp_path / "r.sqlite3") as store:
        store.sync_bank(open_checked_bank(bank_file, trust_cache=True))
        _edit(bank_file, "小题库", "小题库")  # the same text, a new mtime
        seen = _statements(store)
        store.sync_bank(open_checked_bank(bank_file, trust_cache=True))
        assert not any("cards" in statement for statement in seen)
        _without_hashing(monkeypatch)
        store.sync_bank(open_checked_bank(bank_file, trust_cache=True))
