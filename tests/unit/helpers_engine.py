"""Helpers for review-engine tests: a settable clock and small banks made in code."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from quiz.core.model import Bank, BankFormula, Question, QuestionType

BEIJING = timezone(timedelta(hours=8))


class Clock:
    """A clock that only moves when told to; reads as local (UTC+8) time."""

    def __init__(self, start: datetime | None = None) -> None:
        self.current = start or datetime(2026, 3, 2, 9, 0, tzinfo=BEIJING)

    def __call__(self) -> datetime:
        return self.current

    def advance(self, **delta: float) -> datetime:
        self.current += timedelta(**delta)
        return self.current

    def set(self, *args: int) -> datetime:
        self.current = datetime(*args, tzinfo=BEIJING)
        return self.current


def cloze(qid: str, formula: str, answer: str = "答案") -> Question:
    return Question(
        id=qid, type=QuestionType.CLOZE, formula_ids=(formula,),
        prompt=f"{formula}:____", answers=(answer,),
    )


def make_bank(spec: dict[str, int], title: str = "测试题库") -> Bank:
    """A bank with `spec[formula]` cloze questions per formula, in the given order."""
    formulas = []
    questions = []
    for name, count in spec.items():
        formulas.append(BankFormula(
            id=name, label=name, count=count, items=(), doc="d.txt", source="s", evidence="e",
        ))
        questions.extend(cloze(f"{name}/q{i}", name) for i in range(count))
    return Bank(title=title, formulas=tuple(formulas), questions=tuple(questions))


def one_per_formula(n: int) -> Bank:
    """n questions, each of its own formula (no siblings)."""
    return make_bank({f"F{i:03d}": 1 for i in range(n)})
