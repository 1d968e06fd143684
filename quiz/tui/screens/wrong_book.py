"""错题本: questions answered wrongly or turned leeches, with the wrong answers; drill them."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from quiz.core.model import TYPE_NAMES_ZH
from quiz.core.workspace import Workspace
from quiz.tui.widgets.feedback import correct_answer_text, labelled


class WrongBookScreen(Screen):
    """A table of wrong questions; d drills all of them, Enter shows one."""

    CSS_PATH = "wrong_book.tcss"
    BINDINGS = [
        Binding("d", "drill", "全部重练", id="wrong-book.drill"),
        Binding("escape", "app.pop_screen", "返回", id="wrong-book.back"),
    ]

    class Loaded(Message):
        """The wrong book, read from the database."""

        def __init__(self, entries: list) -> None:
            super().__init__()
            self.entries = entries

    def __init__(self, trainer: Workspace) -> None:
        super().__init__()
        self.trainer = trainer
        self.entries: list = []

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="wrong-book-title", classes="title")
        yield DataTable(id="wrong-book-table", cursor_type="row", zebra_stripes=True)
        yield Static(id="wrong-book-detail")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_column("题型")
        table.add_column("题目", width=28)
        table.add_column("错误答案", width=20)
        table.add_columns("遗忘", "")
        self.reload()

    def on_screen_resume(self) -> None:
        self.reload()

    def reload(self) -> None:
        """Read the wrong book again (a drill changes it), in a worker."""
        self.query_one("#wrong-book-title", Static).update(Text("正在读取错题本…", style="dim"))
        self.load()

    @work(thread=True, exclusive=True, exit_on_error=False, group="wrong-book")
    def load(self) -> None:
        self.post_message(self.Loaded(self.trainer.session.wrong_book()))

    @on(Loaded)
    def _loaded(self, message: Loaded) -> None:
        bank = self.trainer.bank
        self.entries = [e for e in message.entries if bank.question(e.question_id)]
        table = self.query_one(DataTable)
        table.clear()
        for entry in self.entries:
            question = bank.question(entry.question_id)
            assert question is not None
            table.add_row(
                TYPE_NAMES_ZH[question.type],
                Text(question.prompt[:40], overflow="ellipsis", no_wrap=True),
                Text("；".join(a or "(空)" for a in entry.wrong_answers[:3]) or "(未作答)"),
                str(entry.lapses),
                Text("顽固" if entry.leech else "", style="bold red"),
                key=entry.question_id,
            )
        title = f"错题本: {len(self.entries)} 道" if self.entries else "错题本是空的: 还没有答错的题目。"
        self.query_one("#wrong-book-title", Static).update(Text(title))
        self._show_detail(0)

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self._show_detail(event.cursor_row)

    def _show_detail(self, row: int) -> None:
        detail = self.query_one("#wrong-book-detail", Static)
        if not 0 <= row < len(self.entries):
            detail.update("")
            return
        question = self.trainer.bank.question(self.entries[row].question_id)
        assert question is not None
        rows = [("题目", Text(question.prompt)), ("正确答案", correct_answer_text(question))]
        if question.source:
            rows.append(("出处", Text(question.source)))
        detail.update(labelled(rows))

    def action_drill(self) -> None:
        questions = [self.trainer.bank.question(e.question_id) for e in self.entries]
        drill = [q for q in questions if q is not None]
        if not drill:
            self.notify("错题本是空的", timeout=2)
            return
        self.app.open_study(drill=drill)  # type: ignore[attr-defined]
