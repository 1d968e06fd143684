"""From a Paper to a list of blocks that each paper format knows how to draw.

The layout decides what is printed and in which order: title, the 姓名/单位/得分 line,
section headings, stems with blanks, choices, the two columns of a 连线 question, and the
参考答案与解析. Writers map each block to their own format and nothing else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from wcwidth import wcswidth

from quiz.core.export.answers import answer_text
from quiz.core.export.paper import Paper, PaperQuestion
from quiz.core.model import BLANK, LETTERS, Question, QuestionType

MIN_BLANK_CELLS = 12  # a blank is at least this wide (in terminal cells: 6 Chinese characters)
LINE_CELLS = 72  # a line of choices (16 cm less the indent at 12 pt), in half-width cells
CHOICE_GAP_CELLS = 4  # at least two characters between choices that share a line
ANSWER_BRACKETS = "（　　）"  # room for ACD or √, as papers print it
_EMPTY_BRACKETS = re.compile(r"[(（][ \u3000]*[)）]")


@dataclass(frozen=True)
class Blank:
    """A blank to write in, `cells` wide (two cells per Chinese character)."""

    cells: int


Segment = str | Blank


@dataclass(frozen=True)
class Title:
    text: str
    note: str  # e.g. 本卷共8题,满分20分


@dataclass(frozen=True)
class InfoLine:
    """The line for 姓名 / 单位 / 得分 (and 考试时间)."""

    fields: tuple[str, ...]
    time_text: str


@dataclass(frozen=True)
class Heading:
    text: str


@dataclass(frozen=True)
class Stem:
    """A numbered question stem (number 0: an unnumbered line such as 正确顺序)."""

    number: int
    segments: tuple[Segment, ...]


@dataclass(frozen=True)
class Choices:
    """Lettered choices, `per_line` to a line (1, 2 or 4) in columns of equal width."""

    items: tuple[tuple[str, str], ...]  # (letter, text)
    per_line: int

    def rows(self) -> list[tuple[tuple[str, str], ...]]:
        """The choices line by line."""
        step = self.per_line
        return [self.items[i:i + step] for i in range(0, len(self.items), step)]


@dataclass(frozen=True)
class Columns:
    """The two columns of a 连线 question: numbered left entries, lettered right ones."""

    left: tuple[str, ...]
    right: tuple[str, ...]


@dataclass(frozen=True)
class PageBreak:
    pass


@dataclass(frozen=True)
class KeyItem:
    """One answer in the key: number, answer and the lines citing the source."""

    number: int
    answer: str
    notes: tuple[str, ...]


Block = Title | InfoLine | Heading | Stem | Choices | Columns | PageBreak | KeyItem


def paper_blocks(paper: Paper) -> list[Block]:
    """The question paper."""
    blocks: list[Block] = [
        Title(paper.full_title, f"本卷共{paper.question_count}题，满分{paper.total_points}分"),
        InfoLine(
            ("姓名", "单位", "得分"),
            f"考试时间：{paper.time_minutes}分钟" if paper.time_minutes else "",
        ),
    ]
    for section in paper.sections:
        blocks.append(Heading(section.heading))
        for printed in section.questions:
            blocks.extend(_question_blocks(printed))
    return blocks


def key_blocks(paper: Paper) -> list[Block]:
    """The 参考答案与解析: per question its answer, document and sentence."""
    blocks: list[Block] = [Title(f"{paper.full_title}参考答案与解析", f"满分{paper.total_points}分")]
    for section in paper.sections:
        blocks.append(Heading(section.name))
        for printed in section.questions:
            blocks.append(KeyItem(printed.number, answer_text(printed.question), _notes(printed)))
    return blocks


def combined_blocks(paper: Paper) -> list[Block]:
    """The paper, a page break, then the key (answers `appended`)."""
    return [*paper_blocks(paper), PageBreak(), *key_blocks(paper)]


def stem_segments(question: Question) -> tuple[Segment, ...]:
    """The prompt split at its blanks, each blank wide enough for its answer; blanks that
    touch in the prompt are kept apart by a space."""
    pieces = question.prompt.split(BLANK)
    segments: list[Segment] = []
    for i, piece in enumerate(pieces):
        if piece:
            segments.append(piece)
        elif 0 < i < len(pieces) - 1:
            segments.append(" ")  # adjacent blanks would print as one long line
        if i < len(pieces) - 1:
            answer = question.answers[i] if i < len(question.answers) else ""
            segments.append(Blank(max(MIN_BLANK_CELLS, (wcswidth(answer) or 0) + 6)))
    return tuple(segments)


def _question_blocks(printed: PaperQuestion) -> list[Block]:
    question = printed.question
    kind = question.type
    if kind is QuestionType.CLOZE:
        return [Stem(printed.number, stem_segments(question))]
    if kind is QuestionType.TRUE_FALSE:
        return [Stem(printed.number, (question.prompt, ANSWER_BRACKETS))]
    if kind in (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE):
        return [Stem(printed.number, (answer_brackets(question.prompt),)),
                _choices(question.options)]
    if kind is QuestionType.MATCHING:
        right = question.options or tuple(p[1] for p in question.pairs)
        return [
            Stem(printed.number, (question.prompt,)),
            Columns(tuple(p[0] for p in question.pairs), tuple(right)),
        ]
    if kind is QuestionType.ORDERING:
        return [
            Stem(printed.number, (question.prompt,)),
            _choices(question.options),
            Stem(0, ("正确顺序：", Blank(MIN_BLANK_CELLS))),
        ]
    return [Stem(printed.number, (question.prompt,))]


def answer_brackets(prompt: str) -> str:
    """The prompt with its empty answer brackets `( )` printed as `（　　）`."""
    return _EMPTY_BRACKETS.sub(ANSWER_BRACKETS, prompt)


def choices_per_line(options: tuple[str, ...]) -> int:
    """Four short choices to a line (three when there are only three), two of middling
    length, else one: every column is as wide as the longest choice ("A. " and a gap
    included)."""
    widest = max(((wcswidth(text) or len(text)) + 3 for text in options), default=0)
    for per_line in (4, 3, 2):
        if per_line == 3 and len(options) != 3:
            continue
        if len(options) >= per_line and per_line * (widest + CHOICE_GAP_CELLS) <= LINE_CELLS:
            return per_line
    return 1


def _choices(options: tuple[str, ...]) -> Choices:
    items = tuple((LETTERS[i], text) for i, text in enumerate(options))
    return Choices(items, per_line=choices_per_line(options))


def _notes(printed: PaperQuestion) -> tuple[str, ...]:
    notes: list[str] = []
    for ref in printed.sources:
        lead = f"【{ref.label}】" if ref.label else ""
        where = ref.source or ref.doc  # the citation names the document; the file name is a fallback
        if where:
            notes.append(f"{lead}出处：{where}")
        if ref.evidence:
            notes.append(f"{lead}原文：{ref.evidence}")
    return tuple(notes)
