"""One row per question for spreadsheets (csv, xlsx) that exam platforms import."""

from __future__ import annotations

from quiz.core.export.answers import spreadsheet_answer, spreadsheet_options
from quiz.core.export.base import QuestionSet
from quiz.core.model import TYPE_NAMES_ZH, Question

HEADER = ("题型", "题干", "选项", "答案", "解析", "出处", "编号")


def explanation(chosen: QuestionSet, question: Question) -> str:
    """The question's 解析, or one made from its formulas' sources when it has none."""
    if question.explanation:
        return question.explanation
    return ";".join(f"出自{f.source}:{f.evidence}" for f in chosen.formulas_of(question))


def source(chosen: QuestionSet, question: Question) -> str:
    """The documents a question comes from."""
    if question.source:
        return question.source
    return ";".join(dict.fromkeys(f.source for f in chosen.formulas_of(question)))


def question_row(chosen: QuestionSet, question: Question) -> tuple[str, ...]:
    """The row for one question, in HEADER's order."""
    return (
        TYPE_NAMES_ZH[question.type],
        question.prompt,
        spreadsheet_options(question),
        spreadsheet_answer(question),
        explanation(chosen, question),
        source(chosen, question),
        question.id,
    )


def question_rows(chosen: QuestionSet) -> list[tuple[str, ...]]:
    """The header and one row per chosen question."""
    return [HEADER, *(question_row(chosen, q) for q in chosen.questions)]
