"""Reading order on a PDF page: lines in columns read column by column, with headlines
that span the columns read where they stand (newspaper pages such as 日报)."""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quiz.core.text.pdf_layout import Line


def _column_starts(lines: list[Line]) -> list[float]:
    """The left edges of a page's columns (one entry for a single-column page).

    A page is set in columns when most of its lines are narrower than 60% of the text
    width and several lines start at each of two or more left edges at least a quarter
    of the width apart; an indented first line or a centred heading does not make one.
    """
    left = min(line.x0 for line in lines)
    width = max(line.x1 for line in lines) - left
    narrow = [line for line in lines if line.x1 - line.x0 < 0.6 * width]
    if len(lines) < 6 or len(narrow) < 0.6 * len(lines):
        return [left]
    starts = Counter(round(line.x0) for line in narrow)
    needed = max(3, len(narrow) // 10)
    columns = [left]
    for x in sorted(starts):
        count = sum(n for s, n in starts.items() if abs(s - x) <= 1)
        if count >= needed and x >= columns[-1] + 0.25 * width:
            columns.append(float(x))
    return columns


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def page_reading_order(lines: list[Line]) -> list[Line]:
    """The lines of one page in reading order, each with its column's edges.

    Lines that span the column gutters (a headline across a newspaper page) are read
    where they stand; between them, each column is read top to bottom, left to right.
    """
    if not lines:
        return []
    starts = _column_starts(lines)
    splits = [s - 0.5 * statistics.median(line.size for line in lines) for s in starts[1:]]

    def column_of(line: Line) -> int:
        return sum(1 for split in splits if line.x0 >= split)

    def spans(line: Line) -> bool:
        col = column_of(line)
        return col < len(splits) and line.x1 > splits[col] + 2 * line.size

    columns: dict[int, list[Line]] = {}
    for line in lines:
        if not spans(line):
            columns.setdefault(column_of(line), []).append(line)
    edges = {
        col: (min(line.x0 for line in members),
              _percentile([line.x1 for line in members], 0.8) if len(members) >= 5
              else max(line.x1 for line in members))
        for col, members in columns.items()
    }
    whole = (min(line.x0 for line in lines), max(line.x1 for line in lines))
    if not splits:
        whole = edges.get(0, whole)

    ordered: list[Line] = []
    band: list[Line] = []

    def flush() -> None:
        for col in sorted({column_of(line) for line in band}):
            left, right = edges[col]
            ordered.extend(replace(line, left=left, right=right, column=col)
                           for line in band if column_of(line) == col)
        band.clear()

    for line in sorted(lines, key=lambda item: (-item.y, item.x0)):
        if spans(line):
            flush()
            ordered.append(replace(line, left=whole[0], right=whole[1], column=-1))
        else:
            band.append(line)
    flush()
    return ordered
