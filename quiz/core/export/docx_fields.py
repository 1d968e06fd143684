"""Word fields and sections of a paper: the page-number footer and the answer key's own
section, numbered from 1."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from docx.document import Document as DocumentObject
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.text.paragraph import Paragraph

RunMaker = Callable[..., Any]  # docx_writer's `_run`: adds a run in the paper's fonts


def new_numbered_section(document: DocumentObject, run: RunMaker) -> None:
    """Start the answer key: a new section on a new page, numbered from 1 with a footer of
    its own. A page-break paragraph would leave a blank page where the paper ends at the
    bottom of a page, and the key would go on counting the paper's pages."""
    section = document.add_section(WD_SECTION.NEW_PAGE)
    section.footer.is_linked_to_previous = False
    footer = section.footer.paragraphs[0]
    for old in list(footer.runs):
        old._element.getparent().remove(old._element)
    page_number_footer(footer, run, with_total=False)
    numbering = OxmlElement("w:pgNumType")
    numbering.set(qn("w:start"), "1")
    columns = section._sectPr.find(qn("w:cols"))  # the schema puts pgNumType before cols
    if columns is not None:
        columns.addprevious(numbering)
    else:
        section._sectPr.append(numbering)


def _field(paragraph: Paragraph, instruction: str, make_run: RunMaker) -> None:
    """A Word field (PAGE, NUMPAGES) that Word fills in when it lays out the page."""
    for kind, text in (("begin", None), (None, instruction), ("separate", None), (None, "1"),
                       ("end", None)):
        run = make_run(paragraph, "", size=Pt(9))
        if kind:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._element.append(char)
        elif text == instruction:
            code = OxmlElement("w:instrText")
            code.set(qn("xml:space"), "preserve")
            code.text = f" {instruction} "
            run._element.append(code)
        else:
            run.text = text or ""


def page_number_footer(paragraph: Paragraph, run: RunMaker, *, with_total: bool = True) -> None:
    """`第 X 页 共 Y 页`, or `第 X 页` alone where the file holds the paper and its key: the
    count of a section's own pages (SECTIONPAGES) is left at its placeholder by
    LibreOffice, and NUMPAGES would count the key's pages too."""
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run(paragraph, "第 ", size=Pt(9))
    _field(paragraph, "PAGE", run)
    if with_total:
        run(paragraph, " 页 共 ", size=Pt(9))
        _field(paragraph, "NUMPAGES", run)
    run(paragraph, " 页", size=Pt(9))
