"""Moodle GIFT text: short answer and missing-word cloze, matching, multichoice, true/false.

GIFT has one answer set per question. A one-blank cloze becomes a missing-word question;
a cloze with several blanks asks for the answers in order, separated by 、 (every order is
accepted when the blanks are order-free). GIFT has no ordering type, so an ordering question
becomes matching: each position (第1项…) is matched to its item.
"""

from __future__ import annotations

import html
import itertools
import re
from pathlib import Path

from quiz.core.export.base import QuestionSet
from quiz.core.export.moodle_names import question_name
from quiz.core.export.moodle_weights import share_of
from quiz.core.export.paper import SECTION_ORDER
from quiz.core.export.rows import explanation
from quiz.core.model import BLANK, LETTERS, TRUE_ANSWER, TYPE_NAMES_ZH, Question, QuestionType

_SPECIAL = re.compile(r"([~=#{}:\\])")
MAX_ORDERS = 24  # all orders of up to four blanks; beyond that only the report's order


def escape(text: str) -> str:
    """Text on one line, HTML-escaped (questions are declared `[html]`), with GIFT's
    special characters (~ = # { } : and backslash) escaped."""
    return _SPECIAL.sub(r"\\\1", html.escape(" ".join(text.split()), quote=False))


def category(title: str) -> str:
    """A title usable as one level of a Moodle category path (no slash, one line)."""
    return " ".join(title.replace("/", "／").split())


def _cloze(question: Question, feedback: str) -> str:
    alternatives = [(a, *(question.accepted[i] if i < len(question.accepted) else ()))
                    for i, a in enumerate(question.answers)]
    if len(question.answers) == 1:
        before, _, after = question.prompt.partition(BLANK)
        answers = " ".join(f"={escape(a)}" for a in alternatives[0])
        return f"{escape(before)}{{{answers}{feedback}}}{escape(after)}"
    orders = [question.answers]
    if question.order_free:
        orders = list(itertools.islice(itertools.permutations(question.answers), MAX_ORDERS))
    answers = " ".join(f"={escape('、'.join(order))}" for order in orders)
    return f"{escape(question.prompt)}（按顺序填写，用“、”分隔） {{{answers}{feedback}}}"


def _choice(question: Question, feedback: str) -> str:
    right = {LETTERS.index(a) for a in question.answers if a in LETTERS}
    if question.type is QuestionType.SINGLE_CHOICE:
        marks = ["=" if i in right else "~" for i in range(len(question.options))]
    else:
        share = share_of(len(right))
        marks = [f"~%{share}%" if i in right else "~%-100%" for i in range(len(question.options))]
    answers = " ".join(f"{m}{escape(o)}" for m, o in zip(marks, question.options, strict=True))
    return f"{escape(question.prompt)} {{{answers}{feedback}}}"


def _matching(question: Question, pairs: list[tuple[str, str]], feedback: str) -> str:
    answers = " ".join(f"={escape(left)} -> {escape(right)}" for left, right in pairs)
    return f"{escape(question.prompt)} {{{answers}{feedback}}}"


def question_text(chosen: QuestionSet, question: Question, name: str) -> str:
    """The GIFT text of one question, with its title (`name`) and general feedback (解析)."""
    feedback = f"####{escape(explanation(chosen, question))}"
    kind = question.type
    if kind is QuestionType.CLOZE:
        body = _cloze(question, feedback)
    elif kind in (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE):
        body = _choice(question, feedback)
    elif kind is QuestionType.TRUE_FALSE:
        verdict = "T" if question.answers[:1] == (TRUE_ANSWER,) else "F"
        body = f"{escape(question.prompt)} {{{verdict}{feedback}}}"
    elif kind is QuestionType.MATCHING:
        body = _matching(question, list(question.pairs), feedback)
    else:
        positions = [(f"第{i + 1}项", item) for i, item in enumerate(question.answers)]
        body = _matching(question, positions, feedback)
    return f"::{escape(name)}::[html]{body}"


def render(chosen: QuestionSet) -> str:
    """The GIFT file: a category per question type, a blank line between questions."""
    lines = [f"// {escape(chosen.title)}", ""]
    seen: dict[str, int] = {}
    for kind in SECTION_ORDER:
        questions = [q for q in chosen.questions if q.type is kind]
        if not questions:
            continue
        lines += [f"$CATEGORY: $course$/top/{category(chosen.title)}/{TYPE_NAMES_ZH[kind]}", ""]
        for question in questions:
            lines += [question_text(chosen, question, question_name(chosen, question, seen)), ""]
    return "\n".join(lines)


def write(chosen: QuestionSet, path: Path) -> None:
    """Write the questions as a GIFT file (UTF-8, as Moodle expects)."""
    path.write_text(render(chosen), encoding="utf-8")
