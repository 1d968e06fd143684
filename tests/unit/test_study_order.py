"""New cards mix formulas and types; a composite and its parts bury each other; a mock
exam asks each formula once (issue 12)."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

import pytest

from quiz.core.bank.io import load_bank
from quiz.core.model import Bank, BankFormula, Question, QuestionType
from quiz.core.review.db import Store
from quiz.core.review.exam import ExamPlan, pick_questions
from quiz.core.review.session import StudySession
from quiz.core.review.settings import Settings
from quiz.core.review.study_order import burying_keys, study_positions
from tests.helpers.clock import FakeClock as Clock

DEFAULT_BANK = Path(__file__).parents[2] / "question_banks" / "default.yaml"


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "reviews.sqlite3") as opened:
        yield opened


def formula(fid: str, parent: str | None = None) -> BankFormula:
    return BankFormula(id=fid, label=fid, count=2, items=("甲", "乙"), doc="d.txt", source="s",
                       evidence="e", parent=parent)


def question(qid: str, fid: str, qtype: QuestionType = QuestionType.TRUE_FALSE) -> Question:
    return Question(id=qid, type=qtype, formula_ids=(fid,), prompt=f"{qid}。", answers=("对",))


def _study_all(store: Store, bank: Bank) -> list[str]:
    """The ids of the cards a session shows, each answered 简单 half a minute apart."""
    clock = Clock()
    session = StudySession(store, bank, Settings(), now=clock, fuzz=False)
    asked = []
    while (question := session.next_question()) is not None:
        session.record(question, 4, "对")
        asked.append(question.id)
        clock.advance(seconds=30)
    return asked


def test_a_composite_and_its_parts_are_buried_together(store: Store) -> None:
    bank = Bank("t", (formula("1+5+9+1"), formula("五张名片", parent="1+5+9+1"), formula("别的")),
                (question("p", "1+5+9+1"), question("c", "五张名片"), question("o", "别的")))
    assert burying_keys(bank)["c"][:2] == ("五张名片", "1+5+9+1")
    asked = _study_all(store, bank)
    assert asked == ["p", "o"]  # 五张名片 waits: its parent just printed its answer


def test_a_label_stated_again_is_buried_with_the_composite_that_prints_it(store: Store) -> None:
    again = BankFormula(id="四大主导产业#2", label="四大主导产业", count=2, items=("丙", "丁"),
                        doc="d.txt", source="s", evidence="e")
    bank = Bank("t", (formula("4433"), formula("四大主导产业", parent="4433"), again,
                      formula("别的")),
                (question("p", "4433"), question("r", "四大主导产业#2"), question("o", "别的")))
    assert not set(burying_keys(bank)["r"]).isdisjoint(burying_keys(bank)["p"])
    asked = _study_all(store, bank)
    assert asked == ["p", "o"]  # the label's second statement waits: 4433 just printed it


def test_new_cards_interleave_formulas_and_types() -> None:
    bank = load_bank(DEFAULT_BANK)
    positions = study_positions(bank)
    first = sorted(bank.questions, key=lambda q: positions[q.id])[:30]
    assert len({q.formula_id for q in first}) == 30  # one of each formula first
    assert len({q.type for q in first}) >= 4  # not only cloze
    assert sorted(positions.values()) == list(range(len(bank.questions)))


def test_an_exam_asks_each_formula_once_unless_the_bank_is_too_small() -> None:
    bank = load_bank(DEFAULT_BANK)
    plan = ExamPlan(count=20, types=(QuestionType.CLOZE, QuestionType.SINGLE_CHOICE,
                                     QuestionType.TRUE_FALSE))
    for seed in range(5):
        paper = pick_questions(bank, plan, random.Random(seed))
        ids = [f for q in paper for f in q.formula_ids]
        assert len(paper) == 20 and len(ids) == len(set(ids))
    small = replace(bank, questions=tuple(q for q in bank.questions
                                          if q.formula_id == bank.questions[0].formula_id))
    paper = pick_questions(small, ExamPlan(count=3), random.Random(0))
    assert len(paper) == 3  # one formula only: it is asked three times


def test_new_cards_take_the_most_important_formulas_first_in_each_round() -> None:
    weights = {"低": 0.1, "高": 0.8, "中": 0.4, "旧": None}
    formulas = tuple(replace(formula(fid), importance=w) for fid, w in weights.items())
    questions = tuple(question(f"{fid}{n}", fid, qtype) for fid in weights
                      for n, qtype in enumerate((QuestionType.CLOZE, QuestionType.TRUE_FALSE)))
    positions = study_positions(Bank("t", formulas, questions))
    order = sorted(positions, key=positions.__getitem__)
    assert [qid[0] for qid in order[:4]] == ["高", "中", "低", "旧"]  # one card each
    assert {qid[0] for qid in order[4:]} == set(weights)  # then the second round
    same = tuple(replace(f, importance=None) for f in formulas)
    unweighted = study_positions(Bank("t", same, questions))
    assert [q[0] for q in sorted(unweighted, key=unweighted.__getitem__)[:4]] == list(weights)
