"""填空: the prompt with numbered blanks and one Input per blank."""

from __future__ import annotations

import re

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widget import Widget
from textual.widgets import Input, Label, Static

from quiz.cjk_text import CjkText
from quiz.core.model import BLANK, Question
from quiz.tui.widgets.base import AnswerInput, pooled

ONE_BOX_SPLIT = re.compile(r"[、,，;；|/\s]+")
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def blank_mark(index: int) -> str:
    """The circled number that names blank `index` (0-based)."""
    return CIRCLED[index] if index < len(CIRCLED) else f"({index + 1})"


def prompt_text(prompt: str, answers: tuple[str, ...]) -> Text:
    """The prompt with each blank shown as a numbered gap as wide as its answer."""
    text = Text()
    pieces = prompt.split(BLANK)
    for index, piece in enumerate(pieces):
        text.append(piece)
        if index < len(pieces) - 1:
            width = len(answers[index]) if index < len(answers) else 2
            # As long as the answer, as on 学习强国; full-width low lines, since spaces
            # would vanish where the line wraps.
            text.append(f"{blank_mark(index)}{'＿' * max(width, 1)}", style="bold")
    return text


class ClozeCard(AnswerInput):
    """Type each blank (Chinese through the input method, or pinyin initials); Enter submits."""

    can_focus = False

    DEFAULT_CSS = """
    ClozeCard { height: auto; }
    ClozeCard .cloze-prompt { margin-bottom: 1; }
    ClozeCard .cloze-row { height: auto; layout: horizontal; }
    ClozeCard .cloze-row Label { width: 4; padding: 0 1; }
    ClozeCard .cloze-row Input { width: 1fr; max-width: 48; }
    """

    def __init__(self, question: Question, *, id: str | None = None) -> None:
        super().__init__(question, id=id)
        self._prompt = Static(classes="cloze-prompt")
        self._rows: list[Horizontal] = []
        self._boxes: list[Input] = []

    def _row(self, index: int) -> Horizontal:
        """The mark and the input box of blank `index`."""
        box = Input(placeholder="汉字或拼音首字母", id=f"blank-{index}", compact=True,
                    select_on_focus=False)
        self._boxes.append(box)
        return Horizontal(Label(blank_mark(index)), box, classes="cloze-row")

    def compose(self) -> ComposeResult:
        yield self._prompt
        self._rows, self._boxes = [], []
        self._rows = [self._row(index) for index in range(self.blank_count)]
        yield from self._rows

    def on_mount(self) -> None:
        super().on_mount()
        self._paint()

    def _paint(self) -> None:
        """The prompt of `self.question` (what is typed is kept)."""
        self._prompt.update(CjkText(prompt_text(self.question.prompt, self.question.answers)))

    def fill(self) -> None:
        self._paint()
        pooled(self._rows, self.blank_count, self._row, self)
        for box in self._boxes:
            if box.value:
                box.value = ""
            if box.disabled:
                box.disabled = False

    @property
    def blank_count(self) -> int:
        return max(self.question.prompt.count(BLANK), len(self.question.answers), 1)

    @property
    def inputs(self) -> list[Input]:
        """The input boxes of the question on show."""
        return self._boxes[: self.blank_count]

    def current_answer(self) -> tuple[str, ...]:
        return tuple(box.value for box in self.inputs)

    def draft(self) -> tuple[str, ...] | None:
        answer = self.current_answer()
        return answer if any(part.strip() for part in answer) else None

    def restore(self, given: tuple[str, ...]) -> None:
        for box, text in zip(self.inputs, given, strict=False):
            box.value = text
            box.cursor_position = len(text)

    def answer_target(self) -> Widget:
        boxes = self.inputs
        return boxes[0] if boxes else self

    @on(Input.Submitted)
    def _next_or_submit(self, event: Input.Submitted) -> None:
        """Enter moves on to the next empty blank; on the last one it submits."""
        event.stop()
        boxes = self.inputs
        here = boxes.index(event.input)
        if here == 0 and len(boxes) > 1 and not any(b.value.strip() for b in boxes[1:]):
            if len(ONE_BOX_SPLIT.split(event.value.strip())) >= len(boxes):
                self.submit()  # every blank typed into the first box (`民富区强、改革创新`)
                return
        for box in boxes[here + 1 :]:
            if not box.value.strip():
                box.focus()
                return
        self.submit()

    def hint(self) -> bool:
        """Put the first character of the focused blank's answer in its box."""
        boxes = self.inputs
        target = next((b for b in boxes if b.has_focus), boxes[0] if boxes else None)
        if target is None or self.frozen:
            return False
        index = boxes.index(target)
        if index >= len(self.question.answers) or not self.question.answers[index]:
            return False
        first = self.question.answers[index][0]
        if not target.value.startswith(first):
            target.value = first
            target.cursor_position = len(target.value)
        self.hinted = True
        target.focus()
        return True

    def freeze(self) -> None:
        super().freeze()
        for box in self.inputs:
            box.disabled = True

