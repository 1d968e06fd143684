"""Home: the bank, due and new counts, today's progress, streak, exam countdown."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rich.table import Table
from rich.text import Text
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from quiz.cjk_text import CjkText
from quiz.core.text.controls import visible
from quiz.core.workspace import Workspace
from quiz.tui.widgets.heatmap import Heatmap


def countdown_text(trainer: Workspace) -> Text:
    """"距考试还有 N 天", or how to set the date."""
    exam_date = trainer.settings.exam_date
    if exam_date is None:
        return Text("未设置考试日期 (按 o 在设置中填写)", style="dim")
    days = (exam_date - trainer.today()).days
    if days < 0:
        return Text(f"考试日期 {exam_date} 已过", style="dim")
    return Text.assemble("距考试还有 ", (str(days), "bold yellow"), " 天", f"  ({exam_date})")


class HomeScreen(Screen):
    """The start page; every other screen is one key away."""

    CSS_PATH = "home.tcss"
    BINDINGS = [
        Binding("s,enter", "study", "学习", id="home.study"),
        Binding("e", "exam", "模拟考试", id="home.exam"),
        Binding("w", "wrong_book", "错题本", id="home.wrong-book"),
        Binding("t", "stats", "统计", id="home.stats"),
        Binding("b", "browse", "浏览", id="home.browse"),
        Binding("o", "settings", "设置", id="home.settings"),
        Binding("k", "pick_bank", "换题库", id="home.pick-bank"),
    ]

    class CountsRead(Message):
        """Today's queue and the statistics, read from the database."""

        def __init__(self, counts: Any, stats: Any) -> None:
            super().__init__()
            self.counts = counts
            self.stats = stats

    def __init__(self, trainer: Workspace) -> None:
        super().__init__()
        self.trainer = trainer

    def compose(self) -> ComposeResult:
        yield Header()
        with Vertical(classes="home-body"):
            yield Static(id="home-bank")
            yield Static(id="home-counts")
            yield Static(id="home-countdown")
            yield Static(id="home-menu")
            yield Heatmap(self.trainer.today(), id="home-heatmap")
        yield Footer()

    def on_mount(self) -> None:
        self.refresh_counts()

    def on_screen_resume(self) -> None:
        self.refresh_counts()

    def on_resize(self, event: events.Resize) -> None:
        # The year heatmap only when there is room for it (not at 80x24).
        self.query_one(Heatmap).display = event.size.height >= 34

    def refresh_counts(self) -> None:
        """Show the bank now and the queue and progress once read (in a worker)."""
        trainer = self.trainer
        bank = trainer.bank
        self.query_one("#home-bank", Static).update(
            Text.assemble(
                ("题库 ", "bold"),
                (visible(bank.title), "bold cyan"),
                f"  {len(bank.formulas)} 个提法 · {len(bank.questions)} 道题\n",
                (visible(str(trainer.bank_path)), "dim"),
            )
        )
        self.query_one("#home-countdown", Static).update(countdown_text(trainer))
        menu = Text()
        for key, label in (
            ("s", "开始学习"), ("e", "模拟考试"), ("w", "错题本"),
            ("t", "统计"), ("b", "浏览"), ("o", "设置"), ("k", "换题库"),
        ):
            menu.append(f"\u00a0{key}\u00a0", style="reverse bold")
            menu.append(f"\u00a0{label}  ")  # no-break spaces: a key stays with its label
        self.query_one("#home-menu", Static).update(CjkText(menu))
        self.read_counts()

    @work(thread=True, exclusive=True, exit_on_error=False, group="home-counts")
    def read_counts(self) -> None:
        session = self.trainer.session
        self.post_message(self.CountsRead(session.counts(), session.stats()))

    @on(CountsRead)
    def _counts_read(self, message: CountsRead) -> None:
        counts, stats = message.counts, message.stats
        table = Table.grid(padding=(0, 3))
        for _ in range(5):
            table.add_column(justify="center")
        table.add_row(
            Text(str(counts.due), style="bold yellow"),
            Text(str(counts.new), style="bold cyan"),
            Text(str(counts.learning), style="bold magenta"),
            Text(str(counts.reviewed_today), style="bold green"),
            Text(str(stats.streak), style="bold"),
        )
        table.add_row("到期", "新题", "学习中", "今日已答", "连续天数")
        self.query_one("#home-counts", Static).update(table)
        self.query_one(Heatmap).counts = dict(stats.heatmap)

    def action_study(self) -> None:
        self.app.open_study()  # type: ignore[attr-defined]

    def action_exam(self) -> None:
        self.app.open_exam()  # type: ignore[attr-defined]

    def action_wrong_book(self) -> None:
        from quiz.tui.screens.wrong_book import WrongBookScreen

        self.app.push_screen(WrongBookScreen(self.trainer))

    def action_stats(self) -> None:
        from quiz.tui.screens.stats import StatsScreen

        self.app.push_screen(StatsScreen(self.trainer))

    def action_browse(self) -> None:
        from quiz.tui.screens.browser import BrowserScreen

        self.app.push_screen(BrowserScreen(self.trainer))

    def action_settings(self) -> None:
        from quiz.tui.screens.settings import SettingsScreen

        self.app.push_screen(SettingsScreen(self.trainer))

    def action_pick_bank(self) -> None:
        from quiz.tui.screens.bank_picker import BankPickerScreen

        def chosen(path: Path | None) -> None:
            if path is not None and path != self.trainer.bank_path.resolve():
                self.app.open_bank(path)  # type: ignore[attr-defined]

        self.app.push_screen(BankPickerScreen(self.trainer.bank_path), chosen)
