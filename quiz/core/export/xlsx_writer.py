"""Excel workbooks (openpyxl) with one row per question, for platforms that import sheets."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from quiz.core.export.base import QuestionSet
from quiz.core.export.rows import question_rows

COLUMN_WIDTHS = (10, 50, 40, 30, 60, 30, 40)


def write(chosen: QuestionSet, path: Path) -> None:
    """Write a sheet 题库 with a bold header row and wrapped, readable columns."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "题库"
    for row in question_rows(chosen):
        sheet.append(list(row))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = wrap
            cell.data_type = "s"  # report text is never a formula, even if it starts with =
    for i, width in enumerate(COLUMN_WIDTHS):
        sheet.column_dimensions[chr(65 + i)].width = width
    sheet.freeze_panes = "A2"
    workbook.save(str(path))
