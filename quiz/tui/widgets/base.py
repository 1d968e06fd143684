"""The common shape of the answer widgets: each posts `Submitted` with the learner's answer."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from textual.message import Message
from textual.widget import Widget

from quiz.core.model import Question

Row = TypeVar("Row", bound=Widget)


def pooled(rows: list[Row], count: int, make: Callable[[int], Row], parent: Widget) -> list[Row]:
    """The first `count` of `rows` shown and returned, the rest hidden; missing rows are
    made with `make(index)` and mounted in `parent` (rows are reused from card to card)."""
    while len(rows) < count:
        row = make(len(rows))
        rows.append(row)
        if parent.is_attached:
            parent.mount(row)
    for index, row in enumerate(rows):
        row.display = index < count
    return rows[:count]


class AnswerInput(Widget):
    """A widget that lets the learner answer one question, then locks once answered.

    Subclasses post `AnswerInput.Submitted` with the answer in the form `grade()` takes.
    """

    can_focus = True

    class Submitted(Message):
        """The learner submitted an answer."""

        def __init__(self, question: Question, given: tuple[str, ...], hinted: bool) -> None:
            super().__init__()
            self.question = question
            self.given = given
            self.hinted = hinted

    def __init__(self, question: Question, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.question = question
        self.frozen = False
        self.hinted = False

    def on_mount(self) -> None:
        # Focus once the children exist, so the learner can start typing at once (not a
        # widget mounted hidden, ready for a later card).
        if self.display:
            self.call_after_refresh(self.focus_answer)

    def load(self, question: Question) -> None:
        """Show another question of the same kind in this widget, as new.

        The widget tree stays: texts are updated and rows added or hidden as the question
        needs, so the next card costs no mounting and no new styles.
        """
        self.question = question
        self.frozen = False
        self.hinted = False
        self.fill()
        # At once, not on the next tick: the card and its focus are drawn in one frame.
        self.screen.set_focus(self.answer_target())

    def fill(self) -> None:
        """Put `self.question` into the mounted rows, all answer state reset (per type)."""
        raise NotImplementedError

    def submit(self) -> None:
        """Post the current answer, once."""
        if self.frozen:
            return
        self.post_message(self.Submitted(self.question, self.current_answer(), self.hinted))

    def current_answer(self) -> tuple[str, ...]:
        """The answer as it stands (overridden per type)."""
        raise NotImplementedError

    def draft(self) -> tuple[str, ...] | None:
        """What is typed or chosen but not yet submitted, or None (kept by mock exams)."""
        return None

    def restore(self, given: tuple[str, ...]) -> None:
        """Show an earlier answer again (going back to a question in a mock exam)."""

    def mark(self, result: object) -> None:
        """Show on the widget itself which parts of the answer were right (after grading)."""

    def freeze(self) -> None:
        """Stop accepting input (after the answer was submitted)."""
        self.frozen = True

    def focus_answer(self) -> None:
        """Put keyboard focus where the learner starts answering."""
        self.answer_target().focus()

    def answer_target(self) -> Widget:
        """The widget that takes the keys first (overridden where a child does)."""
        return self

    def hint(self) -> bool:
        """Reveal a little of the answer; return whether anything was revealed."""
        return False
