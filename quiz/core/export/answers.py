"""How a question's answer reads in print, shared by answer keys and spreadsheets.

Each question type spells its own answer (`QuestionKind.key_text`, `.sheet_answer`).
"""

from __future__ import annotations

from quiz.core.model import LETTERS, Question, QuestionType
from quiz.core.questions import BY_TYPE


def answer_text(question: Question) -> str:
    """The answer as a paper's key prints it."""
    return BY_TYPE[question.type].key_text(question)


def spreadsheet_answer(question: Question) -> str:
    """The answer for import sheets: blanks split by `|`, synonyms of a blank by `;`."""
    return BY_TYPE[question.type].sheet_answer(question)


def spreadsheet_options(question: Question) -> str:
    """The options for import sheets, `A.text|B.text`; matching lists the right column."""
    if question.type is QuestionType.MATCHING:
        right = question.options or tuple(p[1] for p in question.pairs)
        return "|".join(f"{LETTERS[i]}.{text}" for i, text in enumerate(right))
    return "|".join(f"{LETTERS[i]}.{text}" for i, text in enumerate(question.options))
