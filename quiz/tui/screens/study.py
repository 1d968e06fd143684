"""Study: one card at a time, graded, recorded, with the answer and its source shown.

Every answer is recorded (committed) the moment it is given, with the suggested
rating; changing the rating undoes that review and records the new one. So quitting
at any point keeps every answer.

The screen keeps one answer widget per kind, made the first time a card of that kind
comes and then loaded with each new card (`AnswerInput.load`): the next card changes
texts in place instead of mounting a widget tree, and the footer is rebuilt only when
the keys it shows change (`SteadyFooter`).
"""

from __future__ import annotations

from collections.abc import Callable
from time import monotonic
from typing import Any

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.reactive import Reactive
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Header, ProgressBar, Static

from quiz.core.errors import DatabaseCorrupt, QuizError
from quiz.core.model import TYPE_NAMES_ZH, Question
from quiz.core.review.answers import StudyLog
from quiz.core.review.types import Answer
from quiz.core.workspace import Workspace
from quiz.tui.screens.study_keys import ACTIONS_BY_STATE, STUDY_BINDINGS
from quiz.tui.summary import summary_text
from quiz.tui.widgets import AnswerInput, answer_kind
from quiz.tui.widgets.feedback import FeedbackPanel
from quiz.tui.widgets.footer import SteadyFooter

PREPARE_SCAN = 2000  # questions looked through for one of each kind to prepare


