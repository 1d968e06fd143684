"""Small banks made in code, for review-engine tests."""

from __future__ import annotations

from quiz.core.model import Bank, BankFormula, Question, QuestionType


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
