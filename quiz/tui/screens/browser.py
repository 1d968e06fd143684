"""Browser: search formulas and questions by label, item, document or text; open a formula."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Input, Static

from quiz.core.model import Bank, BankFormula
from quiz.core.workspace import Workspace


def search_formulas(bank: Bank, query: str) -> list[BankFormula]:
    """Formulas whose label, items, document, source or questions contain `query`."""
    words = query.split()
    if not words:
        return list(bank.formulas)
    texts: dict[str, list[str]] = {}
    for question in bank.questions:
        for formula_id in question.formula_ids:
            texts.setdefault(formula_id, []).append(question.prompt)
    found = []
    for formula in bank.formulas:
        haystack = " ".join(
            [formula.label, *formula.items, formula.doc, formula.source, formula.evidence,
             *texts.get(formula.id, [])]
        )
        if all(word in haystack for word in words):
            found.append(formula)
    return found


class BrowserScreen(Screen):
    """A search box over a table of formulas; Enter opens one."""

    CSS_PATH = "browser.tcss"
    BINDINGS = [
        Binding("escape", "app.pop_screen", "返回", id="browser.back"),
        Binding("ctrl+f", "focus_search", "搜索", id="browser.search"),
    ]

    def __init__(self, trainer: Workspace) -> None:
        super().__init__()
        self.trainer = trainer
        self.question_counts: dict[str, int] = {}
        for question in trainer.bank.questions:
            for formula_id in question.formula_ids:
                self.question_counts[formula_id] = self.question_counts.get(formula_id, 0) + 1

    def compose(self) -> ComposeResult:
        yield Header()
        yield Input(placeholder="搜索: 提法、条目、文件或题目文字 (Enter 到列表)", id="browser-search")
        yield Static(id="browser-count", classes="dim")
        yield DataTable(id="browser-table", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_column("提法")
        table.add_column("条目", width=30)
        table.add_column("出处", width=24)
        table.add_column("题数")
        self.show(search_formulas(self.trainer.bank, ""))
        self.query_one(Input).focus()

    def show(self, formulas: list[BankFormula]) -> None:
        table = self.query_one(DataTable)
        table.clear()
        for formula in formulas:
            table.add_row(
                Text(formula.label),
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
        self.show(search_formulas(self.trainer.bank, event.value))

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
