"""Raw SQL reads for tests that look inside the review database.

The store has no public way to run SQL (its statements are named methods), so a test
that checks what was written reads the file itself, or, for per-connection settings such
as the busy timeout, the store's own connection.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from quiz.core.review.db import Store


def sql_rows(where: Store | Path, sql: str, params: Any = ()) -> list[tuple]:
    """The rows of one read, as tuples."""
    if isinstance(where, Store):
        return [tuple(row) for row in where._conn.execute(sql, params)]  # noqa: SLF001
    conn = sqlite3.connect(where)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def sql_value(where: Store | Path, sql: str, params: Any = ()) -> Any:
    """The first column of the first row of one read (None when there is no row)."""
    rows = sql_rows(where, sql, params)
    return rows[0][0] if rows else None
