"""The review database schema, one migration per `PRAGMA user_version` step.

A migration is never edited once released: a later release appends a new one, so that
any older database is brought forward step by step. Times are integer microseconds since
the Unix epoch, UTC; cards are keyed by their fsrs card id (a 63-bit hash of the
question id, see scheduling.card_id_for).
"""

from __future__ import annotations

MIGRATIONS: list[str] = [
    # 0 -> 1: the first schema
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
    CREATE TABLE cards (
        card_id     INTEGER PRIMARY KEY,
        question_id TEXT NOT NULL UNIQUE,
        formulas    TEXT NOT NULL DEFAULT '',
        position    INTEGER NOT NULL DEFAULT 0,
        hidden      INTEGER NOT NULL DEFAULT 0,
        state       INTEGER NOT NULL DEFAULT 1,
        step        INTEGER,
        stability   REAL,
        difficulty  REAL,
        due         INTEGER,
        last_review INTEGER,
        introduced  INTEGER,
        reps        INTEGER NOT NULL DEFAULT 0,
        lapses      INTEGER NOT NULL DEFAULT 0,
        suspended   INTEGER NOT NULL DEFAULT 0,
        flagged     INTEGER NOT NULL DEFAULT 0,
        leech       INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX cards_due ON cards (due) WHERE reps > 0 AND hidden = 0 AND suspended = 0;
    CREATE INDEX cards_new ON cards (position, formulas) WHERE reps = 0 AND hidden = 0 AND suspended = 0;
    CREATE TABLE sessions (
        id      INTEGER PRIMARY KEY,
        started INTEGER NOT NULL,
        ended   INTEGER NOT NULL,
        bank    TEXT NOT NULL DEFAULT '',
        answers INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE reviews (
        id          INTEGER PRIMARY KEY,
        card_id     INTEGER NOT NULL,
        at          INTEGER NOT NULL,
        rating      INTEGER NOT NULL,
        correct     INTEGER NOT NULL,
        prior_state INTEGER NOT NULL,
        duration_ms INTEGER,
        answer      TEXT NOT NULL DEFAULT '',
        session_id  INTEGER
    );
    CREATE INDEX reviews_at ON reviews (at);
    CREATE INDEX reviews_wrong ON reviews (at, card_id, answer) WHERE correct = 0;
    CREATE TABLE exams (
        id         INTEGER PRIMARY KEY,
        bank_title TEXT NOT NULL,
        started    INTEGER NOT NULL,
        finished   INTEGER NOT NULL,
        score      REAL NOT NULL,
        total      REAL NOT NULL
    );
    CREATE TABLE exam_answers (
        exam_id     INTEGER NOT NULL,
        position    INTEGER NOT NULL,
        question_id TEXT NOT NULL,
        answer      TEXT NOT NULL,
        correct     INTEGER NOT NULL,
        PRIMARY KEY (exam_id, position)
    ) WITHOUT ROWID;
    CREATE INDEX exam_answers_wrong ON exam_answers (question_id) WHERE correct = 0;
    """,
    # 1 -> 2: learning cards due now without walking every overdue review card
    """
    CREATE INDEX cards_learning ON cards (due)
        WHERE reps > 0 AND hidden = 0 AND suspended = 0 AND state != 2;
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)
OUR_TABLES = frozenset({"meta", "cards", "sessions", "reviews", "exams", "exam_answers"})
