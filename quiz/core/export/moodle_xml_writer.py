"""Moodle XML: shortanswer and cloze, multichoice, truefalse and matching questions.

A one-blank cloze is a shortanswer question; several blanks make a cloze question with one
SHORTANSWER field per blank (an order-free blank accepts any of the items, as Moodle cannot
require them to differ). Ordering questions become matching (第1项 → its item), which every
Moodle version imports. Question and feedback texts are HTML, so report text is escaped
for HTML before ElementTree escapes it for XML.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from quiz.core.export.base import QuestionSet
from quiz.core.export.gift_writer import category
from quiz.core.export.moodle_weights import share_of
from quiz.core.export.paper import SECTION_ORDER
from quiz.core.export.rows import explanation
from quiz.core.export.shuffle import LETTERS
from quiz.core.model import BLANK, TRUE_ANSWER, TYPE_NAMES_ZH, Question, QuestionType

_CLOZE_SPECIAL = re.compile(r'([}#~/"\\])')


def _text(parent: ET.Element, tag: str, value: str, fmt: str | None = "html") -> ET.Element:
    element = ET.SubElement(parent, tag, {"format": fmt} if fmt else {})
    ET.SubElement(element, "text").text = value
    return element


def cloze_answer(text: str) -> str:
    """An answer inside a Moodle cloze field, with } # ~ / " and backslash escaped."""
    return _CLOZE_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))


def _cloze_text(question: Question) -> str:
    pieces = question.prompt.split(BLANK)
    out = [html.escape(pieces[0])]
    for i, piece in enumerate(pieces[1:]):
        if question.order_free:
            accepted = list(question.answers)
        else:
            accepted = [question.answers[i], *(question.accepted[i] if i < len(question.accepted) else ())]
        field = "~".join(f"={cloze_answer(a)}" for a in dict.fromkeys(accepted))
        out.append(f"{{1:SHORTANSWER:{field}}}{html.escape(piece)}")
    return "".join(out)


def _question(chosen: QuestionSet, question: Question) -> ET.Element:
    kind = question.type
    qtype = {
        QuestionType.CLOZE: "shortanswer" if len(question.answers) == 1 else "cloze",
        QuestionType.SINGLE_CHOICE: "multichoice",
        QuestionType.MULTIPLE_CHOICE: "multichoice",
        QuestionType.TRUE_FALSE: "truefalse",
    }.get(kind, "matching")
    element = ET.Element("question", {"type": qtype})
    _text(element, "name", question.id, fmt=None)
    prompt = _cloze_text(question) if qtype == "cloze" else html.escape(question.prompt)
    _text(element, "questiontext", prompt)
    _text(element, "generalfeedback", html.escape(explanation(chosen, question)))
    ET.SubElement(element, "defaultgrade").text = "1"
    if qtype == "shortanswer":
        ET.SubElement(element, "usecase").text = "0"
        extra = question.accepted[0] if question.accepted else ()
        for answer in (question.answers[0], *extra):
            _text(element, "answer", answer, fmt="moodle_auto_format").set("fraction", "100")
    elif qtype == "multichoice":
        right = {LETTERS.index(a) for a in question.answers if a in LETTERS}
        single = kind is QuestionType.SINGLE_CHOICE
        ET.SubElement(element, "single").text = "true" if single else "false"
        ET.SubElement(element, "shuffleanswers").text = "true"
        ET.SubElement(element, "answernumbering").text = "ABCD"
        share = "100" if single else share_of(len(right))
        for i, option in enumerate(question.options):
            fraction = share if i in right else ("0" if single else "-100")
            _text(element, "answer", html.escape(option)).set("fraction", fraction)
    elif qtype == "truefalse":
        truth = question.answers[:1] == (TRUE_ANSWER,)
        _text(element, "answer", "true", fmt="moodle_auto_format").set("fraction", "100" if truth else "0")
        _text(element, "answer", "false", fmt="moodle_auto_format").set("fraction", "0" if truth else "100")
    elif qtype == "matching":
        ET.SubElement(element, "shuffleanswers").text = "true"
        pairs = list(question.pairs)
        if kind is QuestionType.ORDERING:
            pairs = [(f"第{i + 1}项", item) for i, item in enumerate(question.answers)]
        for left, right_text in pairs:
            sub = _text(element, "subquestion", html.escape(left))
            ET.SubElement(ET.SubElement(sub, "answer"), "text").text = right_text
    return element


def build(chosen: QuestionSet) -> ET.ElementTree:
    """The <quiz> tree: a category per question type, then its questions."""
    quiz = ET.Element("quiz")
    for kind in SECTION_ORDER:
        questions = [q for q in chosen.questions if q.type is kind]
        if not questions:
            continue
        header = ET.SubElement(quiz, "question", {"type": "category"})
        path = f"$course$/top/{category(chosen.title)}/{TYPE_NAMES_ZH[kind]}"
        ET.SubElement(ET.SubElement(header, "category"), "text").text = path
        quiz.extend(_question(chosen, q) for q in questions)
    tree = ET.ElementTree(quiz)
    ET.indent(tree)
    return tree


def write(chosen: QuestionSet, path: Path) -> None:
    """Write the questions as a Moodle XML file (UTF-8)."""
    build(chosen).write(str(path), encoding="utf-8", xml_declaration=True)
