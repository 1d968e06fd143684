"""The review database: opening it safely, migrations, and the queries on cards.

SQLite in WAL mode with a busy timeout, so that two processes can study from one file.
Every write happens in `transaction()` (BEGIN IMMEDIATE ... COMMIT): an answer is on disk
before the caller goes on, and a killed process loses nothing already committed. A file
that is not SQLite, not ours, corrupt, or from a newer version is refused with a
`DatabaseError` before anything is written to it.
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from operator import attrgetter
from pathlib import Path
from typing import Any

from quiz import paths
from quiz.core.errors import DatabaseError
from quiz.core.model import Bank
from quiz.core.review.migrations import MIGRATIONS, OUR_TABLES, SCHEMA_VERSION
from quiz.core.review.scheduling import card_id_for

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def to_us(moment: datetime | None) -> int | None:
    """A UTC-aware datetime as integer microseconds since the epoch."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        raise ValueError(f"naive datetime {moment!r}: pass a timezone-aware one")
    delta = moment - _EPOCH
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def from_us(value: int | None) -> datetime | None:
    """The inverse of `to_us` (UTC)."""
    if value is None:
        return None
    seconds, micros = divmod(int(value), 1_000_000)
    return datetime.fromtimestamp(seconds, UTC).replace(microsecond=micros)


@dataclass(frozen=True)
class CardRow:
    """One question's stored state: its fsrs card plus the trainer's own fields."""

    card_id: int
    question_id: str
    formulas: tuple[str, ...] = ()
    position: int = 0
    hidden: bool = False
    state: int = 1
    step: int | None = None
    stability: float | None = None
    difficulty: float | None = None
    due: datetime | None = None
    last_review: datetime | None = None
    introduced: datetime | None = None
    reps: int = 0
    lapses: int = 0
    suspended: bool = False
    flagged: bool = False
    leech: bool = False

    @classmethod
    def from_sql(cls, row: sqlite3.Row) -> CardRow:
        return cls(
            card_id=row["card_id"],
            question_id=row["question_id"],
            formulas=tuple(f for f in row["formulas"].split("\n") if f),
            position=row["position"],
            hidden=bool(row["hidden"]),
            state=row["state"],
            step=row["step"],
            stability=row["stability"],
            difficulty=row["difficulty"],
            due=from_us(row["due"]),
            last_review=from_us(row["last_review"]),
            introduced=from_us(row["introduced"]),
            reps=row["reps"],
            lapses=row["lapses"],
            suspended=bool(row["suspended"]),
            flagged=bool(row["flagged"]),
            leech=bool(row["leech"]),
        )

    def to_sql(self) -> dict[str, Any]:
        return {
            "card_id": self.card_id,
            "question_id": self.question_id,
            "formulas": "\n".join(self.formulas),
            "position": self.position,
            "hidden": int(self.hidden),
            "state": self.state,
            "step": self.step,
            "stability": self.stability,
            "difficulty": self.difficulty,
            "due": to_us(self.due),
            "last_review": to_us(self.last_review),
            "introduced": to_us(self.introduced),
            "reps": self.reps,
            "lapses": self.lapses,
            "suspended": int(self.suspended),
            "flagged": int(self.flagged),
            "leech": int(self.leech),
        }


CARD_COLUMNS = tuple(CardRow.__dataclass_fields__)


