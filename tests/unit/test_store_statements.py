"""Where the SQL lives: named store methods in cards.py and logs.py, nothing raw outside."""

from __future__ import annotations

import re
from pathlib import Path

from quiz.core.review import migrations
from quiz.core.review.cards import STUDIED, UNSEEN, CardRow
from quiz.core.review.db import Store
from quiz.core.review.scheduling import Rating, State
from quiz.core.review.session import StudySession
from quiz.core.review.settings import Settings
from tests.helpers.banks import one_per_formula
from tests.helpers.clock import FakeClock
from tests.helpers.db import sql_rows

REVIEW = Path(__file__).resolve().parents[2] / "quiz" / "core" / "review"
SQL = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE)\b|\bFROM (cards|reviews|sessions|exams)\b")


def test_sql_is_written_only_in_the_statement_modules() -> None:
    holders = {"cards.py", "logs.py", "drafts.py", "db.py", "migrations.py"}
    found = [
        f"{path.name}:{number}"
        for path in sorted(REVIEW.glob("*.py")) if path.name not in holders
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1)
        if SQL.search(line)
    ]
    assert found == []


def test_the_store_hands_out_no_raw_sql() -> None:
    for name in ("query", "iterate", "execute", "scalar", "executemany"):
        assert not hasattr(Store, name), name


def test_queue_predicates_are_those_of_the_partial_indexes() -> None:
    schema = migrations.MIGRATIONS[0]
    assert f"ON cards (due) WHERE {STUDIED};" in schema
    assert f"ON cards (position, formulas) WHERE {UNSEEN};" in schema


def test_queue_reads_use_the_partial_indexes(tmp_path: Path) -> None:
    with Store.open(tmp_path / "db.sqlite3") as store:
        plans = {
            name: " ".join(str(r[-1]) for r in sql_rows(store, f"EXPLAIN QUERY PLAN {sql}", params))
            for name, sql, params in (
                ("due", f"SELECT * FROM cards WHERE {STUDIED} AND due < ? ORDER BY due", (0,)),
                ("new", f"SELECT * FROM cards WHERE {UNSEEN} ORDER BY position", ()),
            )
        }
    assert "cards_due" in plans["due"] and "cards_new" in plans["new"]


def test_state_and_rating_are_fsrs_enums_in_the_core(tmp_path: Path) -> None:
    with Store.open(tmp_path / "db.sqlite3") as store:
        session = StudySession(store, one_per_formula(1), Settings(), now=FakeClock(), fuzz=False)
        question = session.next_question()
        assert question is not None
        session.record(question, Rating.Easy, "答案")
        card = store.card(question.id)
        assert isinstance(card, CardRow) and card.state is State.Review
        assert session.card_info(question.id).state == "review"
        # the columns keep plain integers
        assert sql_rows(store, "SELECT state FROM cards") == [(2,)]
        assert sql_rows(store, "SELECT rating, prior_state FROM reviews") == [(4, 0)]
        assert type(sql_rows(store, "SELECT rating FROM reviews")[0][0]) is int
