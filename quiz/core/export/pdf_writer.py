"""PDF papers with fpdf2, embedding a CJK font found on this machine.

Without a CJK font a PDF would show boxes for every Chinese character, so the writer
refuses (FontMissing names the package to install) before anything is written. Each
question is measured first and moved to a new page whole when it does not fit, and a
section heading travels with its first question, so no heading is left alone at the
bottom of a page.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import MethodReturnValue, WrapMode, XPos, YPos

from quiz.core.export.fonts import find_cjk_fonts
from quiz.core.export.layout import (
    Blank,
    Block,
    Choices,
    Columns,
    Heading,
    InfoLine,
    KeyItem,
    PageBreak,
    Segment,
    Stem,
    Title,
)
from quiz.core.export.pdf_lines import draw_lines, wrap

BODY = "body"
HEADING = "heading"
SIZE = 11.5
LINE = 7.2  # mm per line at SIZE with CJK leading
NOTE_SIZE = 9.5
LEFT_COLUMN = 55.0  # mm: the widest left column of a 连线 question
COLUMN_GAP = 20.0  # mm between the columns, room to draw the lines
NOTE_LINE = 5.6
INDENT = 7.0  # mm for choices and notes
MARGIN = 22.0


class _PaperPDF(FPDF):
    def footer(self) -> None:
        self.set_y(-14)
        self.set_font(BODY, size=9)
        self.cell(0, 6, f"第 {self.page_no()} 页 共 {{nb}} 页", align="C")


def _new_pdf(title: str) -> FPDF:
    body, heading = find_cjk_fonts()
    pdf = _PaperPDF(format="A4", unit="mm")
    pdf.add_font(BODY, fname=body.path, collection_font_number=body.index)
    pdf.add_font(HEADING, fname=heading.path, collection_font_number=heading.index)
    for font in pdf.fonts.values():
        # fontTools would recompute the bounding box of every kept glyph when it saves the
        # subset, drawing each CFF outline: half the time of a PDF of the default bank. The
        # whole font's box, kept instead, is a valid bound for the subset.
        ttfont = getattr(font, "ttfont", None)
        if ttfont is not None:
            ttfont.recalcBBoxes = False
    pdf.set_margins(MARGIN, 22, MARGIN)
    pdf.set_auto_page_break(True, margin=20)
    pdf.set_title(title)
    pdf.alias_nb_pages()
    pdf.add_page()
    return pdf


def _paragraph(pdf: FPDF, segments: Sequence[Segment], *, indent: float = 0,
               before: float = 0, size: float = SIZE, line: float = LINE) -> None:
    pdf.set_y(pdf.get_y() + before)
    pdf.set_font(BODY, size=size)
    draw_lines(pdf, wrap(pdf, segments, pdf.epw - indent), MARGIN + indent, line, BODY)
    pdf.set_font(BODY, size=SIZE)


def _column_widths(pdf: FPDF, block: Columns) -> tuple[float, float]:
    """The left column as wide as its longest entry (up to LEFT_COLUMN), the right the rest."""
    pdf.set_font(BODY, size=SIZE)
    longest = max((pdf.get_string_width(f"{i + 1}. {t}") for i, t in enumerate(block.left)),
                  default=0.0)
    left_w = min(LEFT_COLUMN, longest + 2)
    return left_w, pdf.epw - INDENT - left_w - COLUMN_GAP


def _columns(pdf: FPDF, block: Columns) -> None:
    left_w, right_w = _column_widths(pdf, block)
    for i in range(max(len(block.left), len(block.right))):
        left = f"{i + 1}. {block.left[i]}" if i < len(block.left) else ""
        right = f"{chr(65 + i)}. {block.right[i]}" if i < len(block.right) else ""
        top = pdf.get_y()
        draw_lines(pdf, wrap(pdf, [left], left_w), MARGIN + INDENT, LINE, BODY)
        bottom = pdf.get_y()
        pdf.set_y(top)
        draw_lines(pdf, wrap(pdf, [right], right_w), MARGIN + INDENT + left_w + COLUMN_GAP,
                   LINE, BODY)
        pdf.set_y(max(bottom, pdf.get_y()) + 1)


def _draw(pdf: FPDF, block: Block) -> None:
    if isinstance(block, Title):
        pdf.set_font(HEADING, size=17)
        pdf.multi_cell(0, 10, block.text, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font(BODY, size=10)
        pdf.cell(0, 7, block.note, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    elif isinstance(block, InfoLine):
        segments: list[Segment] = []
        for i, name in enumerate(block.fields):
            segments += [("\u3000" if i else "") + f"{name}：", Blank(10)]
        if block.time_text:
            segments.append("\u3000\u3000" + block.time_text)
        pdf.set_font(BODY, size=SIZE)
        pdf.ln(3)
        lines = wrap(pdf, segments, pdf.epw)
        width = sum(pdf.get_string_width(piece.text) for piece in lines[0])
        draw_lines(pdf, lines, MARGIN + max(0.0, (pdf.epw - width) / 2), LINE, BODY)
        pdf.ln(3)
    elif isinstance(block, Heading):
        pdf.set_y(pdf.get_y() + 3)
        pdf.set_font(HEADING, size=SIZE + 0.5)
        pdf.multi_cell(0, LINE + 1, block.text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font(BODY, size=SIZE)
    elif isinstance(block, Stem):
        number = f"{block.number}. " if block.number else ""
        _paragraph(pdf, [number, *block.segments], indent=0 if block.number else INDENT,
                   before=2 if block.number else 0)
    elif isinstance(block, Choices):
        if block.per_line == 1:
            for letter, text in block.items:
                _paragraph(pdf, [f"{letter}. {text}"], indent=INDENT)
        else:
            column = (pdf.epw - INDENT) / block.per_line
            for row in block.rows():
                for k, (letter, text) in enumerate(row):
                    pdf.set_x(MARGIN + INDENT + k * column)
                    pdf.cell(column, LINE, f"{letter}. {text}")
                pdf.ln(LINE)
    elif isinstance(block, Columns):
        _columns(pdf, block)
    elif isinstance(block, KeyItem):
        _paragraph(pdf, [f"{block.number}. 答案：{block.answer}"], before=2)
        for note in block.notes:
            _paragraph(pdf, [note], indent=INDENT, size=NOTE_SIZE, line=NOTE_LINE)
    else:
        raise TypeError(f"no PDF layout for {block!r}")


def _lines(pdf: FPDF, text: str | Sequence[Segment], width: float, *, font: str = BODY,
           size: float = SIZE) -> int:
    """How many lines the text takes in a column `width` mm wide (measured, not drawn)."""
    pdf.set_font(font, size=size)
    if font == BODY:
        count = len(wrap(pdf, [text] if isinstance(text, str) else text, width))
    else:
        count = len(pdf.multi_cell(width, LINE, str(text), dry_run=True,
                                   output=MethodReturnValue.LINES, wrapmode=WrapMode.CHAR))
    pdf.set_font(BODY, size=SIZE)
    return max(1, count)


def _height(pdf: FPDF, block: Block) -> float:
    """The height a block will take, in mm, so that a unit can move to the next page whole.

    (fpdf2's offset_rendering would measure by drawing, but it deep-copies the embedded
    CJK font on every call: a 50-question paper took half a minute.)"""
    if isinstance(block, Title):
        return 10 * _lines(pdf, block.text, pdf.epw, font=HEADING, size=17) + 7
    if isinstance(block, InfoLine):
        return LINE + 6
    if isinstance(block, Heading):
        return 3 + (LINE + 1) * _lines(pdf, block.text, pdf.epw, font=HEADING)
    if isinstance(block, Stem):
        number = f"{block.number}. " if block.number else ""
        indent = 0 if block.number else INDENT
        return LINE * _lines(pdf, [number, *block.segments], pdf.epw - indent) + 2
    if isinstance(block, Choices):
        if block.per_line > 1:
            return LINE * len(block.rows())
        return sum(LINE * _lines(pdf, f"{letter}. {text}", pdf.epw - INDENT)
                   for letter, text in block.items)
    if isinstance(block, Columns):
        left_w, right_w = _column_widths(pdf, block)
        total = 0.0
        for i in range(max(len(block.left), len(block.right))):
            left = _lines(pdf, f"{i + 1}. {block.left[i]}", left_w) if i < len(block.left) else 1
            right = _lines(pdf, f"A. {block.right[i]}", right_w) if i < len(block.right) else 1
            total += LINE * max(left, right) + 1
        return total
    if isinstance(block, KeyItem):
        head = LINE * _lines(pdf, f"{block.number}. 答案：{block.answer}", pdf.epw) + 2
        return head + sum(NOTE_LINE * _lines(pdf, n, pdf.epw - INDENT, size=NOTE_SIZE)
                          for n in block.notes)
    return 0.0


def _units(blocks: Sequence[Block]) -> list[list[Block]]:
    """Blocks grouped into what must not be split: a question with its choices, and a
    heading (or title) with the unit that follows it."""
    units: list[list[Block]] = []
    carry: list[Block] = []
    for block in blocks:
        if isinstance(block, (Title, InfoLine, Heading)):
            carry.append(block)
        elif isinstance(block, PageBreak):
            units.append([block])
        elif isinstance(block, (Choices, Columns)) or (isinstance(block, Stem) and not block.number):
            units[-1].append(block)
        else:
            units.append([*carry, block])
            carry = []
    if carry:
        units.append(carry)
    return units


def write(blocks: Sequence[Block], path: Path, *, title: str) -> None:
    """Write the blocks as a PDF file (FontMissing when no CJK font is installed)."""
    pdf = _new_pdf(title)
    for unit in _units(blocks):
        if isinstance(unit[0], PageBreak):
            pdf.add_page()
            continue
        needed = sum(_height(pdf, block) for block in unit)
        fits = pdf.get_y() + needed <= pdf.page_break_trigger
        if not fits and pdf.get_y() > pdf.t_margin + 1:
            pdf.add_page()
        for block in unit:
            _draw(pdf, block)
    pdf.output(str(path))
