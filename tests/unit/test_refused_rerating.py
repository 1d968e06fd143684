"""A re-rating or an answer the database refuses leaves the session as the database is:
the undo stack still holds the answer that is on disk, and the next answers join a
session row that exists."""

from __future__ import annotations

from pathlib import Path

import pytest

from quiz.core.errors import DatabaseError
from quiz.core.review.answers import Answer, StudyLog
from quiz.core.review.db import Store
from quiz.core.review.scheduling import Rating
from quiz.core.review.session import StudySession
from quiz.core.review.settings import Settings
from tests.helpers.banks import one_per_formula
from tests.helpers.clock import FakeClock
from tests.helpers.db import sql_rows, sql_value


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "reviews.sqlite3") as opened:
        yield opened


def refuse_reviews(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(*args, **kwargs):
        raise DatabaseError("数据库出错: disk I/O error", path=str(store.path))

    monkeypatch.setattr(store, "add_review", refused)


def test_a_refused_rerating_keeps_the_undo_entry_of_the_review_on_disk(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    s = StudySession(store, one_per_formula(2), Settings(), now=FakeClock(), fuzz=False)
    log = StudyLog(s)
    question = s.next_question()
    assert question is not None
    log.record(Answer(question, 3, "答案", 2.0, None))
    before = sql_rows(store, "SELECT id, rating FROM reviews")
    with monkeypatch.context() as patch:
        refuse_reviews(store, patch)
        with pytest.raises(DatabaseError):
            log.rerate(Rating.Again)
    assert sql_rows(store, "SELECT id, rating FROM reviews") == before  # rolled back
    assert [(a.question, a.rating) for a in log.answers] == [(question, Rating.Good)]
    assert log.undo() == question  # undo still takes back the review on disk
    assert sql_value(store, "SELECT count(*) FROM reviews") == 0
    card = store.card(question.id)
    assert card is not None and card.reps == 0


def test_a_refused_first_answer_leaves_no_session_row_behind(
        store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    s = StudySession(store, one_per_formula(2), Settings(), now=FakeClock(), fuzz=False)
    question = s.next_question()
    assert question is not None
    with monkeypatch.context() as patch:
        refuse_reviews(store, patch)
        with pytest.raises(DatabaseError):
            s.record(question, 3, "答案")
    assert s.answers == ()
    s.record(question, 3, "答案")
    assert sql_rows(store, "SELECT r.session_id IN (SELECT id FROM sessions) FROM reviews r") == [(1,)]
    assert sql_value(store, "SELECT answers FROM sessions") == 1
