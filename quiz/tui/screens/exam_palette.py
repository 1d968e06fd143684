"""The exam's question palette: every question with its state; Enter goes to it."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from quiz.core.model import TYPE_NAMES_ZH
from quiz.core.review.exam import ExamPaper, is_answered


def palette_line(paper: ExamPaper, current: int) -> str:
    """`①✓ ②· ③▸`: the numbers of the paper, answered or not, the current one marked."""
    marks = []
    for position in range(len(paper.questions)):
        mark = "▸" if position == current else "✓" if is_answered(paper.answers.get(position)) else "·"
        marks.append(f"{position + 1}{mark}")
    return " ".join(marks)


class ExamPaletteScreen(ModalScreen[int | None]):
    """Pick a question of the paper to go to (Esc stays where you are)."""

    CSS_PATH = "exam_palette.tcss"
    BINDINGS = [Binding("escape", "dismiss_none", "返回", id="exam-palette.back")]

    def __init__(self, paper: ExamPaper, current: int) -> None:
        super().__init__()
        self.paper = paper
        self.current = current

    def compose(self) -> ComposeResult:
        options = []
        for position, question in enumerate(self.paper.questions):
            state = "已答" if is_answered(self.paper.answers.get(position)) else "未答"
            prompt = question.prompt.replace("\n", " ")
            options.append(Option(
                f"{position + 1:>3}. {state}  {TYPE_NAMES_ZH[question.type]}  {prompt[:30]}",
                id=str(position),
            ))
        with Vertical(classes="exam-palette-box"):
            yield Static(f"题目列表: 未答 {self.paper.unanswered()} 题 (Enter 跳到该题)")
            yield OptionList(*options, id="exam-palette-list")

    def on_mount(self) -> None:
        listing = self.query_one(OptionList)
        listing.highlighted = self.current
        listing.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(int(event.option.id or 0))

    def action_dismiss_none(self) -> None:
        self.dismiss(None)
