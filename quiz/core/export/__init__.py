"""Exam papers and exports for other tools (`quiz export`).

`FORMATS` maps each format name to its writer; `run_export` selects the questions,
builds the papers (docx, html, pdf, md) or the question files (apkg, gift, moodle-xml,
csv, xlsx) and writes them atomically.
"""

from __future__ import annotations

from quiz.core.export.base import AnswerMode, ExportOptions, QuestionSet
from quiz.core.export.registry import (
    FORMATS,
    ExportFormat,
    UnknownFormat,
    format_for_path,
    get_format,
)
from quiz.core.export.run import default_output, planned_outputs, run_export
from quiz.core.export.selection import BadOption, Selection, parse_type, select_questions

__all__ = [
    "FORMATS",
    "AnswerMode",
    "BadOption",
    "ExportFormat",
    "ExportOptions",
    "QuestionSet",
    "Selection",
    "UnknownFormat",
    "default_output",
    "format_for_path",
    "get_format",
    "parse_type",
    "planned_outputs",
    "run_export",
    "select_questions",
]
