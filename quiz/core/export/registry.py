"""The export formats: a dict from format name to the module that writes it.

Writer modules are imported only when their format is used, because python-docx, fpdf2
and genanki each take a noticeable time to import.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from quiz.core.errors import ExitCode, QuizError
from quiz.core.export.base import PaperWriter, QuestionWriter


@dataclass(frozen=True)
class ExportFormat:
    """A format: its name, file suffix, whether it is a paper, and its writer module."""

    name: str
    suffix: str
    is_paper: bool
    module: str
    summary: str

    def writer(self) -> PaperWriter | QuestionWriter:
        """The format's `write` function (imports the writer module on first use)."""
        module = importlib.import_module(f"quiz.core.export.{self.module}")
        return cast("PaperWriter | QuestionWriter", module.write)


FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat("docx", ".docx", True, "docx_writer", "Word exam paper"),
        ExportFormat("html", ".html", True, "html_writer", "printable web page"),
        ExportFormat("pdf", ".pdf", True, "pdf_writer", "PDF exam paper (needs a CJK font)"),
        ExportFormat("md", ".md", True, "md_writer", "Markdown exam paper"),
        ExportFormat("apkg", ".apkg", False, "apkg_writer", "Anki deck"),
        ExportFormat("gift", ".gift.txt", False, "gift_writer", "Moodle GIFT questions"),
        ExportFormat("moodle-xml", ".xml", False, "moodle_xml_writer", "Moodle XML questions"),
        ExportFormat("csv", ".csv", False, "csv_writer", "spreadsheet, UTF-8 with BOM"),
        ExportFormat("xlsx", ".xlsx", False, "xlsx_writer", "Excel workbook"),
    )
}


class UnknownFormat(QuizError):
    """A format name that no writer handles."""

    exit_code = ExitCode.USAGE


def get_format(name: str) -> ExportFormat:
    """The format with this name; raise UnknownFormat listing the valid names."""
    key = name.strip().lower()
    if key in FORMATS:
        return FORMATS[key]
    raise UnknownFormat(
        f"未知导出格式 {name!r}", hint=f"可用格式: {', '.join(FORMATS)}"
    )


def format_for_path(path: Path) -> ExportFormat:
    """The format whose suffix the file name has (`paper.pdf` -> pdf), for a missing -f."""
    name = path.name.lower()
    by_length = sorted(FORMATS.values(), key=lambda f: len(f.suffix), reverse=True)
    for fmt in by_length:
        if name.endswith(fmt.suffix):
            return fmt
    raise UnknownFormat(
        f"无法从文件名 {path.name!r} 判断格式",
        hint=f"请用 --format 指定: {', '.join(FORMATS)}",
    )
