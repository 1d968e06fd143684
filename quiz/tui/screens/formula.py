"""One formula: its items and source, and all its questions with their schedule."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Static

from quiz.core.model import TYPE_NAMES_ZH, BankFormula
from quiz.core.workspace import Workspace

STATE_NAMES = {"new": "新", "learning": "学习中", "review": "复习", "relearning": "重学"}


class FormulaScreen(Screen):
    """s suspends or unsuspends the highlighted question."""

    CSS_PATH = "formula.tcss"
    BINDINGS = [
        Binding("s", "toggle_suspend", "暂停/恢复", id="formula.suspend"),
        Binding("escape", "app.pop_screen", "返回", id="formula.back"),
    ]

    def __init__(self, trainer: Workspace, formula: BankFormula) -> None:
        super().__init__()
        self.trainer = trainer
        self.formula = formula
        self.questions = [q for q in trainer.bank.questions if formula.id in q.formula_ids]

    def compose(self) -> ComposeResult:
        formula = self.formula
        yield Header()
        info = Text.assemble(
            (formula.label, "bold cyan"), ": ", "、".join(formula.items),
            ("\n原文: ", "bold"), formula.evidence, ("\n出处: ", "bold"), formula.source or formula.doc,
        )
        yield Static(info, id="formula-info")
        yield DataTable(id="formula-table", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_column("题型")
        table.add_column("题目", width=26)
        table.add_columns("状态", "到期", "次数", "遗忘", "")
        self.reload()
        table.focus()

    def reload(self) -> None:
        table = self.query_one(DataTable)
        row = table.cursor_row
        table.clear()
        for question in self.questions:
            info = self.trainer.session.card_info(question.id)
            due = info.due.astimezone().strftime("%m-%d %H:%M") if info.due and info.reps else "—"
            marks = " ".join(
                m for m, on in (("暂停", info.suspended), ("标记", info.flagged), ("顽固", info.leech)) if on
            )
            table.add_row(
                TYPE_NAMES_ZH[question.type],
                Text(question.prompt, overflow="ellipsis", no_wrap=True),
                STATE_NAMES.get(info.state, info.state),
                due,
                str(info.reps),
                str(info.lapses),
                Text(marks, style="yellow"),
                key=question.id,
            )
        if self.questions:
            table.move_cursor(row=min(row, len(self.questions) - 1))

    def action_toggle_suspend(self) -> None:
        table = self.query_one(DataTable)
        if not self.questions:
            return
        question = self.questions[table.cursor_row]
        suspended = not self.trainer.session.card_info(question.id).suspended
        self.trainer.session.suspend(question.id, suspended)
        self.notify("已暂停该题" if suspended else "已恢复该题", timeout=2)
        self.reload()
