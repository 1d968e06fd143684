"""fsrs through quiz.core.review.scheduling: exact due dates with fuzzing off, ids, the exam cap."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from quiz.core.clock import require_utc
from quiz.core.review.scheduling import ExamCap, Scheduling, card_id_for

T0 = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)


def test_card_ids_are_stable_63_bit_and_distinct() -> None:
    ids = {card_id_for(f"doc/formula/cloze/item-{i}") for i in range(5000)}
    assert len(ids) == 5000
    assert all(0 < i < 2**63 for i in ids)
    assert card_id_for("同一题") == card_id_for("同一题")
    assert Scheduling.new_card("同一题").card_id == card_id_for("同一题")


def test_naive_datetimes_are_rejected() -> None:
    with pytest.raises(ValueError, match="naive"):
        require_utc(datetime(2026, 3, 2, 9, 0))
    sched = Scheduling(enable_fuzzing=False)
    with pytest.raises(ValueError, match="naive"):
        sched.review(sched.new_card("q"), 3, datetime(2026, 3, 2, 9, 0))


def test_local_times_are_converted_to_utc() -> None:
    beijing = datetime(2026, 3, 2, 9, 0, tzinfo=timezone(timedelta(hours=8)))
    assert require_utc(beijing) == T0
    assert require_utc(beijing).tzinfo is UTC


def test_exact_due_dates_through_a_sequence_of_ratings() -> None:
    sched = Scheduling(0.9, enable_fuzzing=False)
    card = sched.new_card("q1")
    when = T0
    expected = [
        (3, 1, datetime(2026, 3, 2, 1, 10, tzinfo=UTC)),  # learning step 2: +10 min
        (3, 2, datetime(2026, 3, 4, 1, 10, tzinfo=UTC)),  # graduates: 2 days
        (3, 2, datetime(2026, 3, 15, 1, 10, tzinfo=UTC)),  # 11 days
        (1, 3, datetime(2026, 3, 15, 1, 20, tzinfo=UTC)),  # lapse: relearning step 10 min
        (3, 2, datetime(2026, 3, 17, 1, 20, tzinfo=UTC)),
        (3, 2, datetime(2026, 3, 22, 1, 20, tzinfo=UTC)),
    ]
    for rating, state, due in expected:
        before = card
        card = sched.review(card, rating, when)
        assert before is not card
        assert (int(card.state), card.due) == (state, due)
        when = card.due


def test_review_leaves_the_old_card_unchanged() -> None:
    sched = Scheduling(enable_fuzzing=False)
    card = sched.new_card("q")
    snapshot = (card.state, card.step, card.stability, card.difficulty, card.due, card.last_review)
    sched.review(card, 4, T0)
    assert (card.state, card.step, card.stability, card.difficulty, card.due,
            card.last_review) == snapshot


def test_higher_desired_retention_gives_shorter_intervals() -> None:
    def third_due(retention: float) -> datetime:
        sched = Scheduling(retention, enable_fuzzing=False)
        card, when = sched.new_card("q"), T0
        for _ in range(3):
            card = sched.review(card, 3, when)
            when = card.due
        return card.due

    assert third_due(0.95) == datetime(2026, 3, 6, 1, 10, tzinfo=UTC)
    assert third_due(0.9) == datetime(2026, 3, 15, 1, 10, tzinfo=UTC)


def test_easy_first_answer_skips_learning() -> None:
    sched = Scheduling(enable_fuzzing=False)
    card = sched.review(sched.new_card("q"), 4, T0)
    assert card.due == datetime(2026, 3, 10, 1, 0, tzinfo=UTC)


def test_retrievability_falls_with_time() -> None:
    sched = Scheduling(enable_fuzzing=False)
    card = sched.review(sched.review(sched.new_card("q"), 3, T0), 3, T0 + timedelta(minutes=10))
    assert sched.retrievability(sched.new_card("x"), T0) == 0
    r1 = sched.retrievability(card, T0 + timedelta(days=2))
    r10 = sched.retrievability(card, T0 + timedelta(days=10))
    assert 1 > r1 > r10 > 0


# --- the exam cap ---------------------------------------------------------------------

EXAM = datetime(2026, 3, 20, 20, 0, tzinfo=UTC)  # 2026-03-21 04:00 in Beijing
TODAY = datetime(2026, 3, 9, 20, 0, tzinfo=UTC)  # start of the study day 2026-03-10
NOW = TODAY + timedelta(hours=5)


@pytest.mark.parametrize(
    ("strength", "days_before_exam"),
    [(0.5, 1), (0.84, 1), (0.85, 2), (0.94, 2), (0.95, 3), (0.99, 3)],
)
def test_cap_puts_weaker_cards_closer_to_the_exam(strength: float, days_before_exam: int) -> None:
    cap = ExamCap(EXAM)
    capped = cap.cap(EXAM + timedelta(days=30), now=NOW, today_start=TODAY,
                     retrievability_at_exam=strength)
    assert capped == EXAM - timedelta(days=days_before_exam)


def test_cap_leaves_due_dates_before_the_exam_alone() -> None:
    cap = ExamCap(EXAM)
    due = EXAM - timedelta(days=5, hours=3)
    assert cap.cap(due, now=NOW, today_start=TODAY, retrievability_at_exam=0.5) == due
    near = EXAM - timedelta(hours=30)  # fsrs already chose the last day: keep it
    assert cap.cap(near, now=NOW, today_start=TODAY, retrievability_at_exam=0.99) == near


def test_cap_never_moves_a_card_to_today() -> None:
    cap = ExamCap(EXAM)
    today = EXAM - timedelta(days=2)  # two study days left: today and tomorrow
    capped = cap.cap(EXAM + timedelta(days=9), now=today + timedelta(hours=1), today_start=today,
                     retrievability_at_exam=0.99)
    assert capped == today + timedelta(days=1)


def test_no_cap_when_no_day_is_left_before_the_exam() -> None:
    cap = ExamCap(EXAM)
    last_day = EXAM - timedelta(days=1)
    due = EXAM + timedelta(days=9)
    assert cap.cap(due, now=last_day + timedelta(hours=2), today_start=last_day,
                   retrievability_at_exam=0.5) == due
    after = EXAM + timedelta(days=1)
    assert cap.cap(due, now=after, today_start=after, retrievability_at_exam=0.5) == due


def test_final_days_window() -> None:
    cap = ExamCap(EXAM)
    assert not cap.in_final_days(EXAM - timedelta(days=3, seconds=1))
    assert cap.in_final_days(EXAM - timedelta(days=3))
    assert cap.in_final_days(EXAM - timedelta(seconds=1))
    assert not cap.in_final_days(EXAM)
