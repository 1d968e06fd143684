"""A year of reviews as a calendar heatmap, one cell per day (like GitHub's)."""

from __future__ import annotations

import datetime as dt

from rich.cells import cell_len
from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

from quiz.core.clock import Clock

LEVEL_STYLES = ("grey23", "green4", "green3", "green1", "bold bright_green")
WEEKDAY_LABELS = ("一", "  ", "三", "  ", "五", "  ", "日")
LABEL_WIDTH = 3


def level(count: int, peak: int) -> int:
    """The shade 0-4 for a day's count, relative to the busiest day."""
    if count <= 0 or peak <= 0:
        return 0
    return min(4, 1 + (count * 4 - 1) // peak)


def heatmap_text(counts: dict[dt.date, int], today: dt.date, width: int) -> Text:
    """The heatmap fitted into `width` cells: as many weeks as fit, up to 53."""
    cell = 2 if width >= LABEL_WIDTH + 53 * 2 else 1
    weeks = max(1, min(53, (width - LABEL_WIDTH) // cell))
    last_monday = today - dt.timedelta(days=today.weekday())
    first_monday = last_monday - dt.timedelta(weeks=weeks - 1)
    peak = max((v for d, v in counts.items() if d >= first_monday), default=0)
    text = Text()
    month_row = ""
    used = 0  # cells taken so far; labels are measured in cells, 月 takes two
    for week in range(weeks):
        monday = first_monday + dt.timedelta(weeks=week)
        pos = week * cell
        label = f"{monday.month}月"
        if monday.day <= 7 and pos >= used and pos + cell_len(label) <= weeks * cell:
            month_row += " " * (pos - used) + label
            used = pos + cell_len(label)
    text.append(" " * LABEL_WIDTH + month_row + "\n", style="dim")
    for weekday in range(7):
        text.append(WEEKDAY_LABELS[weekday].ljust(2) + " ", style="dim")
        for week in range(weeks):
            day = first_monday + dt.timedelta(weeks=week, days=weekday)
            if day > today:
                text.append(" " * cell)
                continue
            shade = LEVEL_STYLES[level(counts.get(day, 0), peak)]
            text.append("■" + " " * (cell - 1), style=shade)
        text.append("\n")
    text.append(" " * LABEL_WIDTH + "少 ", style="dim")
    for style in LEVEL_STYLES:
        text.append("■", style=style)
    text.append(" 多", style="dim")
    return text


class Heatmap(Widget):
    """Shows `heatmap_text` for the counts given, sized to the widget."""

    DEFAULT_CSS = """
    Heatmap { height: 9; width: 1fr; }
    """

    counts: reactive[dict[dt.date, int]] = reactive(dict, always_update=True)

    def __init__(self, today: dt.date | None = None, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.today = today or Clock().local_date()

    def render(self) -> Text:
        return heatmap_text(self.counts, self.today, self.size.width or 80)
