"""Mock exam set-up: number of questions, type mix, time limit, points per type.

The form starts from the values used last time (kept in the review database); a value
that is not a positive number is refused with a message, never silently replaced.
"""

from __future__ import annotations

from collections import Counter

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Checkbox, Footer, Header, Input, Label, Static

from quiz.core.errors import BadInput
from quiz.core.model import TYPE_NAMES_ZH, QuestionType
from quiz.core.review.exam import ExamPaper, ExamPlan, pick_questions, plan_from_form
from quiz.core.workspace import Workspace


class ExamSetupScreen(Screen):
    """A small form; Ctrl+S (or the button) starts the exam (Ctrl+T hands it in)."""

    CSS_PATH = "exam_setup.tcss"
    BINDINGS = [
        Binding("ctrl+s", "start", "开始考试", id="exam-setup.start"),
        Binding("escape", "app.pop_screen", "返回", id="exam-setup.back"),
    ]

    def __init__(self, trainer: Workspace) -> None:
        super().__init__()
        self.trainer = trainer

    def compose(self) -> ComposeResult:
        available = Counter(q.type for q in self.trainer.bank.questions)
        last = self.trainer.exams.last_plan()
        plan = last or ExamPlan(types=tuple(k for k in QuestionType if k in available))
        yield Header()
        with VerticalScroll(classes="exam-setup-body"):
            yield Static("模拟考试设置", classes="title")
            with Horizontal(classes="exam-setup-row"):
                yield Label("题目数量")
                yield Input(str(plan.count), id="exam-count", compact=True)
            with Horizontal(classes="exam-setup-row"):
                yield Label("时间(分钟)")
                yield Input(f"{plan.minutes:g}", id="exam-minutes", compact=True)
            yield Static("题型 (题库中的题数) 与每题分值", classes="exam-setup-heading")
            for kind in QuestionType:
                with Horizontal(classes="exam-setup-row"):
                    yield Checkbox(
                        f"{TYPE_NAMES_ZH[kind]} ({available[kind]})",
                        kind in plan.types and kind in available, id=f"exam-type-{kind}",
                    )
                    yield Input(f"{plan.points[kind]:g}", id=f"exam-points-{kind}", compact=True)
            yield Static(id="exam-setup-error")
            yield Button("开始考试 (Ctrl+S)", id="exam-start", variant="primary")
        yield Footer()

    def plan(self) -> ExamPlan:
        """The plan as filled in; a bad value raises BadInput with a message to show."""
        def text(selector: str) -> str:
            return self.query_one(selector, Input).value

        types = tuple(k for k in QuestionType if self.query_one(f"#exam-type-{k}", Checkbox).value)
        return plan_from_form(
            text("#exam-count"), text("#exam-minutes"), types,
            {k: text(f"#exam-points-{k}") for k in QuestionType},
        )

    def refuse(self, message: str) -> None:
        self.query_one("#exam-setup-error", Static).update(message)
        self.notify(message, severity="error", markup=False)

    @on(Button.Pressed, "#exam-start")
    def action_start(self) -> None:
        try:
            plan = self.plan()
        except BadInput as exc:
            self.refuse(exc.message)
            return
        questions = pick_questions(self.trainer.bank, plan)
        if not questions:
            self.refuse("所选题型在题库中没有题目, 请至少选一种有题的题型")
            return
        paper = ExamPaper(self.trainer.bank.title, plan, questions, self.trainer.clock.utc())
        self.trainer.exams.begin(paper)
        from quiz.tui.screens.exam import ExamScreen

        self.app.switch_screen(ExamScreen(self.trainer, paper))
