"""Stats: the year heatmap, reviews per day, the 30-day forecast, retention, exam scores."""

from __future__ import annotations

import datetime as dt
from typing import Any

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from quiz.core.workspace import Workspace
from quiz.tui.widgets.heatmap import Heatmap

BARS = " ▁▂▃▄▅▆▇█"


def bar_chart(values: list[int]) -> str:
    """One bar character per value, scaled to the largest."""
    peak = max(values, default=0)
    if peak <= 0:
        return BARS[0] * len(values)
    return "".join(BARS[min(8, (v * 8 + peak - 1) // peak)] for v in values)


def numbers_text(s: Any, exams: list) -> Text:
    """The headline figures and past exam scores."""
    retention = "—" if s.retention_30d is None else f"{s.retention_30d * 100:.0f}%"
    text = Text.assemble(
        ("今日到期 ", "bold"), str(s.due_today),
        ("   未来7天到期 ", "bold"), str(s.due_next_7),
        ("   今日已答 ", "bold"), str(s.reviews_today),
        ("   连续 ", "bold"), f"{s.streak} 天",
        ("   30天保持率 ", "bold"), retention,
        ("   顽固题 ", "bold"), str(s.leeches),
    )
    text.append("\n\n模拟考试成绩\n", style="bold")
    if not exams:
        text.append("还没有考试记录 (在首页按 e 开始模拟考试)", style="dim")
    for exam in exams[:8]:
        local = exam.started.astimezone().strftime("%Y-%m-%d %H:%M")
        percent = exam.score * 100 / exam.total if exam.total else 0
        text.append(f"{local}  {exam.score:g}/{exam.total:g}  ({percent:.0f}%)  ")
        text.append("█" * int(percent // 5), style="cyan")
        text.append("\n")
    return text


def series_text(title: str, counts: dict[dt.date, int], days: list[dt.date]) -> Text:
    """A labelled one-line bar chart over `days`."""
    values = [counts.get(day, 0) for day in days]
    text = Text.assemble((title, "bold"), f"  (共 {sum(values)}, 最多 {max(values, default=0)}/天)\n")
    text.append(bar_chart(values), style="green")
    text.append(f"\n{days[0]:%m-%d}".ljust(len(days) - 4) + f"{days[-1]:%m-%d}", style="dim")
    return text


class StatsScreen(Screen):
    """Read-only; computed in a worker when opened (0.3-0.9 s on a large database)."""

    class Loaded(Message):
        """The statistics and the exam history, read from the database."""

        def __init__(self, stats: Any, exams: list) -> None:
            super().__init__()
            self.stats = stats
            self.exams = exams

    CSS_PATH = "stats.tcss"
    BINDINGS = [Binding("escape", "app.pop_screen", "返回", id="stats.back")]

    def __init__(self, trainer: Workspace) -> None:
        super().__init__()
        self.trainer = trainer

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="stats-body"):
            yield Static("复习热力图 (过去一年)", classes="title")
            yield Heatmap(self.trainer.today(), id="stats-heatmap")
            yield Static(id="stats-reviews")
            yield Static(id="stats-forecast")
            yield Static(id="stats-numbers")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#stats-numbers", Static).update(Text("正在统计…", style="dim"))
        self.load()

    @work(thread=True, exclusive=True, exit_on_error=False, group="stats")
    def load(self) -> None:
        session = self.trainer.session
        self.post_message(self.Loaded(session.stats(), session.exam_history()))

    @on(Loaded)
    def _loaded(self, message: Loaded) -> None:
        stats = message.stats
        today = self.trainer.today()
        self.query_one(Heatmap).counts = dict(stats.heatmap)
        past = [today - dt.timedelta(days=n) for n in range(29, -1, -1)]
        future = [today + dt.timedelta(days=n) for n in range(30)]
        self.query_one("#stats-reviews", Static).update(series_text("每日复习 (近30天)", stats.heatmap, past))
        self.query_one("#stats-forecast", Static).update(series_text("到期预测 (未来30天)", stats.forecast, future))
        self.query_one("#stats-numbers", Static).update(numbers_text(stats, message.exams))
