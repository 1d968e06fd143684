"""Moodle XML: shortanswer and cloze, multichoice, truefalse and matching questions.

A one-blank cloze is a shortanswer question; several blanks make a cloze question with one
SHORTANSWER field per blank. Moodle scores a cloze question by the whole-number weights of
its fields and ignores `<defaultgrade>`, so the weights are written to add up to the grade
(`cloze_weights`). Order-free blanks are asked for in the report's order: Moodle cannot
require the blanks to differ, so a blank that accepted every item would give full marks
for the same item written in every blank. Ordering questions become matching (第1项 → its item), which every
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
from quiz.core.export.moodle_names import question_name
from quiz.core.export.moodle_weights import share_of
from quiz.core.export.paper import SECTION_ORDER
from quiz.core.export.rows import explanation
from quiz.core.model import (
    BLANK,
    DEFAULT_POINTS,
    LETTERS,
    TRUE_ANSWER,
    TYPE_NAMES_ZH,
    Question,
    QuestionType,
)

_CLOZE_SPECIAL = re.compile(r'([}#~/"\\])')


def _text(parent: ET.Element, tag: str, value: str, fmt: str | None = "html") -> ET.Element:
    element = ET.SubElement(parent, tag, {"format": fmt} if fmt else {})
    ET.SubElement(element, "text").text = value
    return element


def cloze_answer(text: str) -> str:
    """An answer inside a Moodle cloze field, with } # ~ / " and backslash escaped."""
    return _CLOZE_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))


ORDER_NOTE = "（按报告原文顺序填写）"


def cloze_weights(blanks: int, points: int = DEFAULT_POINTS[QuestionType.CLOZE]) -> list[int]:
    """Whole-number weights of a cloze question's blanks: `points` shared out as evenly as
    whole numbers allow, and one mark a blank when there are more blanks than points."""
    total = max(points, blanks)
    return [total // blanks + (1 if i < total % blanks else 0) for i in range(blanks)]


def question_grade(question: Question) -> int:
    """The marks a question is worth in Moodle (its `<defaultgrade>`)."""
    if question.type is QuestionType.CLOZE and len(question.answers) > 1:
        return sum(cloze_weights(len(question.answers)))
    return DEFAULT_POINTS[question.type]


def _cloze_text(question: Question) -> str:
    pieces = question.prompt.split(BLANK)
    weights = cloze_weights(len(pieces) - 1)
    out = [html.escape(pieces[0])]
    for i, piece in enumerate(pieces[1:]):
        extra = question.accepted[i] if i < len(question.accepted) else ()
        accepted = [question.answers[i], *extra] if i < len(question.answers) else [""]
        field = "~".join(f"={cloze_answer(a)}" for a in dict.fromkeys(accepted))
        out.append(f"{{{weights[i]}:SHORTANSWER:{field}}}{html.escape(piece)}")
    if question.order_free:
        out.append(ORDER_NOTE)
    return "".join(out)


def _distractor(chosen: QuestionSet, used: set[str]) -> str:
    """A right-hand entry of the same kind from another formula (a label when the answers
    are labels, else a list of items), so a two-pair matching has three answers."""
    formulas = chosen.bank.formulas
    labels = {f.label for f in formulas}
    kind_is_label = bool(used) and used <= labels
    for formula in formulas:
        text = formula.label if kind_is_label else "、".join(formula.items)
        if text and text not in used:
            return text
    return "以上都不是"


def _question(chosen: QuestionSet, question: Question, name: str) -> ET.Element:
    kind = question.type
    qtype = {
        QuestionType.CLOZE: "shortanswer" if len(question.answers) == 1 else "cloze",
        QuestionType.SINGLE_CHOICE: "multichoice",
        QuestionType.MULTIPLE_CHOICE: "multichoice",
        QuestionType.TRUE_FALSE: "truefalse",
    }.get(kind, "matching")
    element = ET.Element("question", {"type": qtype})
    _text(element, "name", name, fmt=None)
    prompt = _cloze_text(question) if qtype == "cloze" else html.escape(question.prompt)
    _text(element, "questiontext", prompt)
    _text(element, "generalfeedback", html.escape(explanation(chosen, question)))
    ET.SubElement(element, "defaultgrade").text = str(question_grade(question))
    ET.SubElement(element, "idnumber").text = question.id
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
        if len(pairs) < 3:
            # Moodle's edit form wants three answers: an answer without a question is a
            # distractor, and without it the imported question cannot be saved again.
            extra = _distractor(chosen, {r for _, r in pairs})
            sub = _text(element, "subquestion", "")
            ET.SubElement(ET.SubElement(sub, "answer"), "text").text = extra
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
        seen: dict[str, int] = {}
        quiz.extend(_question(chosen, q, question_name(chosen, q, seen)) for q in questions)
    tree = ET.ElementTree(quiz)
    ET.indent(tree)
    return tree


def write(chosen: QuestionSet, path: Path) -> None:
    """Write the questions as a Moodle XML file (UTF-8)."""
    build(chosen).write(str(path), encoding="utf-8", xml_declaration=True)
