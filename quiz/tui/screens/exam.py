"""The mock exam: one question after another under a visible timer, no feedback until the end."""

from __future__ import annotations

import datetime as dt

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from quiz.core.model import TYPE_NAMES_ZH, Question
from quiz.core.review.exam import ExamPlan, total_points
from quiz.core.workspace import Workspace
from quiz.tui.widgets import AnswerInput, answer_widget


class ExamScreen(Screen):
    """Answers are graded silently; the paper is handed in at the end or when time runs out."""

    CSS_PATH = "exam.tcss"
    BINDINGS = [
        Binding("ctrl+n", "skip", "跳过", id="exam.skip"),
        Binding("ctrl+s", "hand_in", "交卷", id="exam.hand-in"),
    ]

    def __init__(self, trainer: Workspace, plan: ExamPlan, questions: list[Question]) -> None:
        super().__init__()
        self.trainer = trainer
        self.plan = plan
        self.questions = questions
        self.index = 0
        self.answers: list[tuple[str, str, bool]] = []
        self.score = 0.0
        self.started = self._now()
        self.finished = False

    def _now(self) -> dt.datetime:
        return self.trainer.clock.utc()

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="exam-status")
        with VerticalScroll(id="exam-body"):
            yield Static(id="exam-type")
            yield Vertical(id="exam-card")
        yield Footer()

    def on_mount(self) -> None:
        self.set_interval(0.5, self.tick)
        self.show_question()

    def remaining_seconds(self) -> float:
        return self.plan.seconds - (self._now() - self.started).total_seconds()

    def tick(self) -> None:
        """Update the timer; hand in when time is up."""
        if self.finished:
            return
        left = self.remaining_seconds()
        if left <= 0:
            self.notify("时间到, 已自动交卷", timeout=3)
            self.hand_in()
            return
        minutes, seconds = divmod(int(left), 60)
        status = Text.assemble(
            (f"第 {self.index + 1}/{len(self.questions)} 题", "bold"),
            f"   满分 {total_points(self.questions, self.plan):g}   剩余时间 ",
            (f"{minutes:02d}:{seconds:02d}", "bold red" if left < 60 else "bold yellow"),
        )
        self.query_one("#exam-status", Static).update(status)

    def show_question(self) -> None:
        if self.index >= len(self.questions):
            self.hand_in()
            return
        question = self.questions[self.index]
        points = self.plan.points.get(question.type, 1)
        self.query_one("#exam-type", Static).update(
            Text(f"{TYPE_NAMES_ZH[question.type]} ({points:g} 分)", style="bold")
        )
        card = self.query_one("#exam-card", Vertical)
        card.remove_children()
        widget = answer_widget(question)
        card.mount(widget)
        self.tick()

    @on(AnswerInput.Submitted)
    def _answered(self, message: AnswerInput.Submitted) -> None:
        if self.finished or message.question is not self.questions[self.index]:
            return
        self._keep(message.question, message.given, message.hinted)
        self.index += 1
        self.show_question()

    def _keep(self, question: Question, given: tuple[str, ...], hinted: bool = False) -> None:
        from quiz.core.review.grading import grade

        result = grade(question, given, pinyin=self.trainer.settings.pinyin)
        if result.correct:
            self.score += self.plan.points.get(question.type, 1)
        self.answers.append((question.id, " | ".join(given), result.correct))

    def action_skip(self) -> None:
        if not self.finished and self.index < len(self.questions):
            self._keep(self.questions[self.index], ())
            self.index += 1
            self.show_question()

    def action_hand_in(self) -> None:
        self.hand_in()

    def hand_in(self) -> None:
        """Mark unanswered questions wrong, save the result, show the score."""
        if self.finished:
            return
        self.finished = True
        for question in self.questions[len(self.answers):]:
            self.answers.append((question.id, "", False))
        from quiz.core.review.session import ExamResult

        result = ExamResult(
            bank_title=self.trainer.bank.title,
            started=self.started,
            finished=self._now(),
            score=self.score,
            total=total_points(self.questions, self.plan),
            answers=tuple(self.answers),
        )
        self.trainer.session.record_exam(result)
        from quiz.tui.screens.exam_result import ExamResultScreen

        self.app.switch_screen(ExamResultScreen(self.trainer, result))
