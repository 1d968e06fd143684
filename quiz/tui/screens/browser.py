"""Browser: search formulas by Chinese, traditional characters or pinyin; open a formula.

The search index (pinyin of every formula) is built in a worker; until it is ready the
search box matches folded Chinese text only. Columns share the width the screen has.
"""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.message import Message
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Input, Static

from quiz.core.bank.search import BankSearch, fold, index_for
from quiz.core.model import BankFormula
from quiz.core.workspace import Workspace


class BrowserScreen(Screen):
    """A search box over a table of formulas; Enter opens one."""

    CSS_PATH = "browser.tcss"
    BINDINGS = [
        Binding("escape", "app.pop_screen", "返回", id="browser.back"),
        Binding("ctrl+f", "focus_search", "搜索", id="browser.search"),
    ]

    class IndexReady(Message):
        """The pinyin search index is built."""

        def __init__(self, index: BankSearch) -> None:
            super().__init__()
            self.index = index

    FIXED_WIDTHS = (16, 24, 4)  # 提法, 出处, 题数; 条目 takes the rest

    def __init__(self, trainer: Workspace) -> None:
        super().__init__()
        self.trainer = trainer
        self.index: BankSearch | None = None
        self.shown: list[BankFormula] = []
        self.question_counts: dict[str, int] = {}
        for question in trainer.bank.questions:
            for formula_id in question.formula_ids:
                self.question_counts[formula_id] = self.question_counts.get(formula_id, 0) + 1

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(placeholder="搜索: 汉字、繁体、拼音或首字母 (如 wzmp), Enter 到列表",
                    id="browser-search")
        yield Static(id="browser-count", classes="dim")
        yield DataTable(id="browser-table", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for name, key in (("提法", "label"), ("条目", "items"), ("出处", "source"), ("题数", "count")):
            table.add_column(name, key=key)
        self.show(list(self.trainer.bank.formulas))
        self.query_one(Input).focus()
        self.build_index()

    @work(thread=True, exclusive=True, exit_on_error=False, group="browser-index")
    def build_index(self) -> None:
        self.post_message(self.IndexReady(index_for(self.trainer.bank)))

    @on(IndexReady)
    def _index_ready(self, message: IndexReady) -> None:
        self.index = message.index
        self.search(self.query_one("#browser-search", Input).value)

    def search(self, query: str) -> None:
        if self.index is not None:
            self.show(self.index.find(query))
            return
        words = [fold(w) for w in query.split()]
        self.show([f for f in self.trainer.bank.formulas
                   if all(w in fold(f.label + "".join(f.items) + f.source) for w in words)])

    def on_resize(self) -> None:
        self.show(self.shown)

    def _widths(self) -> tuple[int, int, int, int]:
        label, source, count = self.FIXED_WIDTHS
        # cell padding (2 per column) and the scrollbar
        items = max(12, self.query_one(DataTable).size.width - label - source - count - 8 - 2)
        return label, items, source, count

    def show(self, formulas: list[BankFormula]) -> None:
        self.shown = formulas
        table = self.query_one(DataTable)
        widths = self._widths()
        for column, width in zip(table.columns.values(), widths, strict=True):
            column.width = width
            column.auto_width = False
        table.clear()
        for formula in formulas:
            table.add_row(
                Text(formula.label, overflow="ellipsis", no_wrap=True),
                Text("、".join(formula.items), overflow="ellipsis", no_wrap=True),
                Text(formula.source or formula.doc, overflow="ellipsis", no_wrap=True),
                str(self.question_counts.get(formula.id, 0)),
                key=formula.id,
            )
        self.query_one("#browser-count", Static).update(
            Text(f"{len(formulas)} / {len(self.trainer.bank.formulas)} 个提法 · Enter 打开")
        )

    @on(Input.Changed, "#browser-search")
    def _search(self, event: Input.Changed) -> None:
        self.search(event.value)

    @on(Input.Submitted, "#browser-search")
    def _to_table(self) -> None:
        self.query_one(DataTable).focus()

    @on(DataTable.RowSelected)
    def _open(self, event: DataTable.RowSelected) -> None:
        from quiz.tui.screens.formula import FormulaScreen

        formula = self.trainer.bank.formula(str(event.row_key.value))
        if formula is not None:
            self.app.push_screen(FormulaScreen(self.trainer, formula))

    def action_focus_search(self) -> None:
        self.query_one(Input).focus()
