"""The day's queue kept in memory: the same cards as one read afresh, and no SQL per card."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from quiz.core.review import day_queue, migrations
from quiz.core.review import db as store_module
from quiz.core.review.cards import LEARNING, STUDIED
from quiz.core.review.db import Store
from quiz.core.review.session import StudySession
from quiz.core.review.settings import Settings
from tests.helpers.banks import make_bank
from tests.helpers.clock import FakeClock
from tests.helpers.db import sql_rows, sql_value

SPEC = {f"F{i:02d}": 1 + i % 4 for i in range(24)}  # formulas of 1-4 siblings


def fresh_view(store: Store, bank, clock: FakeClock, settings: Settings, extra: bool = False):
    """What a session opened now shows: the next question and the counts."""
    session = StudySession(store, bank, settings, now=clock, fuzz=False)
    question = session.next_question(extra=extra)
    return (question.id if question else None), session.counts()


@pytest.mark.parametrize(("seed", "page"), [(1, 256), (2, 256), (3, 2), (4, 3)])
def test_the_kept_queue_matches_one_read_afresh(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed: int, page: int
) -> None:
    monkeypatch.setattr(day_queue, "PAGE", page)  # small pages: many page reads per walk
    rng = random.Random(seed)
    clock = FakeClock()
    bank = make_bank(SPEC)
    settings = Settings(new_per_day=12, reviews_per_day=5)
    with Store.open(tmp_path / "db.sqlite3") as store:
        kept = StudySession(store, bank, settings, now=clock, fuzz=False)
        for step in range(120):
            if step in (40, 80):  # later study days: reviews due, new limits again
                clock.advance(days=rng.choice((2, 5, 9)))
            extra = rng.random() < 0.2
            question = kept.next_question(extra=extra)
            shown = (question.id if question else None), kept.counts()
            assert shown == fresh_view(store, bank, clock, settings, extra), step
            if question is None:
                clock.advance(minutes=25)
                continue
            kept.record(question, rng.choice((1, 1, 2, 3, 3, 4)), "答案")
            clock.advance(seconds=rng.choice((5, 30, 200, 700)))


def test_the_next_card_reads_no_table(tmp_path: Path) -> None:
    clock = FakeClock()
    bank = make_bank(SPEC)
    with Store.open(tmp_path / "db.sqlite3") as store:
        session = StudySession(store, bank, Settings(), now=clock, fuzz=False)
        question = session.next_question()
        assert question is not None
        statements: list[str] = []
        store._conn.set_trace_callback(statements.append)  # noqa: SLF001
        for _ in range(5):
            session.record(question, 1, "错")
            clock.advance(seconds=30)
            statements.clear()
            question = session.next_question()
            session.counts()
            assert question is not None
            assert {s.strip() for s in statements} == {"PRAGMA data_version"}


def test_an_answer_from_another_process_is_seen(tmp_path: Path) -> None:
    clock = FakeClock()
    bank = make_bank({"A": 1, "B": 1, "C": 1})
    path = tmp_path / "db.sqlite3"
    with Store.open(path) as mine, Store.open(path) as other:
        session = StudySession(mine, bank, Settings(), now=clock, fuzz=False)
        assert session.next_question().id == "A/q0"
        StudySession(other, bank, Settings(), now=clock, fuzz=False).record(bank.questions[0], 4, "答案")
        assert session.next_question().id == "B/q0"
        assert session.counts().reviewed_today == 1


def test_undo_and_suspend_change_the_queue(tmp_path: Path) -> None:
    clock = FakeClock()
    bank = make_bank({"A": 1, "B": 1})
    with Store.open(tmp_path / "db.sqlite3") as store:
        session = StudySession(store, bank, Settings(), now=clock, fuzz=False)
        first = session.next_question()
        session.record(first, 4, "答案")
        assert session.next_question().id == "B/q0"
        session.undo()
        assert session.next_question() == first and session.counts().new == 2
        session.suspend(first.id)
        assert session.next_question().id == "B/q0" and session.counts().new == 1


def test_learning_cards_and_review_pages_are_read_through_indexes(tmp_path: Path) -> None:
    with Store.open(tmp_path / "db.sqlite3") as store:
        plan = " ".join(str(r[-1]) for r in sql_rows(
            store, f"EXPLAIN QUERY PLAN SELECT card_id FROM cards WHERE {LEARNING} AND due <= ?"
            " ORDER BY due", (0,)))
        page = " ".join(str(r[-1]) for r in sql_rows(
            store, f"EXPLAIN QUERY PLAN SELECT card_id FROM cards WHERE {STUDIED} AND state = 2"
            " AND due < ? AND (due, card_id) > (?, ?) ORDER BY due, card_id LIMIT 5", (9, 0, 0)))
    assert "cards_learning" in plan
    assert "cards_due" in page and "TEMP B-TREE" not in page
    assert f"ON cards (due)\n        WHERE {LEARNING};" in migrations.MIGRATIONS[1]


def test_a_first_version_database_gains_the_index_and_keeps_its_history(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.sqlite3"
    clock = FakeClock()
    bank = make_bank({"A": 2, "B": 1})
    with monkeypatch.context() as old:
        old.setattr(store_module, "MIGRATIONS", migrations.MIGRATIONS[:1])
        old.setattr(store_module, "SCHEMA_VERSION", 1)
        with Store.open(path) as store:
            session = StudySession(store, bank, Settings(), now=clock, fuzz=False)
            session.record(bank.questions[0], 1, "错")
            session.record(bank.questions[2], 4, "答案")
            assert sql_value(store, "PRAGMA user_version") == 1
            before = sql_rows(store, "SELECT * FROM cards ORDER BY card_id")
    with Store.open(path) as store:
        assert sql_value(store, "PRAGMA user_version") == migrations.SCHEMA_VERSION == 2
        assert sql_value(store, "SELECT count(*) FROM sqlite_master WHERE name = 'cards_learning'") == 1
        assert sql_rows(store, "SELECT * FROM cards ORDER BY card_id") == before
        assert sql_rows(store, "SELECT answer FROM reviews ORDER BY id") == [("错",), ("答案",)]
        clock.advance(minutes=2)  # a failed new card's first learning step is one minute
        session = StudySession(store, bank, Settings(), now=clock, fuzz=False)
        assert session.next_question() == bank.questions[0]  # the learning card, due again
        assert session.counts().learning == 1
