"""CSV for exam platforms: UTF-8 with a byte-order mark, so Excel reads the Chinese right."""

from __future__ import annotations

import csv
from pathlib import Path

from quiz.core.export.base import QuestionSet
from quiz.core.export.rows import question_rows


def write(chosen: QuestionSet, path: Path) -> None:
    """Write one row per question (type, stem, options, answer, explanation, ...)."""
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, lineterminator="\r\n").writerows(question_rows(chosen))
