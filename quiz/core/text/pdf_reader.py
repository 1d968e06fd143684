"""Reading the text layer of a PDF report, with pypdf.

pypdf was chosen over pdfminer.six and pdfplumber (docs/pdf.md has the measurements):
it is pure Python, reads the CJK fonts that fpdf2 and similar tools embed with their
own code-to-glyph CMap (pdfminer.six returns no text for them), and is about three times
faster on reports. pypdf gives where each run of text starts; `pdf_layout` turns those
runs back into paragraphs in reading order.

Every way a PDF can fail to give text (a scan, a password, a cut-off download, a
damaged file) becomes a `BadInput` with a message that says which; none is a traceback.
"""

from __future__ import annotations

import io
import logging
import math
import re
import unicodedata
from dataclasses import dataclass

from quiz.core.errors import BadInput
from quiz.core.text.pdf_layout import PageFrame, TextRun, first_heading, layout_text

# Damaged PDFs make pypdf log repairs ("incorrect startxref pointer"); without a handler
# Python would print them on stderr between the tool's own messages.
logging.getLogger("pypdf").addHandler(logging.NullHandler())

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
# Fonts from Word and WPS often map ideographs to their look-alike radicals (⼀ U+2F00 for
# 一 U+4E00); the labels are searched as ideographs, so radicals are read as them.
_RADICALS = re.compile(r"[\u2e80-\u2ef3\u2f00-\u2fd5]")
_GENERATOR_PREFIX = re.compile(r"^(?:Microsoft\s+(?:Word|PowerPoint)\s*-\s*|WPS\S*\s*-\s*)")
_FILE_SUFFIX = re.compile(r"\.(?:docx?|wps|pdf|pptx?|txt|rtf)$", re.IGNORECASE)
_OCR_HINT = ("请先在 quiz 之外做文字识别 (OCR), 例如 `ocrmypdf -l chi_sim scan.pdf text.pdf`, "
             "再把结果交给 quiz")


@dataclass(frozen=True)
class PdfText:
    """The text a PDF gives, and the title it names itself by (None when it has none)."""

    text: str
    title: str | None
    pages: int


def _matrix_product(a: list[float], b: list[float]) -> list[float]:
    return [
        a[0] * b[0] + a[1] * b[2], a[0] * b[1] + a[1] * b[3],
        a[2] * b[0] + a[3] * b[2], a[2] * b[1] + a[3] * b[3],
        a[4] * b[0] + a[5] * b[2] + b[4], a[4] * b[1] + a[5] * b[3] + b[5],
    ]


def ideographs_for_radicals(text: str) -> str:
    """`text` with radicals replaced by the ideographs Unicode maps them to (all Kangxi
    radicals, two of the supplementary ones; the others have no such mapping)."""
    return _RADICALS.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)


def _page_runs(page: object, number: int) -> list[TextRun]:
    """The text runs pypdf finds on one page, with their position and type size."""
    runs: list[TextRun] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        text = ideographs_for_radicals(_CONTROL.sub("", text))
        if not text.strip("\n"):
            return
        m = _matrix_product([float(v) for v in tm], [float(v) for v in cm])
        scale = math.hypot(m[2], m[3]) or 1.0
        real_size = abs(float(size) * scale) or 1.0
        if not all(math.isfinite(v) for v in (m[4], m[5], real_size)):
            return  # a damaged matrix places the text nowhere: it cannot be laid out
        # pypdf may hand over several lines at once; later ones go one line further down.
        for i, part in enumerate(text.split("\n")):
            if part:
                runs.append(TextRun(page=number, x=m[4], y=m[5] - i * 1.2 * real_size,
                                    size=real_size, text=part))

    page.extract_text(visitor_text=visit)  # type: ignore[attr-defined]
    return runs


def _metadata_title(reader: object) -> str | None:
    """The document title from the PDF's metadata, unless it is empty or generated."""
    try:
        info = reader.metadata  # type: ignore[attr-defined]
        raw = info.title if info is not None else None
    except Exception:  # noqa: BLE001 - a damaged Info dictionary only costs the title
        return None
    if not raw:
        return None
    title = _FILE_SUFFIX.sub("", _GENERATOR_PREFIX.sub("", str(raw))).strip()
    if not title or title.lower() in {"untitled", "无标题", "document"}:
        return None
    return title


def _has_images(page: object) -> bool:
    try:
        xobjects = page["/Resources"]["/XObject"]  # type: ignore[index]
        return any(x.get_object().get("/Subtype") == "/Image" for x in xobjects.values())
    except (KeyError, TypeError, AttributeError):
        return False


def _open(data: bytes, path: str) -> object:
    from pypdf import PdfReader  # deferred: only PDF input needs pypdf
    from pypdf.errors import DependencyError, FileNotDecryptedError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            # Many published reports forbid copying but open without a password; those
            # decrypt with the empty password and are read like any other.
            try:
                opened = reader.decrypt("")
            except (FileNotDecryptedError, NotImplementedError, DependencyError):
                opened = 0
            if not opened:
                raise BadInput("PDF 已加密, 需要密码才能打开", path=path,
                               hint="请用密码打开并另存一份不加密的副本")
        return reader
    except BadInput:
        raise
    except Exception as exc:  # noqa: BLE001 - see _read
        raise BadInput("不是可读的 PDF (文件已损坏)", path=path,
                       hint="请用 PDF 阅读器打开, 另存或打印为新的 PDF") from exc


def _read(reader: object, path: str) -> tuple[list[TextRun], dict[int, PageFrame], bool]:
    runs: list[TextRun] = []
    frames: dict[int, PageFrame] = {}
    images = False
    pages = reader.pages  # type: ignore[attr-defined]
    if len(pages) == 0:
        raise BadInput("PDF 没有页面", path=path, hint="文件中没有报告")
    for number, page in enumerate(pages):
        box = page.cropbox
        frames[number] = PageFrame(number, float(box.bottom), float(box.top))
        page_runs = _page_runs(page, number)
        runs.extend(page_runs)
        if not page_runs:
            images = images or _has_images(page)
    return runs, frames, images


def pdf_to_text(data: bytes, path: str) -> PdfText:
    """The text of a PDF report, its paragraphs rebuilt by `pdf_layout`, and its title."""
    if b"%PDF-" not in data[:1024]:
        raise BadInput("不是 PDF 文件 (开头不是 %PDF-)", path=path,
                       hint="请确认文件是报告本身, 而不是网页或压缩包")
    if b"%%EOF" not in data[-2048:]:
        raise BadInput("PDF 不完整: 结尾没有 %%EOF", path=path,
                       hint="下载或复制没有完成, 请重新获取文件")
    reader = _open(data, path)
    try:
        runs, frames, images = _read(reader, path)
    except BadInput:
        raise
    except Exception as exc:  # noqa: BLE001
        # pypdf raises many kinds of error on damaged files (PdfReadError, KeyError,
        # ValueError, zlib.error, RecursionError...); all mean the same to the user.
        raise BadInput("不是可读的 PDF (文件已损坏)", path=path,
                       hint="请用 PDF 阅读器打开, 另存或打印为新的 PDF") from exc
    text = layout_text(runs, frames)
    if not text.strip():
        if images:
            raise BadInput("扫描版 PDF: 页面是图片, 没有文字层", path=path,
                           hint=_OCR_HINT)
        raise BadInput("PDF 中没有文字", path=path, hint="页面上没有可读的文字")
    title = _metadata_title(reader) or first_heading(runs, frames)
    return PdfText(text=text, title=title, pages=len(frames))
