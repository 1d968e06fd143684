"""Mock exam set-up: number of questions, type mix, time limit, points per type."""

from __future__ import annotations

from collections import Counter

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Checkbox, Footer, Header, Input, Label, Static

from quiz.core.model import TYPE_NAMES_ZH, QuestionType
from quiz.core.review.exam import DEFAULT_POINTS, ExamPlan, pick_questions
from quiz.core.workspace import Workspace


class ExamSetupScreen(Screen):
    """A small form; Ctrl+S (or the button) starts the exam."""

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
        yield Header()
        with VerticalScroll(classes="exam-setup-body"):
            yield Static("模拟考试设置", classes="title")
            with Horizontal(classes="exam-setup-row"):
                yield Label("题目数量")
                yield Input("20", id="exam-count", type="integer", compact=True)
            with Horizontal(classes="exam-setup-row"):
                yield Label("时间(分钟)")
                yield Input("30", id="exam-minutes", type="number", compact=True)
            yield Static("题型 (题库中的题数) 与每题分值", classes="exam-setup-heading")
            for kind in QuestionType:
                with Horizontal(classes="exam-setup-row"):
                    yield Checkbox(
                        f"{TYPE_NAMES_ZH[kind]} ({available[kind]})", kind in available, id=f"exam-type-{kind}"
                    )
                    yield Input(
                        f"{DEFAULT_POINTS[kind]:g}", id=f"exam-points-{kind}", type="number", compact=True
                    )
            yield Button("开始考试 (Ctrl+S)", id="exam-start", variant="primary")
        yield Footer()

    def plan(self) -> ExamPlan:
        """The plan as filled in; bad numbers fall back to the defaults."""
        def number(selector: str, default: float) -> float:
            try:
                value = float(self.query_one(selector, Input).value)
            except ValueError:
                return default
            return value if value > 0 else default

        types = tuple(k for k in QuestionType if self.query_one(f"#exam-type-{k}", Checkbox).value)
        points = {k: number(f"#exam-points-{k}", DEFAULT_POINTS[k]) for k in QuestionType}
        return ExamPlan(
            count=int(number("#exam-count", 20)),
            minutes=number("#exam-minutes", 30),
            types=types,
            points=points,
        )

    @on(Button.Pressed, "#exam-start")
    def action_start(self) -> None:
        plan = self.plan()
        questions = pick_questions(self.trainer.bank, plan)
        if not questions:
            self.notify("所选题型在题库中没有题目, 请至少选一种有题的题型", severity="warning")
            return
        from quiz.tui.screens.exam import ExamScreen

        self.app.switch_screen(ExamScreen(self.trainer, plan, questions))
