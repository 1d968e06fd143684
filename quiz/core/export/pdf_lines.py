"""Breaking Chinese text into lines for PDF papers, with the basic 禁则 (kinsoku) rules.

fpdf2 breaks CJK text at any character, so a line could start with 、 or 。, end with “,
or split “1+5+9+1” and “2022”. Here a line never starts with closing punctuation, never
ends with opening punctuation, and runs of Latin letters and digits stay whole (a run
longer than the line still breaks, so no text is ever cut off).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from weakref import WeakKeyDictionary

from fpdf import FPDF

from quiz.core.export.layout import Blank, Segment

NO_LINE_START = frozenset("、。,，.．;；:：!！?？)）]】」』》〉”’…%‰·-—~～")
NO_LINE_END = frozenset("“‘(（[【「『《〈")
MAX_PULL_BACK = 12  # characters moved to the next line to honour the rules, at most


@dataclass(frozen=True)
class Piece:
    """A run of text on one line, underlined when it is a blank to write in."""

    text: str
    underline: bool


def _tokens(segments: Sequence[Segment]) -> list[Piece]:
    tokens: list[Piece] = []
    for segment in segments:
        if isinstance(segment, Blank):
            tokens.append(Piece("\u3000" * max(1, segment.cells // 2), True))
        else:
            tokens += [Piece(ch, False) for ch in segment]
    return tokens


def _word_char(piece: Piece) -> bool:
    ch = piece.text
    return not piece.underline and len(ch) == 1 and ch.isascii() and not ch.isspace()


def _may_break(before: Piece, after: Piece) -> bool:
    if after.text[0] in NO_LINE_START and not after.underline:
        return False
    if before.text[-1] in NO_LINE_END and not before.underline:
        return False
    return not (_word_char(before) and _word_char(after))


_WIDTHS: WeakKeyDictionary[FPDF, dict[tuple[str, str, float, str], float]] = (
    WeakKeyDictionary()
)


def text_width(pdf: FPDF, text: str) -> float:
    """`pdf.get_string_width(text)` in the current font, remembered per PDF.

    Wrapping measures every character on its own, and fpdf2 runs each measurement through
    its text shaping and bidi preparation: over the default bank that was 65,000 calls and
    a third of the PDF's time, for a few thousand distinct characters."""
    cache = _WIDTHS.setdefault(pdf, {})
    key = (pdf.font_family, pdf.font_style, pdf.font_size_pt, text)
    width = cache.get(key)
    if width is None:
        width = cache[key] = pdf.get_string_width(text)
    return width


def wrap(pdf: FPDF, segments: Sequence[Segment], width: float) -> list[list[Piece]]:
    """The segments as lines no wider than `width` mm in the PDF's current font."""
    tokens = _tokens(segments)
    widths = [text_width(pdf, t.text) for t in tokens]
    lines: list[list[Piece]] = []
    start, used, i = 0, 0.0, 0
    while i < len(tokens):
        if used + widths[i] > width and i > start:
            cut = i
            for _ in range(MAX_PULL_BACK):
                if cut - 1 > start and not _may_break(tokens[cut - 1], tokens[cut]):
                    cut -= 1
                else:
                    break
            if not _may_break(tokens[cut - 1], tokens[cut]):
                cut = i  # nowhere better within reach: break here rather than overflow
            lines.append(tokens[start:cut])
            start, used = cut, sum(widths[cut:i])
            continue
        used += widths[i]
        i += 1
    lines.append(tokens[start:])
    return [_merge(line) for line in lines]


def _merge(line: list[Piece]) -> list[Piece]:
    merged: list[Piece] = []
    for piece in line:
        if merged and merged[-1].underline == piece.underline and not piece.underline:
            merged[-1] = Piece(merged[-1].text + piece.text, False)
        else:
            merged.append(piece)
    return merged


def draw_lines(pdf: FPDF, lines: list[list[Piece]], x: float, line_height: float,
               family: str) -> None:
    """Draw wrapped lines from `x`, each piece in its own cell, blanks underlined."""
    size = pdf.font_size_pt
    for line in lines:
        pdf.set_x(x)
        for piece in line:
            pdf.set_font(family, style="U" if piece.underline else "", size=size)
            pdf.cell(pdf.get_string_width(piece.text), line_height, piece.text)
        pdf.ln(line_height)
    pdf.set_font(family, size=size)