class StudyScreen(Screen):
    """A study session over the due queue, or a drill over given questions."""

    # its rules (study.tcss) are read with the app's (QuizApp.CSS_PATH)
    # Textual's Screen repaints all of itself when focus moves; here focus moves twice per
    # card, and what its move changes is repainted by the widgets' own focus styles.
    focused: Reactive[Widget | None] = Reactive(None, repaint=False)
    BINDINGS = STUDY_BINDINGS

    def __init__(self, trainer: Workspace, drill: list[Question] | None = None) -> None:
        super().__init__()
        self.trainer = trainer
        self.drill = list(drill) if drill is not None else None
        self.state = "question"
        self.extra = False
        self.question: Question | None = None
        self.result: Any = None
        self.shown_at = 0.0
        self.study_log = StudyLog(trainer.session)
        self.started = monotonic()
        self.answer_input: AnswerInput | None = None  # the widget of the card on show
        self._inputs: dict[type[AnswerInput], AnswerInput] = {}  # one per kind, reused

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(id="study-progress-text")
        yield ProgressBar(id="study-progress", show_eta=False, show_percentage=False)
        # the first card's widget is composed with the screen, so the first frame holds it
        self._first = self._take_next()
        first = [] if self._first is None else [self._input_of(self._first)]
        with VerticalScroll(id="study-body"):
            yield Static(id="study-type")
            yield Vertical(*first, id="study-card")
            yield Static(id="study-summary")
            yield FeedbackPanel(id="study-feedback")
        yield SteadyFooter()

    def on_mount(self) -> None:
        self._feedback = self.query_one(FeedbackPanel)
        self._type = self.query_one("#study-type", Static)
        self._card = self.query_one("#study-card", Vertical)
        self._summary = self.query_one("#study-summary", Static)
        self._progress_text = self.query_one("#study-progress-text", Static)
        self._progress = self.query_one(ProgressBar)
        self._body = self.query_one("#study-body", VerticalScroll)
        self._feedback.display = False
        self.show_next(self._first)
        self.call_after_refresh(self._prepare_kinds)

    def _prepare_kinds(self) -> None:
        """Mount, hidden, a widget for each kind not yet shown, once the first card is up:
        the first card of a kind then costs a load, not a mount."""
        if not self._card.is_attached:  # the screen was left before its first frame
            return
        questions = self.drill if self.drill is not None else self.trainer.bank.questions
        for question in questions[:PREPARE_SCAN]:
            kind = answer_kind(question)
            if kind not in self._inputs:
                widget = self._inputs[kind] = kind(question)
                widget.display = False
                self._card.mount(widget)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in {"hint", "reveal", "rate", "next", "more", "undo", "flag", "leave"}:
            return action in ACTIONS_BY_STATE[self.state]
        return True

    def _set_state(self, state: str) -> None:
        if state != self.state:  # the footer's keys follow the state
            self.state = state
            self.refresh_bindings()

    def _take_next(self) -> Question | None:
        if self.drill is not None:
            return self.drill.pop(0) if self.drill else None
        return self.trainer.session.next_question(extra=self.extra)

    def show_next(self, question: Question | None = None) -> None:
        """Show `question`, or the next one in the queue, or the summary."""
        question = question or self._take_next()
        with self.app.batch_update():
            self._feedback.display = False
            if question is None:
                self._finish()
                return
            self.question, self.result = question, None
            # One line each, sized by the stylesheet: a new text needs no layout pass.
            self._type.update(Text(TYPE_NAMES_ZH[question.type], style="bold"), layout=False)
            self._summary.display = False
            self._set_state("question")
            self._update_progress()
            self._show_input(question)
            self._body.scroll_home(animate=False)
            self.shown_at = monotonic()

    def _input_of(self, question: Question) -> AnswerInput:
        widget = self._inputs[answer_kind(question)] = answer_kind(question)(question)
        return widget

    def _show_input(self, question: Question) -> None:
        """The widget of the question's kind, loaded with it; the other kinds hidden."""
        kind = answer_kind(question)
        widget = self._inputs.get(kind)
        if widget is None or not widget.is_mounted:  # (one prepared but not yet composed)
            if widget is not None:
                widget.remove()
            widget = self._input_of(question)
            self._card.mount(widget)
        else:
            widget.display = True
            widget.load(question)
        for other in self._inputs.values():
            other.display = other is widget
        self.answer_input = widget

    def _update_progress(self) -> None:
        done = self.study_log.done
        head = f"已答 {done} (答对 {self.study_log.right})"
        if self.drill is not None:
            remaining = len(self.drill) + (self.state != "done")
            line = f"{head} · 剩余 {remaining}"
        else:
            # Split up: a new card answered wrongly comes back as a learning card, so a
            # single "remaining" figure would not go down for the first answers.
            counts = self.trainer.session.counts()
            remaining = counts.due + counts.new + counts.learning
            line = f"{head} · 到期 {counts.due} · 新题 {counts.new} · 学习中 {counts.learning}"
        self._progress_text.update(Text(line), layout=False)
        self._progress.update(total=max(done + remaining, 1), progress=done)

    def _finish(self) -> None:
        self.question = None
        self._type.update("")
        if self.answer_input is not None:
            self.answer_input.display = False
            self.answer_input = None
        self._summary.update(summary_text(self.trainer, self.study_log, monotonic() - self.started, self.drill))
        self._summary.display = True
        self._set_state("done")
        self._update_progress()
        self.set_focus(None)

    @on(AnswerInput.Submitted)
    def _answered(self, message: AnswerInput.Submitted) -> None:
        if self.state != "question" or message.question is not self.question:
            return
        from quiz.core.review.grading import grade

        elapsed = monotonic() - self.shown_at
        self.result = grade(
            message.question, message.given, elapsed_s=elapsed,
            hinted=message.hinted, pinyin=self.trainer.settings.pinyin,
        )
        answer = Answer(
            message.question, self.result.suggested, " | ".join(message.given), elapsed, self.result.correct
        )
        if not self._saved(self.study_log.record, answer):
            return
        with self.app.batch_update():
            self._lock_card()
            if self.answer_input is not None:
                self.answer_input.mark(self.result)
            self._set_state("feedback")
            self._show_feedback()

    def _saved(self, step: Callable[..., Any], *args: Any) -> bool:
        """Run a recording step; a database problem becomes a notice, not a crash."""
        try:
            step(*args)
        except DatabaseCorrupt as error:  # no retry can help: the problem screen says so
            self.app.database_damaged(error)  # type: ignore[attr-defined]
            return False
        except QuizError as error:
            self.notify(f"答案没有保存: {error}", severity="error", markup=False)
            return False
        return True

    @property
    def rating(self) -> int | None:
        """The rating of the card on show, once recorded."""
        return self.study_log.answers[-1].rating if self.state == "feedback" else None

    def _lock_card(self) -> None:
        if self.answer_input is not None:
            self.answer_input.freeze()
        self.set_focus(None)

    def _show_feedback(self) -> None:
        assert self.question is not None
        self._feedback.show(self.question, self.result, self.rating)
        self._body.scroll_end(animate=False)
        self._update_progress()

    def action_hint(self) -> None:
        if self.answer_input is not None and not self.answer_input.hint():
            self.notify("这道题没有可提示的首字", timeout=2)

    def action_reveal(self) -> None:
        """Self-grade: show the answer, then 1-4."""
        self.result = None
        with self.app.batch_update():
            self._lock_card()
            self._set_state("reveal")
            self._show_feedback()

    def action_rate(self, rating: int) -> None:
        if self.state == "reveal":
            assert self.question is not None
            answer = Answer(self.question, rating, "", monotonic() - self.shown_at, None)
            if self._saved(self.study_log.record, answer):
                self.show_next()
        elif self.state == "feedback" and rating != self.rating and self._saved(self.study_log.rerate, rating):
            with self.app.batch_update():
                self._show_feedback()

    def action_next(self) -> None:
        self.show_next()

    def action_more(self) -> None:
        """Study beyond today's limits."""
        self.extra = True
        self.show_next()

    def action_undo(self) -> None:
        if not self.study_log.answers:
            self.notify("本次学习还没有可撤销的答案", timeout=2)
            return
        current, state = self.question, self.state
        undone = self.study_log.undo()
        if self.drill is not None and current is not None and state in ("question", "reveal"):
            self.drill.insert(0, current)  # not answered yet: it comes back after the undone one
        self.show_next(undone)
        self.notify("已撤销上一题的答案", timeout=2)

    def action_flag(self) -> None:
        question = self.question or (self.study_log.answers[-1].question if self.study_log.answers else None)
        if question is None:
            return
        flagged = not self.trainer.session.card_info(question.id).flagged
        self.trainer.session.flag(question.id, flagged)
        self.notify("已标记, 以后修改" if flagged else "已取消标记", timeout=2)

    def action_leave(self) -> None:
        self.app.leave_screen()  # type: ignore[attr-defined]
