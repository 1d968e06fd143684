"""填空: the prompt with numbered blanks and one Input per blank."""

from __future__ import annotations

import re

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Input, Label, Static

from quiz.core.model import BLANK
from quiz.tui.widgets.base import AnswerInput
from quiz.tui.widgets.cjk_text import CjkText

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

    def compose(self) -> ComposeResult:
        yield Static(CjkText(prompt_text(self.question.prompt, self.question.answers)),
                     classes="cloze-prompt")
        for index in range(self.blank_count):
            with Horizontal(classes="cloze-row"):
                yield Label(blank_mark(index))
                yield Input(
                    placeholder="汉字或拼音首字母",
                    id=f"blank-{index}",
                    compact=True,
                    select_on_focus=False,
                )

    @property
    def blank_count(self) -> int:
        return max(self.question.prompt.count(BLANK), len(self.question.answers), 1)

    @property
    def inputs(self) -> list[Input]:
        return list(self.query(Input))

    def current_answer(self) -> tuple[str, ...]:
        return tuple(box.value for box in self.inputs)

    def draft(self) -> tuple[str, ...] | None:
        answer = self.current_answer()
        return answer if any(part.strip() for part in answer) else None

    def restore(self, given: tuple[str, ...]) -> None:
        for box, text in zip(self.inputs, given, strict=False):
            box.value = text
            box.cursor_position = len(text)

    def focus_answer(self) -> None:
        boxes = self.inputs
        if boxes:
            boxes[0].focus()

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

