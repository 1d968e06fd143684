"""The exam's rules in the core: the set-up form, scoring, and the paper kept in SQLite."""

from __future__ import annotations

import datetime as dt

import pytest

from quiz.core.bank.open import open_checked_bank
from quiz.core.errors import BadInput
from quiz.core.model import QuestionType
from quiz.core.review.db import Store
from quiz.core.review.exam import ExamPaper, ExamPlan, plan_from_form, score_paper
from quiz.core.review.exam_store import ExamStore

START = dt.datetime(2026, 11, 21, 10, 0, tzinfo=dt.UTC)


def test_form_refuses_bad_numbers_with_a_message() -> None:
    points = {k: "2" for k in QuestionType}
    with pytest.raises(BadInput, match="题目数量须为正整数"):
        plan_from_form("abc", "30", (QuestionType.CLOZE,), points)
    with pytest.raises(BadInput, match="时间"):
        plan_from_form("10", "0", (QuestionType.CLOZE,), points)
    with pytest.raises(BadInput, match="填空题的分值"):
        plan_from_form("10", "30", (QuestionType.CLOZE,), {**points, QuestionType.CLOZE: "0"})
    with pytest.raises(BadInput, match="至少选一种题型"):
        plan_from_form("10", "30", (), points)
    plan = plan_from_form("10", "12.5", (QuestionType.CLOZE,), points)
    assert (plan.count, plan.minutes, plan.points[QuestionType.CLOZE]) == (10, 12.5, 2.0)


def test_unanswered_scores_nothing_and_is_marked_empty(small_bank_path) -> None:
    bank = open_checked_bank(small_bank_path)
    cloze = [q for q in bank.questions if q.type == QuestionType.CLOZE][:2]
    paper = ExamPaper(bank.title, ExamPlan(), cloze, START, {0: tuple(cloze[0].answers)})
    result = score_paper(paper, START + dt.timedelta(minutes=3))
    assert result.score == 2 and result.total == 4
    assert result.answers[1] == (cloze[1].id, "", False)


def test_the_paper_survives_a_reopen(small_bank_path, tmp_path) -> None:
    bank = open_checked_bank(small_bank_path)
    plan = ExamPlan(count=3, minutes=5)
    paper = ExamPaper(bank.title, plan, list(bank.questions[:3]), START)
    with Store.open(tmp_path / "r.sqlite3") as store:
        exams = ExamStore(store)
        exams.begin(paper)
        exams.save_answer(1, ("民富区强",), 42.0)
    with Store.open(tmp_path / "r.sqlite3") as store:
        exams = ExamStore(store)
        again = exams.resume(bank)
        assert again is not None
        assert [q.id for q in again.questions] == [q.id for q in paper.questions]
        assert again.answers == {1: ("民富区强",)} and again.elapsed_s == 42.0
        assert again.started == START and again.plan.minutes == 5
        assert exams.last_plan() == plan
        exams.forget()
        assert exams.resume(bank) is None
        assert exams.last_plan() == plan
