"""Rebuilding report paragraphs from the positioned text runs of a PDF.

A PDF holds no paragraphs, only runs of text drawn at positions. Reports printed as
PDF (党代会报告, 政府工作报告, 日报 pages) share a layout this module undoes: running
headers and footers with page numbers on every page, first lines indented by two
characters, paragraphs that go on across a page break, and newspaper pages set in two or
more columns under a headline that spans them.

The functions here are pure: they take `TextRun`s (what `pdf_reader` gets from the PDF)
and return text, so the rules can be tested without making PDFs. Widths are estimated
from the characters (a CJK character is one em wide), because the runs carry only their
start; every threshold below is in ems of the run's font size, so it holds at any scale.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass

from quiz.core.text.pdf_columns import page_reading_order

# Furniture lives in the top and bottom bands of a page (a fraction of its height).
FURNITURE_BAND = 0.12
_PAGE_NUMBER = re.compile(
    r"^[-—–·•\s]*(?:第\s*)?[0-9０-９]+\s*(?:页|版)?(?:\s*(?:/|共)\s*[0-9０-９]+\s*页?)?[-—–·•\s]*$"
)
_NUMBERS = re.compile(r"[0-9０-９一二三四五六七八九十〇零]+")
_NARROW_PUNCT = set(",.;:!'|()[]·`\"")
_INDENT_CHARS = " \t\u3000\xa0"


@dataclass(frozen=True)
class TextRun:
    """Text drawn at one position: `x` is its left edge, `y` its baseline (PDF points)."""

    page: int
    x: float
    y: float
    size: float
    text: str

    @property
    def width(self) -> float:
        return estimated_width(self.text, self.size)


@dataclass(frozen=True)
class PageFrame:
    """The visible area of a page: its bottom and top edges (PDF points)."""

    page: int
    bottom: float
    top: float

    @property
    def height(self) -> float:
        return max(self.top - self.bottom, 1.0)


@dataclass(frozen=True)
class Line:
    """Runs on one baseline that belong together (not across a column gutter)."""

    page: int
    x0: float
    x1: float
    y: float
    size: float
    text: str
    left: float = 0.0  # the left edge of the column the line stands in
    right: float = 0.0  # the right edge of that column
    column: int = 0


def estimated_width(text: str, size: float) -> float:
    """The width of `text` at `size`: ideographs and full-width forms one em, Latin less."""
    ems = 0.0
    for ch in text:
        if ord(ch) >= 0x2E80 or ch in "“”‘’—…":
            ems += 1.0
        elif ch in _NARROW_PUNCT or ch == " ":
            ems += 0.3
        else:
            ems += 0.55
    return ems * size


def runs_to_lines(runs: list[TextRun]) -> list[Line]:
    """Group runs into lines: same page and baseline, no gap wider than 1.5 em between."""
    lines: list[Line] = []
    by_page: dict[int, list[TextRun]] = {}
    for run in runs:
        if run.text:
            by_page.setdefault(run.page, []).append(run)
    for page in sorted(by_page):
        rows: list[list[TextRun]] = []
        for run in sorted(by_page[page], key=lambda r: (-r.y, r.x)):
            if rows and abs(rows[-1][0].y - run.y) <= 0.35 * max(run.size, rows[-1][0].size):
                rows[-1].append(run)
            else:
                rows.append([run])
        for row in rows:
            current: list[TextRun] = []
            for run in sorted(row, key=lambda r: r.x):
                if current and run.x > _right(current) + 1.5 * max(run.size, current[-1].size):
                    lines.append(_line(current))
                    current = []
                current.append(run)
            if current:
                lines.append(_line(current))
    return [line for line in lines if line.text.strip(_INDENT_CHARS)]


def _right(runs: list[TextRun]) -> float:
    return max(r.x + r.width for r in runs)


def _line(runs: list[TextRun]) -> Line:
    sizes = Counter(r.size for r in runs for _ in r.text)
    return Line(page=runs[0].page, x0=runs[0].x, x1=_right(runs), y=runs[0].y,
                size=sizes.most_common(1)[0][0], text="".join(r.text for r in runs))


def _furniture_key(text: str) -> str:
    return _NUMBERS.sub("#", re.sub(r"\s+", "", text))


def drop_furniture(lines: list[Line], frames: dict[int, PageFrame]) -> list[Line]:
    """Drop page numbers and running headers/footers from the top and bottom bands.

    A line in a band is furniture when it is a page number (`3`, `- 3 -`, `第3页`, `3/10`)
    or when, with its numbers ignored, it stands in a band on at least half the pages
    (and on two at least), as a running title, a date line or an editor's line does.
    """
    def in_band(line: Line) -> bool:
        frame = frames.get(line.page)
        if frame is None:
            return False
        band = FURNITURE_BAND * frame.height
        return line.y >= frame.top - band or line.y <= frame.bottom + band

    pages_with: dict[str, set[int]] = {}
    for line in lines:
        if in_band(line):
            pages_with.setdefault(_furniture_key(line.text), set()).add(line.page)
    needed = max(2, (len(frames) + 1) // 2)
    repeated = {key for key, pages in pages_with.items() if len(pages) >= needed}
    return [
        line for line in lines
        if not (in_band(line) and (_PAGE_NUMBER.match(line.text)
                                   or _furniture_key(line.text) in repeated))
    ]


def starts_paragraph(line: Line, previous: Line | None) -> bool:
    """True when `line` begins a paragraph rather than continuing `previous`.

    A paragraph begins with an indent (full-width spaces or a shifted left edge, which
    also covers centred headings), a change of font size, a wide vertical gap, or after
    a line that stopped short of its column's right edge. A line at the top of a new page
    or column that none of these mark continues the paragraph the page break cut.
    """
    if previous is None:
        return True
    if line.text[:1] in _INDENT_CHARS or line.x0 - line.left >= 0.9 * line.size:
        return True
    if abs(line.size - previous.size) > 0.15 * max(line.size, previous.size):
        return True
    if previous.x1 < previous.right - 1.5 * previous.size:
        return True
    same_column = previous.page == line.page and previous.column == line.column
    return same_column and previous.y - line.y > 2.2 * line.size


def _joined(left: str, right: str) -> str:
    if left[-1:].isascii() and left[-1:].isalnum() and right[:1].isascii() and right[:1].isalnum():
        return left + " " + right
    return left + right


def paragraphs(ordered: list[Line]) -> list[str]:
    """The paragraph texts of lines in reading order, indents removed."""
    result: list[str] = []
    previous: Line | None = None
    for line in ordered:
        text = line.text.strip(_INDENT_CHARS)
        if starts_paragraph(line, previous) or not result:
            result.append(text)
        else:
            result[-1] = _joined(result[-1], text)
        previous = line
    return result


def layout_text(runs: list[TextRun], frames: dict[int, PageFrame]) -> str:
    """The text of a PDF's runs: furniture dropped, columns in order, one paragraph per
    blank-line-separated block (the shape the cleaning steps expect)."""
    lines = drop_furniture(runs_to_lines(runs), frames)
    ordered: list[Line] = []
    for page in sorted({line.page for line in lines}):
        ordered.extend(page_reading_order([line for line in lines if line.page == page]))
    blocks = paragraphs(ordered)
    return "\n\n".join(blocks) + "\n" if blocks else ""


def first_heading(runs: list[TextRun], frames: dict[int, PageFrame]) -> str | None:
    """The heading that opens the document: the largest type on its first page.

    None when the first page has no type larger than its body text.
    """
    lines = drop_furniture(runs_to_lines(runs), frames)
    if not lines:
        return None
    first_page = [line for line in lines if line.page == lines[0].page]
    body_size = statistics.median(line.size for line in first_page)
    largest = max(line.size for line in first_page)
    if largest <= body_size * 1.15:
        return None
    heading: list[str] = []
    for line in page_reading_order(first_page):
        if abs(line.size - largest) <= 0.05 * largest:
            heading.append(line.text.strip(_INDENT_CHARS))
        elif heading:
            break
    title = re.sub(r"\s+", " ", "".join(heading)).strip()
    return title or None