class Store:
    """An open review database. Use `Store.open(path)`; close it or use `with`."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self.path = path
        self._lock = threading.RLock()
        self._depth = 0

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

    def _rollback(self) -> None:
        if self._conn.in_transaction:
            self._conn.execute("ROLLBACK")

    def query(self, sql: str, params: Any = ()) -> list[sqlite3.Row]:
        """Run a read query, turning SQLite failures into DatabaseError."""
        with self._lock:
            try:
                return self._conn.execute(sql, params).fetchall()
            except sqlite3.Error as exc:
                raise _db_error(exc, self.path) from exc

    def iterate(self, sql: str, params: Any = ()) -> Iterator[sqlite3.Row]:
        """Stream the rows of a read query (for walks that usually stop early)."""
        with self._lock:
            try:
                cursor = self._conn.execute(sql, params)
                while rows := cursor.fetchmany(256):
                    yield from rows
            except sqlite3.Error as exc:
                raise _db_error(exc, self.path) from exc

    def execute(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        """Run one write statement inside the current transaction."""
        if not self._depth:
            raise RuntimeError("Store.execute outside a transaction")
        try:
            return self._conn.execute(sql, params)
        except sqlite3.Error as exc:
            raise _db_error(exc, self.path) from exc

    def scalar(self, sql: str, params: Any = ()) -> Any:
        rows = self.query(sql, params)
        return rows[0][0] if rows else None

    # --- cards --------------------------------------------------------------------

    def sync_bank(self, bank: Bank) -> None:
        """Register new questions and hide vanished ones; history is always kept.

        Skipped when the bank's questions are the same as at the last sync, so opening a
        large bank stays cheap.
        """
        # map/attrgetter keep the loop in C: this runs on every open of a large bank
        ids = "\x00".join(map(attrgetter("id"), bank.questions))
        formulas = "\x00".join(map("\n".join, map(attrgetter("formula_ids"), bank.questions)))
        listing = f"{ids}\x02{formulas}"
        fingerprint = hashlib.blake2b(listing.encode("utf-8"), digest_size=16).hexdigest()
        if self.scalar("SELECT value FROM meta WHERE key = 'bank_fingerprint'") == fingerprint:
            return
        rows = [
            (card_id_for(q.id), q.id, "\n".join(q.formula_ids), position)
            for position, q in enumerate(bank.questions)
        ]
        with self.transaction():
            self.execute("CREATE TEMP TABLE IF NOT EXISTS bank_ids (question_id TEXT PRIMARY KEY)")
            self.execute("DELETE FROM temp.bank_ids")
            self._conn.executemany(
                "INSERT OR IGNORE INTO temp.bank_ids VALUES (?)", [(r[1],) for r in rows]
            )
            self._conn.executemany(
                "INSERT INTO cards (card_id, question_id, formulas, position) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (question_id) DO UPDATE SET formulas = excluded.formulas,"
                " position = excluded.position, hidden = 0",
                rows,
            )
            self.execute(
                "UPDATE cards SET hidden = 1 WHERE hidden = 0"
                " AND question_id NOT IN (SELECT question_id FROM temp.bank_ids)"
            )
            self.execute("DELETE FROM temp.bank_ids")
            self.set_meta("bank_fingerprint", fingerprint)

    def card(self, question_id: str) -> CardRow | None:
        rows = self.query("SELECT * FROM cards WHERE question_id = ?", (question_id,))
        return CardRow.from_sql(rows[0]) if rows else None

    def cards_by_id(self, card_ids: list[int]) -> dict[int, CardRow]:
        found: dict[int, CardRow] = {}
        for start in range(0, len(card_ids), 500):
            chunk = card_ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self.query(f"SELECT * FROM cards WHERE card_id IN ({marks})", chunk):
                found[row["card_id"]] = CardRow.from_sql(row)
        return found

    def put_card(self, card: CardRow) -> None:
        """Write every column of the card (inside a transaction)."""
        values = card.to_sql()
        assignments = ", ".join(f"{c} = :{c}" for c in CARD_COLUMNS if c != "card_id")
        self.execute(f"UPDATE cards SET {assignments} WHERE card_id = :card_id", values)

    def set_card_flags(self, question_id: str, **flags: bool) -> None:
        """Set flagged/suspended/... on one card (KeyError for an unknown question)."""
        with self.transaction():
            current = self.card(question_id)
            if current is None:
                raise KeyError(question_id)
            self.put_card(replace(current, **flags))

    # --- meta ---------------------------------------------------------------------

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction():
            self.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, value),
            )

    def integrity_ok(self) -> bool:
        """`PRAGMA integrity_check` says ok."""
        return self.scalar("PRAGMA integrity_check") == "ok"


def _check_file(path: Path) -> None:
    """Refuse, before SQLite touches it, a path that cannot be or hold our database."""
    if path.is_dir():
        raise DatabaseError("is a directory, not a database file", path=str(path))
    if path.exists():
        try:
            with path.open("rb") as handle:
                header = handle.read(100)
        except OSError as exc:
            raise DatabaseError(f"cannot read the database: {exc.strerror}", path=str(path)) from exc
        if header and not header.startswith(SQLITE_MAGIC):
            raise DatabaseError(
                "not a review database (not an SQLite file); the file was left untouched",
                path=str(path), hint="pass another --db path",
            )
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise DatabaseError(
            f"cannot create the data directory: {exc.strerror or exc}", path=str(path.parent),
            hint="set QUIZ_HOME or pass --db to a writable place",
        ) from exc


def _prepare(conn: sqlite3.Connection, path: Path) -> None:
    """Check version and schema (reads only), then switch to WAL and migrate."""
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.Error as exc:
        raise _db_error(exc, path) from exc
    if version > SCHEMA_VERSION:
        raise DatabaseError(
            f"the database is from a newer version of quiz (schema {version}, this one "
            f"knows {SCHEMA_VERSION}); it was left untouched",
            path=str(path), hint="upgrade quiz",
        )
    if version == 0 and tables:
        raise DatabaseError(
            "an SQLite file that is not a review database; it was left untouched",
            path=str(path), hint="pass another --db path",
        )
    if version > 0 and not OUR_TABLES <= tables and version == SCHEMA_VERSION:
        raise DatabaseError("the database lacks tables it should have", path=str(path))
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        # NORMAL in WAL mode: a commit survives the process being killed; only a power
        # cut can lose the last commits, and it never corrupts the file.
        conn.execute("PRAGMA synchronous = NORMAL")
        if str(mode).lower() != "wal":
            raise DatabaseError(
                f"cannot switch the database to WAL mode (got {mode})", path=str(path),
                hint="the directory may be read-only or on a network drive",
            )
        if version < SCHEMA_VERSION:
            _migrate(conn)
    except sqlite3.Error as exc:
        raise _db_error(exc, path) from exc


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
            f"cannot write the database ({text})", path=str(path),
            hint="the file or its directory is read-only: set QUIZ_HOME or pass --db",
        )
    if "not a database" in lowered or "malformed" in lowered or "corrupt" in lowered:
        return DatabaseError(
            f"the database is corrupt ({text}); it was left untouched", path=str(path),
            hint="restore a backup or pass another --db path",
        )
    if "locked" in lowered or "busy" in lowered:
        return DatabaseError(
            f"the database is busy ({text})", path=str(path),
            hint="another quiz process holds it; try again",
        )
    return DatabaseError(f"database error: {text}", path=str(path))
