"""The mock exam: questions under a visible timer, no feedback until the paper is handed in.

Every answer is written to the database as it is given (`ExamStore`), and what is typed
but not yet submitted is kept on each tick, so leaving (Esc, `q`, Ctrl-C, a killed
terminal) never loses the exam: the next start offers to resume it. Handing in asks first
and says how many questions are unanswered; the keys that start (Ctrl+S on the set-up)
and hand in (Ctrl+T) differ, so a double press cannot do both.
"""

from __future__ import annotations

import datetime as dt

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.reactive import Reactive
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, Header, Static

from quiz.core.model import TYPE_NAMES_ZH, Question
from quiz.core.review.exam import ExamPaper, is_answered, score_paper, total_points
from quiz.core.workspace import Workspace
from quiz.tui.screens.exam_palette import palette_line
from quiz.tui.widgets import AnswerInput, answer_kind


class ExamScreen(Screen):
    """One question at a time; back, forward and a palette to move; Ctrl+T hands in."""

    CSS_PATH = "exam.tcss"
    # As on the study screen: a focus move repaints the widgets whose focus styles change,
    # not every line of the screen (Textual's Screen repaints all of it).
    focused: Reactive[Widget | None] = Reactive(None, repaint=False)
    BINDINGS = [
        Binding("ctrl+p", "move(-1)", "上一题", id="exam.previous"),
        Binding("ctrl+n", "move(1)", "下一题", id="exam.next"),
        Binding("ctrl+l", "palette", "题目列表", id="exam.palette"),
        Binding("ctrl+t", "hand_in", "交卷", id="exam.hand-in"),
        Binding("escape", "leave", "暂离(已保存)", id="exam.leave"),
    ]

    def __init__(self, trainer: Workspace, paper: ExamPaper) -> None:
        super().__init__()
        self.trainer = trainer
        self.paper = paper
        self.index = 0
        self.sitting_started = self._now()
        self.finished = False
        self.ticks = 0
        self._inputs: dict[type[AnswerInput], AnswerInput] = {}  # one per kind, reused

    @property
    def questions(self):
        return self.paper.questions

    def _now(self) -> dt.datetime:
        return self.trainer.clock.utc()

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="exam-status")
        yield Static(id="exam-palette")
        with VerticalScroll(id="exam-body"):
            yield Static(id="exam-type")
            yield Vertical(id="exam-card")
        yield Footer()

    def on_mount(self) -> None:
        self.set_interval(0.5, self.tick)
        self.show_question(self.paper.opening_position())

    def elapsed_seconds(self) -> float:
        return self.paper.elapsed_s + (self._now() - self.sitting_started).total_seconds()

    def remaining_seconds(self) -> float:
        return self.paper.plan.seconds - self.elapsed_seconds()

    def tick(self) -> None:
        """Update the timer, keep what is typed; hand in what there is when time is up."""
        if self.finished:
            return
        self.keep_draft()
        self.ticks += 1
        if self.ticks % 20 == 0:  # every 10 s: a killed terminal loses little time
            self.trainer.exams.save_time(self.elapsed_seconds())
        left = self.remaining_seconds()
        if left <= 0:
            self.notify("时间到, 已自动交卷", timeout=3)
            self.hand_in()
            return
        minutes, seconds = divmod(int(left), 60)
        answered = len(self.questions) - self.paper.unanswered()
        status = Text.assemble(
            (f"第 {self.index + 1}/{len(self.questions)} 题", "bold"),
            f"  已答 {answered}  满分 {total_points(self.questions, self.paper.plan):g}  剩余时间 ",
            (f"{minutes:02d}:{seconds:02d}", "bold red" if left < 60 else "bold yellow"),
        )
        self.query_one("#exam-status", Static).update(status)
        self.query_one("#exam-palette", Static).update(palette_line(self.paper, self.index))

    def current_widget(self) -> AnswerInput | None:
        """The widget showing the current question (None before it is shown)."""
        widget = self._inputs.get(answer_kind(self.questions[self.index]))
        return widget if widget is not None and widget.question is self.questions[self.index] else None

    def keep_draft(self) -> None:
        """Store the current question's unsubmitted answer when it changed."""
        widget = self.current_widget()
        draft = widget.draft() if widget is not None else None
        if draft is not None and draft != self.paper.answers.get(self.index):
            self._keep(self.index, draft)

    def _keep(self, position: int, given: tuple[str, ...]) -> None:
        self.paper.answers[position] = given
        self.trainer.exams.save_answer(position, given, self.elapsed_seconds())

    def show_question(self, position: int) -> None:
        self.index = max(0, min(position, len(self.questions) - 1))
        if self.paper.position != self.index:
            self.paper.position = self.index
            self.trainer.exams.save_position(self.index)
        question = self.questions[self.index]
        points = self.paper.plan.points.get(question.type, 1)
        self.query_one("#exam-type", Static).update(
            Text(f"{self.index + 1}. {TYPE_NAMES_ZH[question.type]} ({points:g} 分)", style="bold")
        )
        widget, mounted = self._show_input(question)
        earlier = self.paper.answers.get(self.index)
        if earlier and mounted:  # its rows exist once it is composed
            self.call_after_refresh(widget.restore, earlier)
        elif earlier:
            widget.restore(earlier)
        self.tick()

    def _show_input(self, question: Question) -> tuple[AnswerInput, bool]:
        """The widget of the question's kind, loaded with it (or made, the first time: then
        True), the other kinds hidden: moving between questions changes texts, not widgets."""
        kind = answer_kind(question)
        widget = self._inputs.get(kind)
        mounted = widget is None or not widget.is_mounted
        if mounted:
            if widget is not None:  # (made for the question before, not yet composed)
                widget.remove()
            widget = self._inputs[kind] = kind(question)
            self.query_one("#exam-card", Vertical).mount(widget)
        for other in self._inputs.values():
            other.display = other is widget
        if not mounted:
            widget.load(question)
        return widget, mounted

    @on(AnswerInput.Submitted)
    def _answered(self, message: AnswerInput.Submitted) -> None:
        if self.finished or message.question is not self.questions[self.index]:
            return
        self._keep(self.index, message.given)
        following = [
            i for i in (*range(self.index + 1, len(self.questions)), *range(self.index))
            if not is_answered(self.paper.answers.get(i))
        ]
        if following:
            self.show_question(following[0])
        else:
            self.action_hand_in()

    def action_move(self, step: int) -> None:
        if not self.finished:
            self.keep_draft()
            self.show_question(self.index + step)

    def action_palette(self) -> None:
        from quiz.tui.screens.exam_palette import ExamPaletteScreen

        self.keep_draft()

        def chosen(position: int | None) -> None:
            if position is not None and not self.finished:
                self.show_question(position)

        self.app.push_screen(ExamPaletteScreen(self.paper, self.index), chosen)

    def action_hand_in(self) -> None:
        """Ask first, saying how many questions are still unanswered."""
        from quiz.tui.screens.ask import AskScreen

        self.keep_draft()
        left = self.paper.unanswered()
        message = f"还有 {left} 题未作答, 确定交卷吗?" if left else "全部题目已作答, 确定交卷吗?"

        def answered(choice: str | None) -> None:
            if choice == "hand-in":
                self.hand_in()

        self.app.push_screen(AskScreen(message, [("y", "交卷", "hand-in"), ("n", "继续作答", "")]),
                             answered)

    def action_leave(self) -> None:
        """Back to the home screen; the exam stays saved and is offered on the next start."""
        self.pause()
        self.finished = True
        self.app.notify("考试已保存, 在首页按 e 继续作答", timeout=4)
        self.app.pop_screen()

    def pause(self) -> None:
        """Keep what is typed and the time used (the app is quitting: q, Ctrl-C)."""
        if not self.finished:
            self.keep_draft()
            self.trainer.exams.save_time(self.elapsed_seconds())

    def hand_in(self) -> None:
        """Score the paper, save the result, forget the draft, show the score."""
        if self.finished:
            return
        self.keep_draft()
        self.finished = True
        result = score_paper(self.paper, self._now(), pinyin=self.trainer.settings.pinyin)
        with self.trainer.store.transaction():  # the result and the draft's end together
            self.trainer.session.record_exam(result)
            self.trainer.exams.forget()
        from quiz.tui.screens.exam_result import ExamResultScreen

        self.app.switch_screen(ExamResultScreen(self.trainer, result))
