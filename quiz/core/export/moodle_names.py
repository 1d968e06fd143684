"""Names a teacher can read in Moodle's question bank, for the GIFT and XML exports."""

from __future__ import annotations

from quiz.core.export.base import QuestionSet
from quiz.core.model import TYPE_NAMES_ZH, Question


def question_name(chosen: QuestionSet, question: Question, seen: dict[str, int]) -> str:
    """A name a teacher can read in Moodle's question bank: the formula's label and the
    question type, numbered when several questions share them (the id goes to idnumber)."""
    labels = "、".join(dict.fromkeys(f.label for f in chosen.formulas_of(question)))
    base = f"{labels or chosen.title}·{TYPE_NAMES_ZH[question.type]}"
    seen[base] = seen.get(base, 0) + 1
    return base if seen[base] == 1 else f"{base}{seen[base]}"
