"""The review database: opening it safely, migrations, transactions.

SQLite in WAL mode with a busy timeout, so that two processes can study from one file.
Every write happens in `transaction()` (BEGIN IMMEDIATE ... COMMIT): an answer is on disk
before the caller goes on, and a killed process loses nothing already committed. A file
that is not SQLite, not ours, corrupt, or from a newer version is refused with a
`DatabaseError` before anything is written to it.

The store has no public way to run SQL: its statements are named methods, written in
`cards.py` (cards, meta) and `logs.py` (reviews, sessions, exams) on top of the private
runners here.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from quiz import paths
from quiz.core.errors import DatabaseCorrupt, DatabaseError
from quiz.core.review.cards import CardStatements
from quiz.core.review.drafts import DraftStatements
from quiz.core.review.logs import LogStatements
from quiz.core.review.migrations import MIGRATIONS, OUR_TABLES, SCHEMA_VERSION

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000


class Store(CardStatements, LogStatements, DraftStatements):
    """An open review database. Use `Store.open(path)`; close it or use `with`."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path
        self._lock = threading.RLock()
        self._depth = 0
        self._ended = 0  # transactions of this store ended (committed or rolled back)

    # --- opening ------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | None = None) -> Store:
        """Open (creating if needed) the database; raise DatabaseError if unusable."""
        path = Path(path) if path is not None else paths.default_db_path()
        _check_file(path)
        try:
            conn = sqlite3.connect(
                str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None,
                check_same_thread=False,
            )
        except sqlite3.Error as exc:
            raise _db_error(exc, path) from exc
        conn.row_factory = sqlite3.Row
        try:
            _prepare(conn, path)
        except BaseException:
            conn.close()
            raise
        return cls(conn, path)

    def close(self) -> None:
        """Close the connection (idempotent)."""
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- transactions -------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[Store]:
        """BEGIN IMMEDIATE ... COMMIT; nested calls join the outer transaction."""
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield self
                finally:
                    self._depth -= 1
                return
            try:
                self._conn.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise _db_error(exc, self.path) from exc
            self._depth = 1
            try:
                yield self
                self._conn.execute("COMMIT")
            except sqlite3.Error as exc:
                self._rollback()
                raise _db_error(exc, self.path) from exc
            except BaseException:
                self._rollback()
                raise
            finally:
                self._depth = 0
                self._ended += 1

    @property
    def in_transaction(self) -> bool:
        """A `transaction()` is open (what is written may still be rolled back)."""
        return self._depth > 0

    def version(self) -> tuple[int, int]:
        """Changes since an earlier call when it differs: another connection's commits
        (`PRAGMA data_version`) or a transaction of this store. Cheap: no table is read."""
        return self._value("PRAGMA data_version"), self._ended

    def _rollback(self) -> None:
        if self._conn.in_transaction:
            self._conn.execute("ROLLBACK")

    # --- the private runners of the statements in cards.py and logs.py -------------

    def _rows(self, sql: str, params: Any = ()) -> list[sqlite3.Row]:
        """Run a read query, turning SQLite failures into DatabaseError."""
        with self._lock:
            try:
                return self._conn.execute(sql, params).fetchall()
            except sqlite3.Error as exc:
                raise _db_error(exc, self.path) from exc

    def _stream(self, sql: str, params: Any = ()) -> Iterator[sqlite3.Row]:
        """Stream the rows of a read query (for walks that usually stop early)."""
        with self._lock:
            try:
                cursor = self._conn.execute(sql, params)
                while rows := cursor.fetchmany(256):
                    yield from rows
            except sqlite3.Error as exc:
                raise _db_error(exc, self.path) from exc

    def _run(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        """Run one write statement inside the current transaction."""
        return self._write(self._conn.execute, sql, params)

    def _run_many(self, sql: str, rows: Any) -> None:
        """Run one write statement for each of `rows`, inside the current transaction."""
        self._write(self._conn.executemany, sql, rows)

    def _write(self, run: Any, sql: str, params: Any) -> sqlite3.Cursor:
        if not self._depth:
            raise RuntimeError("a write outside a transaction")
        try:
            return run(sql, params)
        except sqlite3.Error as exc:
            raise _db_error(exc, self.path) from exc

    def _value(self, sql: str, params: Any = ()) -> Any:
        rows = self._rows(sql, params)
        return rows[0][0] if rows else None

    def integrity_ok(self) -> bool:
        """`PRAGMA integrity_check` says ok."""
        return self._value("PRAGMA integrity_check") == "ok"


def _check_file(path: Path) -> None:
    """Refuse, before SQLite touches it, a path that cannot be or hold our database."""
    if path.is_dir():
        raise DatabaseError("是目录, 不是数据库文件", path=str(path))
    if path.exists():
        try:
            with path.open("rb") as handle:
                header = handle.read(100)
        except OSError as exc:
            raise DatabaseError(f"无法读取数据库: {exc.strerror}", path=str(path)) from exc
        if header and not header.startswith(SQLITE_MAGIC):
            raise DatabaseError(
                "不是复习记录数据库 (不是 SQLite 文件); 文件没有被改动",
                path=str(path), hint="请用 --db 指定另一个路径",
            )
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(
            f"无法创建数据目录: {exc.strerror or exc}", path=str(path.parent),
            hint="请设置 QUIZ_HOME, 或用 --db 指定可写的位置",
        ) from exc


def _prepare(conn: sqlite3.Connection, path: Path) -> None:
    """Check version and schema (reads only), then switch to WAL and migrate."""
    try:
        # one snapshot: another process creating the database between two reads would show
        # tables without their version, which reads as somebody else's database
        conn.execute("BEGIN")
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.execute("COMMIT")
    except sqlite3.Error as exc:
        raise _db_error(exc, path) from exc
    if version > SCHEMA_VERSION:
        raise DatabaseError(
            f"数据库来自更新版本的 quiz (结构版本 {version}, 本版本只认识 "
            f"{SCHEMA_VERSION}); 文件没有被改动",
            path=str(path), hint="请升级 quiz",
        )
    if version == 0 and tables:
        raise DatabaseError(
            "是 SQLite 文件, 但不是复习记录数据库; 文件没有被改动",
            path=str(path), hint="请用 --db 指定另一个路径",
        )
    if version > 0 and not OUR_TABLES <= tables and version == SCHEMA_VERSION:
        raise DatabaseError("数据库缺少应有的表", path=str(path))
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        mode = _wal_mode(conn)
        # NORMAL in WAL mode: a commit survives the process being killed; only a power
        # cut can lose the last commits, and it never corrupts the file.
        conn.execute("PRAGMA synchronous = NORMAL")
        if str(mode).lower() != "wal":
            raise DatabaseError(
                f"无法把数据库切换到 WAL 模式 (得到 {mode})", path=str(path),
                hint="目录可能是只读的, 或在网络驱动器上",
            )
        if version < SCHEMA_VERSION:
            _migrate(conn)
    except sqlite3.Error as exc:
        raise _db_error(exc, path) from exc


def _wal_mode(conn: sqlite3.Connection) -> str:
    """Switch the file to WAL and say the mode it is in. SQLite does not call the busy
    handler for this switch while another process holds the file (two processes opening
    a new database at once), so a locked file is tried again until the busy timeout."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            return str(conn.execute("PRAGMA journal_mode = WAL").fetchone()[0])
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


def _migrate(conn: sqlite3.Connection) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]  # another process may have won
        for step in range(version, SCHEMA_VERSION):
            for statement in MIGRATIONS[step].split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {step + 1}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _db_error(exc: sqlite3.Error, path: Path) -> DatabaseError:
    """A user-facing message for an SQLite failure."""
    text = str(exc)
    lowered = text.lower()
    if "readonly" in lowered or "read-only" in lowered or "unable to open" in lowered:
        return DatabaseError(
            f"无法写入数据库 ({text})", path=str(path),
            hint="文件或其目录是只读的: 请设置 QUIZ_HOME 或用 --db 指定",
        )
    if "not a database" in lowered or "malformed" in lowered or "corrupt" in lowered:
        return DatabaseCorrupt(
            f"数据库已损坏 ({text}); 文件没有被改动", path=str(path),
            hint="请恢复备份, 或用 --db 指定另一个路径",
        )
    if "locked" in lowered or "busy" in lowered:
        return DatabaseError(
            f"数据库正被占用 ({text})", path=str(path),
            hint="另一个 quiz 进程正在使用它, 请稍后再试",
        )
    return DatabaseError(f"数据库出错: {text}", path=str(path))
