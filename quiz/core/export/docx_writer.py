"""Word papers (.docx) with python-docx, laid out the way organizers print them.

python-docx's `font.name` sets only the Latin fonts; Chinese text then falls back to
whatever Word picks. The Normal style therefore carries the East Asian font (`w:rFonts
w:eastAsia`, 宋体) once for the whole document; only runs in another face (黑体 titles
and headings) name their fonts, and runs holding characters both scripts share (“ ” …)
carry the eastAsia hint. Setting the fonts on each of thousands of runs took a third of
the export time.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from quiz.core.export.docx_fields import new_numbered_section, page_number_footer
from quiz.core.export.layout import (
    ANSWER_BRACKETS,
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

LATIN_FONT = "Times New Roman"
BODY_FONT = "宋体"  # SimSun: the body face of Chinese papers; Word maps it on every system
HEADING_FONT = "黑体"  # SimHei for titles and section headings
BODY_SIZE = Pt(12)  # 小四
NOTE_SIZE = Pt(10.5)  # 五号
# A blank is a run of white digits with a black underline. Underlined spaces do not
# survive LibreOffice: U+3000 and no-break spaces at a line end are trailing blanks there
# (the blank vanished or shrank), and it splits runs of underscores or figure spaces
# between lines. A run of digits is one unbreakable word in both Word and LibreOffice, and
# a digit is half an em in every face, so a blank of `cells` digits is exactly as wide as
# `cells` half-width characters and moves to the next line whole.
BLANK_FILL = "n"
BREAK_BEFORE_BLANK = "\u200b"  # LibreOffice finds no break between 、 and a Latin run
MAX_BLANK_CELLS = 60  # a blank never grows past a line (16 cm hold about 75 cells at 12 pt)
TEXT_WIDTH_CM = 16.0  # A4 width less the 2.5 cm side margins
CHOICE_INDENT_CM = 0.75


def set_east_asian_font(run: Run, east_asian: str, latin: str = LATIN_FONT) -> None:
    """Give a run its Latin and East Asian fonts (the latter in `w:rFonts w:eastAsia`)."""
    run.font.name = latin
    fonts = run._element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), east_asian)
    # Characters shared by both scripts (“ ” 、 …) take the East Asian font, so Chinese
    # quotation marks print full-width instead of in the Latin face.
    fonts.set(qn("w:hint"), "eastAsia")


# Characters Word takes from the Latin face unless a run says eastAsia: quotation marks,
# the ellipsis and dashes would print half-width in a Chinese sentence.
SHARED_CHARACTERS = frozenset("“”‘’…—·–")


def _run(paragraph: Paragraph, text: str, *, font: str = BODY_FONT, bold: bool = False,
         underline: bool = False, size: Pt | None = None) -> Run:
    run = paragraph.add_run(text)
    if font != BODY_FONT:
        set_east_asian_font(run, font)
    elif not SHARED_CHARACTERS.isdisjoint(text):
        run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:hint"), "eastAsia")
    # Only what differs from the style: python-docx adds an (empty) w:rPr to every run it
    # is asked to set to None, a fifth of the time of a paper.
    if bold:
        run.bold = True
    if underline:
        run.underline = True
    if size is not None:
        run.font.size = size
    return run


def _setup(document: DocumentObject, title: str, *, page_total: bool = True) -> None:
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.2)
    section.left_margin, section.right_margin = Cm(2.5), Cm(2.5)
    section.footer_distance = Cm(1.2)
    normal = document.styles["Normal"]
    normal.font.name = LATIN_FONT
    normal.font.size = BODY_SIZE
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), BODY_FONT)
    fonts.set(qn("w:hint"), "eastAsia")
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "en-US")
    lang.set(qn("w:eastAsia"), "zh-CN")
    rpr.append(lang)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.35
    document.core_properties.title = title
    page_number_footer(section.footer.paragraphs[0], _run, with_total=page_total)


def blank_text(cells: int) -> str:
    """The (invisible) text of a blank `cells` half-width characters wide."""
    return BREAK_BEFORE_BLANK + BLANK_FILL * max(2, min(cells, MAX_BLANK_CELLS))


def _blank(paragraph: Paragraph, cells: int) -> Run:
    run = _run(paragraph, blank_text(cells))
    run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    underline.set(qn("w:color"), "000000")  # black, though the text itself is white
    run._element.get_or_add_rPr().append(underline)
    return run


def _invisible(paragraph: Paragraph, cells: int) -> Run:
    run = _run(paragraph, BLANK_FILL * cells)
    run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    return run


def _text(paragraph: Paragraph, text: str) -> None:
    """Text whose answer brackets `（　　）` hold white letters instead of U+3000, which
    LibreOffice would let break apart at a line end (`（` on one line, `）` on the next)."""
    pieces = text.split(ANSWER_BRACKETS)
    for i, piece in enumerate(pieces):
        if i:
            _run(paragraph, "（")
            _invisible(paragraph, 4)
            _run(paragraph, "）")
        if piece:
            _run(paragraph, piece)


def _segments(paragraph: Paragraph, segments: Sequence[Segment]) -> None:
    for segment in segments:
        if isinstance(segment, Blank):
            _blank(paragraph, segment.cells)
        else:
            _text(paragraph, segment)


def _paragraph(document: DocumentObject, *, keep: bool = False, indent: float = 0,
               before: float = 0) -> Paragraph:
    paragraph = document.add_paragraph()
    fmt = paragraph.paragraph_format
    fmt.keep_with_next = keep or None
    if indent:
        fmt.left_indent = Cm(indent)
    if before:
        fmt.space_before = Pt(before)
    return paragraph


def _column_widths(block: Columns) -> tuple[Cm, Cm]:
    """The left column as wide as its longest entry (3.5 to 7 cm), the right the rest."""
    # Half-width units: Chinese text (and its quotes, full-width in CJK fonts) counts two.
    longest = max((sum(1 if ch.isascii() else 2 for ch in f"{i + 1}. {t}")
                   for i, t in enumerate(block.left)), default=0)
    # indent 0.75 cm, cell margins 0.4 cm, 0.22 cm per half-width unit at 12 pt, some slack
    left = min(7.0, max(3.5, 1.45 + 0.22 * longest))
    return Cm(left), Cm(TEXT_WIDTH_CM - left)


def _columns(document: DocumentObject, block: Columns) -> None:
    rows = max(len(block.left), len(block.right))
    table = document.add_table(rows=rows, cols=2)
    table.autofit = False
    widths = _column_widths(block)
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    for i, row in enumerate(table.rows):
        row.cells[0].width, row.cells[1].width = widths
        left = f"{i + 1}. {block.left[i]}" if i < len(block.left) else ""
        right = f"{chr(65 + i)}. {block.right[i]}" if i < len(block.right) else ""
        for cell, text, indent in ((row.cells[0], left, 0.75), (row.cells[1], right, 1.5)):
            paragraph = cell.paragraphs[0]
            paragraph.paragraph_format.left_indent = Cm(indent)
            paragraph.paragraph_format.space_before = Pt(3)
            # Exact leading: a cell of digits and quotes and a cell of Chinese text would
            # otherwise get different line heights and their baselines would not line up.
            paragraph.paragraph_format.line_spacing = Pt(19)
            paragraph.paragraph_format.keep_with_next = i < rows - 1 or None
            _run(paragraph, text)
        row_props = row._tr.get_or_add_trPr()
        row_props.append(OxmlElement("w:cantSplit"))


def _block(document: DocumentObject, block: Block, keep_next: bool) -> None:
    if isinstance(block, Title):
        paragraph = _paragraph(document, keep=True)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _run(paragraph, block.text, font=HEADING_FONT, bold=True, size=Pt(18))
        note = _paragraph(document, keep=True, before=4)
        note.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _run(note, block.note, size=NOTE_SIZE)
    elif isinstance(block, InfoLine):
        paragraph = _paragraph(document, before=10)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for i, name in enumerate(block.fields):
            _run(paragraph, ("　" if i else "") + f"{name}：")
            _blank(paragraph, 10)
        if block.time_text:
            _run(paragraph, f"　　{block.time_text}")
    elif isinstance(block, Heading):
        paragraph = _paragraph(document, keep=True, before=12)
        _run(paragraph, block.text, font=HEADING_FONT, bold=True)
    elif isinstance(block, Stem):
        paragraph = _paragraph(document, keep=keep_next, before=6 if block.number else 2)
        if block.number:
            _run(paragraph, f"{block.number}. ")
        else:
            paragraph.paragraph_format.left_indent = Cm(0.75)
        _segments(paragraph, block.segments)
    elif isinstance(block, Choices):
        # One paragraph with line breaks, kept together: a question's choices never
        # straddle a page (LibreOffice does not always honour a chain of keep-with-next).
        # Choices sharing a line start at tab stops, in columns of equal width.
        paragraph = _paragraph(document, keep=keep_next, indent=CHOICE_INDENT_CM)
        paragraph.paragraph_format.keep_together = True
        column = (TEXT_WIDTH_CM - CHOICE_INDENT_CM) / block.per_line
        for k in range(1, block.per_line):
            paragraph.paragraph_format.tab_stops.add_tab_stop(Cm(CHOICE_INDENT_CM + k * column))
        rows = block.rows()
        for r, row in enumerate(rows):
            text = "\t".join(f"{letter}. {choice}" for letter, choice in row)
            run = _run(paragraph, text)
            if r < len(rows) - 1:
                run.add_break()
    elif isinstance(block, Columns):
        _columns(document, block)
    elif isinstance(block, PageBreak):
        new_numbered_section(document, _run)
    elif isinstance(block, KeyItem):
        paragraph = _paragraph(document, keep=bool(block.notes), before=6)
        _run(paragraph, f"{block.number}. 答案：", bold=True)
        _run(paragraph, block.answer)
        if block.notes:
            notes = _paragraph(document, indent=0.75)
            notes.paragraph_format.keep_together = True
            for i, note in enumerate(block.notes):
                run = _run(notes, note, size=NOTE_SIZE)
                if i < len(block.notes) - 1:
                    run.add_break()
    else:
        raise TypeError(f"no Word layout for {block!r}")


def build(blocks: Sequence[Block], *, title: str) -> DocumentObject:
    """The Word document for the blocks."""
    document = Document()
    _setup(document, title, page_total=not any(isinstance(b, PageBreak) for b in blocks))
    for i, block in enumerate(blocks):
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        keep_next = isinstance(following, (Choices, Columns)) or (
            isinstance(following, Stem) and not following.number
        )
        _block(document, block, keep_next)
    return document


def write(blocks: Sequence[Block], path: Path, *, title: str) -> None:
    """Write the blocks as a .docx file."""
    build(blocks, title=title).save(str(path))
