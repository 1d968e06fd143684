"""How a question's answer reads in print, shared by answer keys and spreadsheets."""

from __future__ import annotations

from quiz.core.export.shuffle import LETTERS
from quiz.core.model import BLANK, Question, QuestionType


def blank_count(question: Question) -> int:
    """How many blanks a cloze prompt has."""
    return question.prompt.count(BLANK)


def choice_letters(question: Question) -> tuple[str, ...]:
    """The option letters, A B C D..., one per option."""
    return tuple(LETTERS[i] for i in range(len(question.options)))


def matching_letters(question: Question) -> list[tuple[int, str]]:
    """For each left entry (numbered from 1), the letter of its right entry."""
    right = list(question.options or [p[1] for p in question.pairs])
    return [(i + 1, LETTERS[right.index(r)]) for i, (_, r) in enumerate(question.pairs)]


def ordering_letters(question: Question) -> str:
    """The letters of the displayed items in the correct order, e.g. BCA."""
    shown = list(question.options)
    return "".join(LETTERS[shown.index(item)] for item in question.answers if item in shown)


def answer_text(question: Question) -> str:
    """The answer as a paper's key prints it."""
    kind = question.type
    if kind is QuestionType.CLOZE:
        parts = []
        for i, answer in enumerate(question.answers):
            extra = question.accepted[i] if i < len(question.accepted) else ()
            parts.append(answer + (f"（或{'、'.join(extra)}）" if extra else ""))
        text = "；".join(parts)
        return text + ("（顺序不限）" if question.order_free and len(parts) > 1 else "")
    if kind is QuestionType.SINGLE_CHOICE:
        letter = "".join(question.answers)
        index = LETTERS.find(letter)
        shown = 0 <= index < len(question.options) and len(letter) == 1
        return f"{letter}（{question.options[index]}）" if shown else letter
    if kind is QuestionType.MULTIPLE_CHOICE:
        return "".join(question.answers)
    if kind is QuestionType.TRUE_FALSE:
        return "".join(question.answers)
    if kind is QuestionType.MATCHING:
        return " ".join(f"{n}—{letter}" for n, letter in matching_letters(question))
    if kind is QuestionType.ORDERING:
        return f"{ordering_letters(question)}（{'、'.join(question.answers)}）"
    return ";".join(question.answers)


def spreadsheet_answer(question: Question) -> str:
    """The answer for import sheets: blanks split by `|`, synonyms of a blank by `;`."""
    kind = question.type
    if kind is QuestionType.CLOZE:
        blanks = []
        for i, answer in enumerate(question.answers):
            extra = question.accepted[i] if i < len(question.accepted) else ()
            blanks.append(";".join((answer, *extra)))
        return "|".join(blanks)
    if kind is QuestionType.MATCHING:
        return "|".join(f"{left}={right}" for left, right in question.pairs)
    if kind is QuestionType.ORDERING:
        return "|".join(question.answers)
    return "".join(question.answers)


def spreadsheet_options(question: Question) -> str:
    """The options for import sheets, `A.text|B.text`; matching lists the right column."""
    if question.type is QuestionType.MATCHING:
        right = question.options or tuple(p[1] for p in question.pairs)
        return "|".join(f"{LETTERS[i]}.{text}" for i, text in enumerate(right))
    return "|".join(f"{LETTERS[i]}.{text}" for i, text in enumerate(question.options))
