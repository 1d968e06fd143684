"""Every SQL statement on the exam in progress (`exam_draft`) and on `meta` values, as
named `Store` methods; `exam_store.ExamStore` builds on them.

The table is created with IF NOT EXISTS on first use, so an older database gains it
without a migration.
"""

from __future__ import annotations

import sqlite3
from typing import Any


class DraftStatements:
    """Store methods for the exam draft and meta values (mixed into `db.Store`)."""

    _run: Any
    _rows: Any
    _value: Any

    def ensure_exam_draft(self) -> None:
        self._run("CREATE TABLE IF NOT EXISTS exam_draft ("
                  " position INTEGER PRIMARY KEY, answer TEXT NOT NULL)")

    def meta_value(self, key: str) -> str | None:
        return self._value("SELECT value FROM meta WHERE key = ?", (key,))

    def put_meta_value(self, key: str, value: str) -> None:
        """Set a meta value inside the caller's transaction."""
        self._run("INSERT INTO meta (key, value) VALUES (?, ?)"
                  " ON CONFLICT (key) DO UPDATE SET value = excluded.value", (key, value))

    def delete_meta_value(self, key: str) -> None:
        self._run("DELETE FROM meta WHERE key = ?", (key,))

    def put_exam_answer(self, position: int, answer: str) -> None:
        self._run("INSERT INTO exam_draft (position, answer) VALUES (?, ?)"
                  " ON CONFLICT (position) DO UPDATE SET answer = excluded.answer",
                  (position, answer))

    def exam_answers_kept(self) -> list[sqlite3.Row]:
        return self._rows("SELECT position, answer FROM exam_draft")

    def clear_exam_draft(self) -> None:
        self._run("DELETE FROM exam_draft")
