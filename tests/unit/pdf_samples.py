"""Make small PDFs of report text for the PDF reading tests (fpdf2, a CJK font)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import WrapMode

FONT_FAMILY = "cjk"
_HEADING = re.compile(r"^#{1,6}\s*")
_BOLD = re.compile(r"\*\*")


def cjk_font() -> Path | None:
    """A font file with Chinese glyphs, or None when the machine has none."""
    if shutil.which("fc-list") is None:
        return None
    listing = subprocess.run(
        ["fc-list", ":lang=zh", "file"], capture_output=True, text=True, check=False
    ).stdout
    files = sorted({line.split(":")[0].strip() for line in listing.splitlines() if line.strip()})
    # Prefer a regular sans face: its subset is the smallest and fastest to embed.
    files.sort(key=lambda f: ("Sans" not in f, "Bold" in f, f))
    return Path(files[0]) if files else None


def _collection_index(font: Path) -> int:
    """The Simplified Chinese face of a .ttc collection (0 for single fonts)."""
    if font.suffix.lower() != ".ttc":
        return 0
    from fontTools.ttLib import TTCollection

    collection = TTCollection(str(font), lazy=True)
    for i, face in enumerate(collection.fonts):
        if " SC" in face["name"].getDebugName(4) or "GB" in face["name"].getDebugName(4):
            return i
    return 0


def report_paragraphs(text: str) -> list[tuple[str, bool]]:
    """The paragraphs of a corpus text as (text, is_heading), Markdown marks removed."""
    paragraphs = []
    for block in re.split(r"\n\s*\n", text):
        line = " ".join(block.split("\n")).strip()
        if not line:
            continue
        heading = bool(_HEADING.match(line))
        paragraphs.append((_BOLD.sub("", _HEADING.sub("", line)), heading))
    return paragraphs


class _Report(FPDF):
    """A page with a running header, a running footer and a page number."""

    def __init__(self, header_text: str, footer_text: str) -> None:
        super().__init__(format="A4")
        self.header_text = header_text
        self.footer_text = footer_text

    def header(self) -> None:
        self.set_font(FONT_FAMILY, size=9)
        self.cell(0, 6, self.header_text, align="C")
        self.ln(12)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font(FONT_FAMILY, size=9)
        self.cell(0, 5, self.footer_text, align="L")
        self.cell(0, 5, f"- {self.page_no()} -", align="R")


def make_report_pdf(
    text: str,
    font: Path,
    *,
    columns: int = 1,
    title: str | None = None,
    header_text: str = "聊城日报  2023年2月24日  星期五",
    footer_text: str = "责任编辑:张三  本报地址:聊城市东昌府区",
) -> bytes:
    """A PDF of `text`: paragraphs indented by two full-width spaces, headings centred."""
    pdf = _Report(header_text, footer_text)
    pdf.add_font(FONT_FAMILY, fname=str(font), collection_font_number=_collection_index(font))
    if title:
        pdf.set_title(title)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_page()
    paragraphs = report_paragraphs(text)
    if columns == 1:
        for para, heading in paragraphs:
            if heading:
                pdf.set_font(FONT_FAMILY, size=15)
                pdf.multi_cell(0, 9, para, align="C", wrapmode=WrapMode.CHAR,
                               new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font(FONT_FAMILY, size=11)
                pdf.multi_cell(0, 7, "\u3000\u3000" + para, align="L", wrapmode=WrapMode.CHAR,
                               new_x="LMARGIN", new_y="NEXT")
    else:
        # A newspaper page: the headline across the page, the story in columns.
        first, *rest = paragraphs
        pdf.set_font(FONT_FAMILY, size=15)
        pdf.multi_cell(0, 9, first[0], align="C", wrapmode=WrapMode.CHAR,
                       new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        pdf.set_font(FONT_FAMILY, size=10.5)
        with pdf.text_columns(ncols=columns, gutter=8, wrapmode=WrapMode.CHAR,
                              text_align="LEFT", line_height=1.5) as cols:
            for para, _heading in rest:
                cols.write("\u3000\u3000" + para + "\n")
    return with_identity_encoding(bytes(pdf.output()))


def with_identity_encoding(data: bytes) -> bytes:
    """The PDF with its CJK fonts' /Encoding set to the standard /Identity-H.

    fpdf2 (2.8) embeds its own code-to-CID CMap as the font's /Encoding. Neither pypdf
    (which decodes it one byte per code, so glyphs past the 256th come out wrong) nor
    pdfminer.six (which returns no text) reads that; Word, WPS and the typesetting
    systems that make published reports write /Identity-H with a /ToUnicode map, which
    is what this gives the test files. The text comes from /ToUnicode either way.
    """
    import io

    from pypdf import PdfWriter
    from pypdf.generic import NameObject

    writer = PdfWriter(clone_from=io.BytesIO(data))
    for page in writer.pages:
        fonts = page["/Resources"].get("/Font", {})
        for font in fonts.values():
            font = font.get_object()
            if font.get("/Subtype") == "/Type0":
                font[NameObject("/Encoding")] = NameObject("/Identity-H")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def make_scanned_pdf() -> bytes:
    """A PDF whose only page is a picture of text: no text layer at all."""
    from PIL import Image, ImageDraw

    image = Image.new("L", (400, 200), 255)
    draw = ImageDraw.Draw(image)
    for y in range(20, 180, 20):
        draw.line((20, y, 380, y), fill=0, width=6)
    pdf = FPDF()
    pdf.add_page()
    pdf.image(image, x=10, y=10, w=180)
    return bytes(pdf.output())


def make_latin_pdf(pages: int = 2) -> bytes:
    """A small PDF in a core font (needs no CJK font): input for the damage tests."""
    sentences = ["The report names three priorities: growth, reform and welfare.",
                 "Each district reports on its work at the end of the year."]
    pdf = FPDF()
    pdf.set_font("helvetica", size=12)
    for n in range(pages):
        pdf.add_page()
        pdf.multi_cell(0, 8, sentences[n % len(sentences)] * (n + 1))
    return bytes(pdf.output())


def make_encrypted_pdf(user_password: str = "secret") -> bytes:
    """A PDF that needs a password to open."""
    pdf = FPDF()
    pdf.set_encryption(owner_password="owner", user_password=user_password)
    pdf.set_font("helvetica", size=12)
    pdf.add_page()
    pdf.cell(0, 10, "locked")
    return bytes(pdf.output())


def make_zero_page_pdf() -> bytes:
    """A well-formed PDF whose page tree is empty."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [] /Count 0 >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)
