"""The text the widgets build: diffs, heatmap widths, cloze gaps."""

from __future__ import annotations

import datetime as dt

from rich.cells import cell_len

from quiz.tui.widgets.cloze_card import prompt_text
from quiz.tui.widgets.diff_view import MISSING, WRONG, diff_answer
from quiz.tui.widgets.heatmap import heatmap_text, level


def test_diff_marks_wrong_and_missing_characters() -> None:
    text = diff_answer("预期转若", "预期转弱")
    assert text.plain == "预期转若弱"
    styles = {text.plain[s.start : s.end]: str(s.style) for s in text.spans}
    assert styles == {"若": WRONG, "弱": MISSING}


def test_heatmap_lines_fit_the_width_in_cells() -> None:
    today = dt.date(2026, 11, 21)
    counts = {today - dt.timedelta(days=n): n % 5 for n in range(400)}
    for width in (60, 80, 160):
        lines = heatmap_text(counts, today, width).plain.splitlines()
        assert len(lines) == 9
        assert max(cell_len(line) for line in lines) <= width


def test_heatmap_levels() -> None:
    assert [level(c, 8) for c in (0, 1, 2, 4, 8)] == [0, 1, 1, 2, 4]


def test_cloze_gap_as_long_as_the_answer() -> None:
    text = prompt_text("面临____三重压力", ("需求收缩",))
    assert text.plain == "面临①＿＿＿＿三重压力"
