"""The study session: the queue, limits, day boundary, siblings, undo, leeches, exams."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from quiz.core.review.answers import Answer, StudyLog
from quiz.core.review.db import Store
from quiz.core.review.scheduling import Rating
from quiz.core.review.session import ExamResult, StudySession
from quiz.core.review.settings import Settings
from tests.helpers.banks import make_bank, one_per_formula
from tests.helpers.clock import BEIJING, FakeClock
from tests.helpers.db import sql_rows, sql_value


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "reviews.sqlite3") as opened:
        yield opened


def session(store: Store, bank, clock: FakeClock, **settings) -> StudySession:
    return StudySession(store, bank, Settings(**settings), now=clock, fuzz=False)


def answer_all(s: StudySession, clock: FakeClock, rating: int = 3, *, extra: bool = False) -> list[str]:
    asked = []
    while (q := s.next_question(extra=extra)) is not None:
        s.record(q, rating, "答案")
        asked.append(q.id)
        clock.advance(seconds=30)
        if len(asked) > 500:
            raise AssertionError("the queue never ends")
    return asked


def test_new_cards_follow_bank_order_up_to_the_daily_limit(store: Store) -> None:
    clock = FakeClock()
    s = session(store, one_per_formula(30), clock, new_per_day=5)
    assert s.counts().new == 5
    first = [s.next_question()]
    assert first[0] is not None and first[0].id == "F000/q0"
    s.record(first[0], 4, "答案")  # Easy: graduates straight to review
    assert s.counts().new == 4
    asked = answer_all(s, clock, rating=4)
    assert asked == [f"F{i:03d}/q0" for i in range(1, 5)]
    assert s.counts().new == 0 and s.next_question() is None
    extra = s.next_question(extra=True)  # "study more" lifts the limit
    assert extra is not None and extra.id == "F005/q0"


def test_learning_steps_come_back_within_the_day(store: Store) -> None:
    clock = FakeClock()
    s = session(store, one_per_formula(1), clock)
    q = s.next_question()
    assert q is not None
    due = s.record(q, 3, "答案")
    assert due == datetime(2026, 3, 2, 1, 10, tzinfo=UTC)  # 09:00 Beijing + 10 min
    assert s.counts().learning == 1
    assert s.next_question() == q  # within 20 minutes: shown again rather than waiting
    due = s.record(q, 3, "答案")
    assert due == datetime(2026, 3, 4, 1, 0, tzinfo=UTC)
    assert s.counts() == s.counts().__class__(due=0, new=0, learning=0, reviewed_today=2)


def test_counts_follow_a_learning_card_falling_due_with_no_answer_between(store: Store) -> None:
    clock = FakeClock()
    s = session(store, one_per_formula(3), clock)
    q = s.next_question()
    assert q is not None
    s.record(q, 1, "答案")
    card = store.card(q.id)
    assert card is not None
    with store.transaction():
        store.put_card(replace(card, due=clock() + timedelta(hours=1)))  # later today
    assert (s.counts().new, s.counts().learning) == (2, 0)  # not due within 20 minutes
    clock.advance(minutes=45)
    assert (s.counts().new, s.counts().learning) == (2, 1)  # now it is, with no answer between
    s.record(s.next_question(), 4, "答案")
    assert s.counts() == session(store, one_per_formula(3), clock).counts()


def test_counts_kept_across_answers_match_a_fresh_count(store: Store) -> None:
    clock = FakeClock()
    bank = make_bank({f"F{i}": 1 + i % 3 for i in range(12)})  # siblings bury each other
    s = session(store, bank, clock, new_per_day=9)
    ratings = [3, 1, 3, 4, 3, 3, 1, 2, 3, 4, 3, 3, 3, 1, 3]
    for step, rating in enumerate(ratings):
        q = s.next_question()
        if q is None:
            break
        assert s.counts() == session(store, bank, clock, new_per_day=9).counts()
        s.record(q, rating, "答案")
        assert s.counts() == session(store, bank, clock, new_per_day=9).counts()
        clock.advance(minutes=(1, 4, 12)[step % 3])  # learning cards fall due now and then
    assert step == len(ratings) - 1


def test_reviews_come_first_and_respect_the_review_limit(store: Store) -> None:
    clock = FakeClock()
    s = session(store, one_per_formula(10), clock, new_per_day=6, reviews_per_day=4)
    answer_all(s, clock, rating=4)  # 6 cards, each due in 8 days
    clock.advance(days=8)
    s = session(store, one_per_formula(10), clock, new_per_day=6, reviews_per_day=4)
    counts = s.counts()
    assert (counts.due, counts.new) == (4, 4)
    order = answer_all(s, clock, rating=4)
    assert order[:4] == [f"F{i:03d}/q0" for i in range(4)]  # reviews first, oldest due first
    assert order[4:] == [f"F{i:03d}/q0" for i in range(6, 10)]


def test_the_day_starts_at_the_configured_hour(store: Store) -> None:
    clock = FakeClock()
    clock.set(2026, 3, 2, 23, 0)
    bank = one_per_formula(10)
    s = session(store, bank, clock, new_per_day=2)
    answer_all(s, clock, rating=4)
    clock.set(2026, 3, 3, 3, 59)  # past midnight, before 04:00: still the same study day
    assert s.counts().new == 0
    assert s.counts().reviewed_today == 2
    clock.set(2026, 3, 3, 4, 0)
    assert s.counts().new == 2
    assert s.counts().reviewed_today == 0
    late = session(store, bank, clock, new_per_day=2, day_start_hour=6)
    assert late.counts().new == 0  # with a 06:00 day start it is still yesterday


def test_siblings_are_buried_for_the_day(store: Store) -> None:
    clock = FakeClock()
    bank = make_bank({"甲": 3, "乙": 2, "丙": 1})
    s = session(store, bank, clock)
    assert s.counts().new == 3  # one question per formula
    asked = answer_all(s, clock, rating=4)
    assert asked == ["甲/q0", "乙/q0", "丙/q0"]
    more = s.next_question(extra=True)
    assert more is not None and more.id == "甲/q1"
    s.record(more, 4, "答案")
    assert s.next_question() is None and s.counts().new == 0
    clock.advance(days=1)  # a new study day: one more question of each formula with any left
    # new cards go round the formulas: the second of 乙 before the third of 甲
    assert answer_all(s, clock, rating=4) == ["乙/q1", "甲/q2"]


def test_record_commits_before_returning(store: Store, tmp_path: Path) -> None:
    clock = FakeClock()
    s = session(store, one_per_formula(3), clock)
    q = s.next_question()
    assert q is not None
    s.record(q, 1, "错的答案", duration_s=4.2)
    with Store.open(tmp_path / "reviews.sqlite3") as other:
        rows = sql_rows(other, "SELECT rating, correct, answer, duration_ms, prior_state FROM reviews")
        assert [tuple(r) for r in rows] == [(1, 0, "错的答案", 4200, 0)]
        card = other.card(q.id)
        assert card is not None and card.reps == 1 and card.lapses == 1


def test_undo_restores_the_card_exactly(store: Store) -> None:
    clock = FakeClock()
    s = session(store, one_per_formula(2), clock)
    q = s.next_question()
    assert q is not None
    s.record(q, 3, "答案")
    clock.advance(minutes=12)
    before = store.card(q.id)
    s.record(q, 1, "错")
    assert store.card(q.id) != before
    assert s.undo() == q.id
    assert store.card(q.id) == before
    assert sql_value(store, "SELECT count(*) FROM reviews") == 1
    assert s.undo() == q.id
    fresh = store.card(q.id)
    assert fresh is not None and fresh.reps == 0 and fresh.due is None
    assert s.undo() is None
    assert s.counts().new == 2


def test_one_undo_stack_for_the_session_and_the_study_screen(store: Store) -> None:
    clock = FakeClock()
    s = session(store, one_per_formula(3), clock)
    first = s.next_question()
    assert first is not None
    s.record(first, 3, "答案")  # before the screen opened: not the screen's to undo
    log = StudyLog(s)
    second = s.next_question()
    assert second is not None and second != first
    log.record(Answer(second, 1, "错", 2.0, None))  # a plain int is the fsrs rating
    assert log.answers[-1].rating is Rating.Again and log.right == 0
    assert [a.question for a in s.answers] == [first, second]
    assert s.undo() == second.id  # undone through the session: the screen sees it at once
    assert log.done == 0 and log.undo() is None
    assert [a.question for a in s.answers] == [first]
    log.record(Answer(second, 3, "答案", 2.0, None))
    log.rerate(Rating.Hard)
    assert [(a.question, a.rating) for a in s.answers] == [(first, 3), (second, Rating.Hard)]
    assert sql_rows(store, "SELECT rating FROM reviews ORDER BY id") == [(3,), (2,)]


def test_eight_failures_make_a_leech(store: Store) -> None:
    clock = FakeClock()
    bank = one_per_formula(2)
    s = session(store, bank, clock)
    q = bank.questions[0]
    for attempt in range(8):
        info = s.card_info(q.id)
        assert not info.leech and not info.suspended
        s.record(q, 1, f"错{attempt % 3}")
        clock.advance(minutes=15)
    info = s.card_info(q.id)
    assert info.leech and info.suspended and info.lapses == 8
    book = s.wrong_book()
    assert book[0].question_id == q.id and book[0].leech
    assert book[0].wrong_answers == ("错1", "错0", "错2")  # newest first, each once
    assert all(card.id != q.id for card in _all_questions(s, clock))


def _all_questions(s: StudySession, clock: FakeClock):
    asked = []
    while (q := s.next_question(extra=True)) is not None and len(asked) < 20:
        asked.append(q)
        s.record(q, 4, "答案")
    return asked


def test_flag_and_suspend(store: Store) -> None:
    clock = FakeClock()
    bank = one_per_formula(2)
    s = session(store, bank, clock)
    s.flag("F000/q0")
    s.suspend("F000/q0")
    info = s.card_info("F000/q0")
    assert info.flagged and info.suspended and info.state == "new"
    first = s.next_question()
    assert first is not None and first.id == "F001/q0"
    s.suspend("F000/q0", False)
    s.flag("F000/q0", False)
    assert not s.card_info("F000/q0").flagged
    first = s.next_question()
    assert first is not None and first.id == "F000/q0"
    with pytest.raises(KeyError):
        s.card_info("nope")


def test_exam_results_and_their_wrong_answers(store: Store) -> None:
    clock = FakeClock()
    bank = one_per_formula(3)
    s = session(store, bank, clock)
    started = clock()
    result = ExamResult(
        bank_title="测试题库", started=started, finished=started + timedelta(minutes=20),
        score=1.0, total=2.0,
        answers=(("F000/q0", "答案", True), ("F001/q0", "瞎写", False)),
    )
    s.record_exam(result)
    history = s.exam_history()
    assert len(history) == 1
    assert history[0].answers == result.answers
    assert history[0].finished == started + timedelta(minutes=20)
    assert (history[0].score, history[0].total) == (1.0, 2.0)
    book = s.wrong_book()
    assert [(e.question_id, e.wrong_answers) for e in book] == [("F001/q0", ("瞎写",))]


def test_bank_regeneration_keeps_history(store: Store) -> None:
    clock = FakeClock()
    s = session(store, make_bank({"A": 1, "B": 1}), clock)
    answer_all(s, clock, rating=4)
    s2 = session(store, make_bank({"B": 1, "C": 1}), clock)  # A vanished, C is new
    assert store.card("A/q0").hidden
    assert s2.card_info("B/q0").reps == 1
    assert s2.next_question(extra=True).id == "C/q0"
    session(store, make_bank({"A": 1, "B": 1}), clock)
    assert s2.card_info("A/q0").reps == 1  # back with its history


def test_stats(store: Store) -> None:
    clock = FakeClock()
    clock.set(2026, 3, 1, 9, 0)
    bank = one_per_formula(4)
    s = session(store, bank, clock)
    for _ in range(3):  # three study days in a row
        q = s.next_question()
        assert q is not None
        s.record(q, 4, "答案")
        clock.advance(days=1)
    assert s.stats().streak == 3  # nothing yet today: the streak up to yesterday counts
    assert s.stats().due_next_7 == 3  # due 03-09, 03-10 and 03-11: within 03-05..03-11
    clock.set(2026, 3, 11, 9, 0)
    s.record(bank.questions[0], 3, "答案")  # a review of a review card: passed
    s.record(bank.questions[1], 1, "错")  # failed
    stats = s.stats()
    assert stats.reviews_today == 2
    assert stats.streak == 1
    assert stats.retention_30d == 0.5
    assert stats.heatmap == {
        date(2026, 3, 1): 1, date(2026, 3, 2): 1, date(2026, 3, 3): 1, date(2026, 3, 11): 2,
    }
    assert stats.due_today == 2  # q1 relearning today, q2 was due on 03-10 (overdue)
    assert store.card(bank.questions[0].id).due == datetime(2026, 4, 24, 1, tzinfo=UTC)
    assert stats.forecast == {date(2026, 3, 11): 2}  # 04-24 is beyond the next 30 days
    assert stats.leeches == 0


def test_naive_clock_is_rejected(store: Store) -> None:
    with pytest.raises(ValueError, match="naive"):
        StudySession(store, one_per_formula(1), Settings(), now=lambda: datetime(2026, 3, 1, 9))


def test_rating_must_be_one_to_four(store: Store) -> None:
    s = session(store, one_per_formula(1), FakeClock())
    with pytest.raises(ValueError):
        s.record(s.bank.questions[0], 5, "x")


# --- exam date ----------------------------------------------------------------------


def test_exam_date_caps_intervals(store: Store) -> None:
    clock = FakeClock()
    bank = one_per_formula(1)
    s = session(store, bank, clock, exam_date=date(2026, 3, 6))
    q = bank.questions[0]
    due = s.record(q, 4, "答案")  # fsrs says 8 days: 2026-03-10, after the exam
    exam_start = datetime(2026, 3, 6, 4, tzinfo=BEIJING)
    assert due < exam_start
    # well known on exam day (retrievability >= 0.95): three days before the exam
    assert due == datetime(2026, 3, 3, 4, tzinfo=BEIJING)
    assert s.card_info(q.id).due == due


def test_setting_an_exam_date_pulls_existing_reviews_back(store: Store) -> None:
    clock = FakeClock()
    bank = one_per_formula(3)
    s = session(store, bank, clock)
    answer_all(s, clock, rating=4)
    assert all(s.card_info(q.id).due > datetime(2026, 3, 9, tzinfo=BEIJING) for q in bank.questions)
    capped = session(store, bank, clock, exam_date=date(2026, 3, 8))
    for q in bank.questions:
        assert capped.card_info(q.id).due < datetime(2026, 3, 8, 4, tzinfo=BEIJING)
        assert capped.card_info(q.id).due >= datetime(2026, 3, 3, 4, tzinfo=BEIJING)


def test_final_days_show_the_weakest_first(store: Store) -> None:
    clock = FakeClock()
    bank = one_per_formula(2)
    s = session(store, bank, clock)
    strong, weak = bank.questions
    s.record(strong, 4, "答案")  # stability ~ 8 days
    s.record(weak, 1, "错")
    clock.advance(minutes=10)
    s.record(weak, 3, "答案")
    clock.advance(minutes=10)
    s.record(weak, 3, "答案")  # short stability
    for q in (strong, weak):  # both due on the same day, the strong one slightly earlier
        row = store.card(q.id)
        when = datetime(2026, 3, 5, 5, tzinfo=BEIJING) + (timedelta(0) if q is strong else timedelta(hours=1))
        with store.transaction():
            store.put_card(replace(row, due=when))
    clock.set(2026, 3, 5, 9, 0)
    plain = session(store, bank, clock)
    assert plain.next_question() == strong  # normal days: oldest due first
    final = session(store, bank, clock, exam_date=date(2026, 3, 7))
    assert final.next_question() == weak  # two days before the exam: weakest first


def test_a_question_of_several_formulas_is_buried_by_any_of_them(store: Store) -> None:
    clock = FakeClock()
    base = make_bank({"甲": 1, "乙": 1})
    board = replace(base.questions[0], id="board", formula_ids=("乙", "甲"))
    bank = replace(base, questions=(base.questions[0], board, base.questions[1]))
    s = session(store, bank, clock)
    assert s.counts().new == 2  # 甲/q0 and 乙/q0; the board shares both formulas
    assert answer_all(s, clock, rating=4) == ["甲/q0", "乙/q0"]
    clock.advance(days=1)
    assert answer_all(s, clock, rating=4) == ["board"]


def test_many_buried_siblings_leave_the_day_empty(store: Store) -> None:
    clock = FakeClock()
    bank = make_bank({"甲": 300, "乙": 300})
    s = session(store, bank, clock)
    assert answer_all(s, clock, rating=4) == ["甲/q0", "乙/q0"]
    assert s.counts() == s.counts().__class__(due=0, new=0, learning=0, reviewed_today=2)
    more = s.next_question(extra=True)
    assert more is not None and more.id == "甲/q1"
