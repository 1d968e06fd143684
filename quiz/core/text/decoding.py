"""Turning the bytes of a report into text: encodings, HTML, Word and PDF documents."""

from __future__ import annotations

import codecs
import io
import re
from pathlib import Path

from quiz.core.errors import BadInput
from quiz.core.text.files import read_input_bytes
from quiz.core.text.html_text import html_to_text

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
DOCX_SUFFIXES = {".docx"}
PDF_SUFFIXES = {".pdf"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | DOCX_SUFFIXES | PDF_SUFFIXES

_CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")
_HTML_START = re.compile(rb"^\s*(<!doctype html|<html|<\?xml[^>]*>\s*<html)", re.IGNORECASE)


def _looks_like_chinese(text: str) -> bool:
    """True when most non-ASCII characters are CJK (a sanity check for GB18030)."""
    non_ascii = [c for c in text[:20000] if ord(c) > 127]
    if not non_ascii:
        return True
    cjk = sum(1 for c in non_ascii if _CJK.match(c))
    return cjk / len(non_ascii) >= 0.8


def decode_text(data: bytes, path: str) -> str:
    """Decode report bytes: UTF-8 (BOM or not), UTF-16 with BOM, or GB18030/GBK.

    The encoding is detected from the bytes, never from the file name. Binary data and
    bytes that decode in no supported encoding raise BadInput.
    """
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise BadInput("以 UTF-8 标记开头, 内容却不是有效的 UTF-8", path=path,
                           hint="请把文件另存为 UTF-8") from exc
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise BadInput("无效的 UTF-16 文本", path=path,
                           hint="请把文件另存为 UTF-8") from exc
    if b"\x00" in data[:8192]:
        raise BadInput("是二进制文件, 不是文本", path=path,
                       hint="请给出 .txt、.md、.html、.docx 或 .pdf 格式的报告")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _decode_legacy(data, path)
    if len(_CONTROL.findall(text[:8192])) > 8:
        raise BadInput("是二进制文件, 不是文本", path=path,
                       hint="请给出 .txt、.md、.html、.docx 或 .pdf 格式的报告")
    return text


def _decode_legacy(data: bytes, path: str) -> str:
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        text = None
    if text is not None and _looks_like_chinese(text):
        return text
    from charset_normalizer import from_bytes  # only for files that are neither UTF-8 nor GB

    best = from_bytes(data).best()
    if best is not None and best.encoding and _looks_like_chinese(str(best)):
        return str(best)
    raise BadInput("无法识别文本编码 (不是 UTF-8、GB18030/GBK 或 UTF-16)", path=path,
                   hint="请把文件另存为 UTF-8")


MAX_DOCX_UNPACKED = 256 * 1024 * 1024  # a zip bomb would otherwise fill the memory


def docx_to_text(data: bytes, path: str) -> str:
    """The paragraphs (and table cells) of a Word document, blank-line separated.

    A damaged or hostile file (bad zip, bad compression, broken or oversized XML) raises
    BadInput naming the file, whatever part of the reading fails.
    """
    import zipfile
    import zlib

    import docx  # deferred: python-docx is only needed for .docx input
    from lxml import etree

    unreadable = (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, NotImplementedError,
                  EOFError, KeyError, ValueError, TypeError, AttributeError, IndexError,
                  etree.LxmlError)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
        if unpacked > MAX_DOCX_UNPACKED:
            raise BadInput(f"解压后有 {unpacked // (1024 * 1024)} MB, "
                           "远超一份报告的大小", path=path, hint="请用 Word 打开后重新保存")
        document = docx.Document(io.BytesIO(data))
        paragraphs = [p.text for p in document.paragraphs]
        for table in document.tables:
            for row in table.rows:
                paragraphs.append("\t".join(cell.text for cell in row.cells))
    except unreadable as exc:
        raise BadInput("不是可读的 Word .docx 文件", path=path,
                       hint="请用 Word 或 LibreOffice 打开并另存为 .docx") from exc
    return "\n\n".join(p for p in paragraphs if p.strip()) + "\n"


def read_source_text(path: Path) -> str:
    """The text of a report file of any supported kind (before cleaning)."""
    return read_source(path)[0]


def read_source(path: Path) -> tuple[str, str | None]:
    """The text of a report file (before cleaning) and the title the file gives itself.

    Only PDFs name themselves (their title metadata or first heading); for other
    formats the title is None.
    """
    data = read_input_bytes(path)
    name = str(path)
    if not data.strip():
        raise BadInput("空文件", path=name, hint="报告中没有文字")
    suffix = path.suffix.lower()
    if suffix in PDF_SUFFIXES or data.startswith(b"%PDF-"):
        from quiz.core.text.pdf_reader import pdf_to_text  # deferred: only PDF input needs pypdf

        pdf = pdf_to_text(data, name)
        return pdf.text, pdf.title
    if suffix in DOCX_SUFFIXES or data.startswith(b"PK\x03\x04"):
        if suffix not in DOCX_SUFFIXES:
            raise BadInput("是 zip 或 Office 文件, 不是文本", path=name,
                           hint="Word 文件请用 .docx 扩展名")
        return docx_to_text(data, name), None
    text = decode_text(data, name)
    if suffix in HTML_SUFFIXES or _HTML_START.match(data[:512]):
        text = html_to_text(text)
    if not text.strip():
        raise BadInput("文件中没有文字", path=name)
    return text, None
