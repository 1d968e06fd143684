"""Anki decks (.apkg) with genanki.

Notes get GUIDs from the bank's identity and the question id (`genanki.guid_for`), and
the models and the deck have fixed ids, so importing a re-exported deck updates the cards
already in Anki instead of adding copies, while another bank (or a retitled copy) whose
question ids are the same gets notes of its own. Cloze questions become Anki cloze notes (all blanks of a question in one
card, `{{c1::...}}`); the other types become question/answer notes with the 解析.
"""

from __future__ import annotations

import hashlib
import html
import re
from pathlib import Path

import genanki

from quiz.core.export.answers import answer_text
from quiz.core.export.base import QuestionSet
from quiz.core.export.rows import explanation, source
from quiz.core.model import BLANK, LETTERS, Question, QuestionType

CLOZE_MODEL_ID = 1607392319  # fixed forever: Anki matches models by id
BASIC_MODEL_ID = 1607392320
CSS = """.card { font-family: "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif;
  font-size: 22px; text-align: left; line-height: 1.6; }
.cloze { font-weight: bold; color: #c00; }
.explanation, .source { font-size: 16px; color: #555; margin-top: .8em; }"""

CLOZE_MODEL = genanki.Model(
    CLOZE_MODEL_ID,
    "提法通 填空",
    fields=[{"name": "Text"}, {"name": "Explanation"}, {"name": "Source"}, {"name": "Id"}],
    templates=[{
        "name": "填空",
        "qfmt": "{{cloze:Text}}",
        "afmt": "{{cloze:Text}}<div class=explanation>{{Explanation}}</div>"
                "<div class=source>{{Source}}</div>",
    }],
    css=CSS,
    model_type=genanki.Model.CLOZE,
)

BASIC_MODEL = genanki.Model(
    BASIC_MODEL_ID,
    "提法通 问答",
    fields=[{"name": "Question"}, {"name": "Answer"}, {"name": "Explanation"},
            {"name": "Source"}, {"name": "Id"}],
    templates=[{
        "name": "问答",
        "qfmt": "{{Question}}",
        "afmt": "{{FrontSide}}<hr id=answer>{{Answer}}<div class=explanation>{{Explanation}}"
                "</div><div class=source>{{Source}}</div>",
    }],
    css=CSS,
)


_TAG_UNSAFE = re.compile(r'[\s"]+')


def tag(text: str) -> str:
    """Text usable as one level of an Anki tag: no white space (Anki splits tags there and
    genanki refuses them), no quotes, and no `::`, which would start a new level."""
    return _TAG_UNSAFE.sub("_", text.replace(":", "：")).strip("_")


def bank_identity(chosen: QuestionSet) -> str:
    """What tells this bank's notes from another's: its `id` if it has one, else its title
    (a copy that is retitled becomes another bank; `--title` renames the deck only)."""
    return str(chosen.bank.meta.get("id") or chosen.bank.title)


def note_guid(chosen: QuestionSet, question: Question) -> str:
    """The note's GUID: the same on every export of this bank, different in any other."""
    return genanki.guid_for("quiz-bank", bank_identity(chosen), question.id)


def deck_id(title: str) -> int:
    """A deck id derived from the bank's title, the same on every export."""
    digest = hashlib.sha1(f"quiz-deck:{title}".encode()).digest()
    return (1 << 30) + int.from_bytes(digest[:4], "big") % (1 << 30)


def cloze_text(question: Question) -> str:
    """The prompt with each blank as an Anki cloze deletion, in one card (c1)."""
    pieces = question.prompt.split(BLANK)
    out = [html.escape(pieces[0])]
    for i, piece in enumerate(pieces[1:]):
        answer = question.answers[i] if i < len(question.answers) else ""
        out.append(f"{{{{c1::{html.escape(answer).replace('}}', '} }')}}}}}{html.escape(piece)}")
    return "".join(out)


def _lines(items: list[str]) -> str:
    return "<br>".join(html.escape(item) for item in items)


def front_and_back(question: Question) -> tuple[str, str]:
    """The front (question with its choices) and the back (answer) of a basic note."""
    kind = question.type
    front = html.escape(question.prompt)
    back = html.escape(answer_text(question))
    if kind in (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE):
        front += "<br>" + _lines([f"{LETTERS[i]}. {o}" for i, o in enumerate(question.options)])
        chosen = [question.options[LETTERS.index(a)] for a in question.answers if a in LETTERS
                  and LETTERS.index(a) < len(question.options)]
        back += "<br>" + _lines(chosen)
    elif kind is QuestionType.MATCHING:
        right = question.options or tuple(p[1] for p in question.pairs)
        front += "<br>" + _lines([f"{i + 1}. {p[0]}" for i, p in enumerate(question.pairs)])
        front += "<br><br>" + _lines([f"{LETTERS[i]}. {r}" for i, r in enumerate(right)])
        back = _lines([f"{left} — {right_text}" for left, right_text in question.pairs])
    elif kind is QuestionType.ORDERING:
        front += "<br>" + _lines([f"{LETTERS[i]}. {o}" for i, o in enumerate(question.options)])
    return front, back


def note_for(chosen: QuestionSet, question: Question) -> genanki.Note:
    """The Anki note of one question, its GUID derived from the bank and the question id."""
    extra = html.escape(explanation(chosen, question))
    where = html.escape(source(chosen, question))
    tags = [f"quiz::{question.type.value}"]
    # The document's citation (its title and date) names it; the file name is a fallback.
    tags += sorted({f"doc::{tag(f.source or f.doc.rsplit('.', 1)[0])}"
                    for f in chosen.formulas_of(question)})
    guid = note_guid(chosen, question)
    if question.type is QuestionType.CLOZE:
        fields = [cloze_text(question), extra, where, html.escape(question.id)]
        return genanki.Note(model=CLOZE_MODEL, fields=fields, tags=tags, guid=guid)
    front, back = front_and_back(question)
    fields = [front, back, extra, where, html.escape(question.id)]
    return genanki.Note(model=BASIC_MODEL, fields=fields, tags=tags, guid=guid)


def write(chosen: QuestionSet, path: Path) -> None:
    """Write the questions as an Anki package with one deck named after the bank."""
    deck = genanki.Deck(deck_id(chosen.title), f"提法通::{chosen.title}")
    for question in chosen.questions:
        deck.add_note(note_for(chosen, question))
    genanki.Package(deck).write_to_file(str(path))
