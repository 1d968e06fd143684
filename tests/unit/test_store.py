"""Opening the review database: creation, WAL, migrations, and refusing bad files."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from quiz import paths
from quiz.core.errors import DatabaseError, ExitCode
from quiz.core.review import db as store_module
from quiz.core.review import migrations
from quiz.core.review.db import Store
from tests.helpers.banks import make_bank
from tests.helpers.db import sql_rows, sql_value


def test_open_creates_a_wal_database_in_the_data_dir(quiz_home: Path) -> None:
    with Store.open() as store:
        assert store.path == paths.default_db_path()
        assert store.path.parent == quiz_home
        assert sql_value(store, "PRAGMA journal_mode") == "wal"
        assert sql_value(store, "PRAGMA user_version") == migrations.SCHEMA_VERSION
        assert sql_value(store, "PRAGMA busy_timeout") > 0
        assert store.integrity_ok()
    with Store.open() as again:  # reopening an existing database migrates nothing
        assert sql_value(again, "PRAGMA user_version") == migrations.SCHEMA_VERSION


def test_an_empty_file_becomes_a_database(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite3"
    path.write_bytes(b"")
    with Store.open(path) as store:
        assert sql_value(store, "PRAGMA user_version") == migrations.SCHEMA_VERSION


def _refused(path: Path) -> DatabaseError:
    before = path.read_bytes()
    with pytest.raises(DatabaseError) as caught:
        Store.open(path)
    assert path.read_bytes() == before, "the file must never be changed"
    assert not Path(str(path) + "-wal").exists()
    assert caught.value.exit_code == ExitCode.DATABASE
    assert str(path) in str(caught.value)
    return caught.value


def test_non_sqlite_file_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("这不是数据库 — just some text\n" * 20, encoding="utf-8")
    assert "不是 SQLite 文件" in str(_refused(path))


def test_corrupt_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "broken.sqlite3"
    with Store.open(path) as store:
        store.sync_bank(make_bank({"F": 3}))
    data = bytearray(path.read_bytes())
    for offset in range(100, len(data)):  # keep the header, scramble every page
        data[offset] = (offset * 131 + 7) % 256
    path.write_bytes(bytes(data))
    assert "已损坏" in str(_refused(path))


def test_newer_schema_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    with Store.open(path):
        pass
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {migrations.SCHEMA_VERSION + 1}")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    message = str(_refused(path))
    assert "更新版本" in message and "请升级 quiz" in message


def test_foreign_sqlite_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    assert "不是复习记录数据库" in str(_refused(path))


def test_directory_or_impossible_parent(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="directory"):
        Store.open(tmp_path)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DatabaseError, match="无法创建数据目录"):
        Store.open(blocker / "sub" / "reviews.sqlite3")


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores directory permissions")
def test_read_only_directory(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        with pytest.raises(DatabaseError, match="只读"):
            Store.open(locked / "reviews.sqlite3")
    finally:
        locked.chmod(0o755)


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux /proc")
def test_directory_nobody_can_write_even_root() -> None:
    target = Path("/proc/quiz-reviews.sqlite3")  # /proc takes no new files, even from root
    with pytest.raises(DatabaseError, match="只读") as caught:
        Store.open(target)
    assert str(target) in str(caught.value)
    assert not target.exists()


def test_sqlite_failures_become_clear_messages(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite3"
    error = store_module._db_error(sqlite3.OperationalError("attempt to write a readonly database"), path)
    assert "只读" in str(error) and str(path) in str(error)
    error = store_module._db_error(sqlite3.DatabaseError("database disk image is malformed"), path)
    assert "已损坏" in str(error)


def test_migrations_bring_an_older_database_forward(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.sqlite3"
    with Store.open(path) as store:
        store.sync_bank(make_bank({"F": 2}))
    later = [*migrations.MIGRATIONS, "ALTER TABLE cards ADD COLUMN note TEXT NOT NULL DEFAULT ''"]
    monkeypatch.setattr(store_module, "MIGRATIONS", later)
    monkeypatch.setattr(store_module, "SCHEMA_VERSION", len(later))
    with Store.open(path) as store:
        assert sql_value(store, "PRAGMA user_version") == len(later)
        rows = sql_rows(store, "SELECT question_id, note FROM cards ORDER BY position")
        assert [(r[0], r[1]) for r in rows] == [("F/q0", ""), ("F/q1", "")]


def test_sync_bank_hides_vanished_questions_and_keeps_them(tmp_path: Path) -> None:
    with Store.open(tmp_path / "r.sqlite3") as store:
        store.sync_bank(make_bank({"A": 2, "B": 1}))
        first = store.card("A/q1")
        assert first is not None and not first.hidden
        store.sync_bank(make_bank({"A": 1, "B": 1}))  # A/q1 vanished
        hidden = store.card("A/q1")
        assert hidden is not None and hidden.hidden and hidden.card_id == first.card_id
        store.sync_bank(make_bank({"A": 2, "B": 1}))  # and came back under the same id
        back = store.card("A/q1")
        assert back is not None and not back.hidden
        assert sql_value(store, "SELECT count(*) FROM cards") == 3


def test_sync_bank_follows_changed_formulas_and_order(tmp_path: Path) -> None:
    bank = make_bank({"A": 2})
    with Store.open(tmp_path / "r.sqlite3") as store:
        store.sync_bank(bank)
        first, second = bank.questions
        moved = replace(first, formula_ids=("A", "B"))
        store.sync_bank(replace(bank, questions=(second, moved)))
        card = store.card(first.id)
        assert card is not None and card.formulas[:2] == ("A", "B") and card.position == 1
        assert store.card(second.id).position == 0
