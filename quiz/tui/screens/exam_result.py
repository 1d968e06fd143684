"""The exam's score, then each wrong question with its correct answer and source."""

from __future__ import annotations

from typing import Any

from rich.console import Group
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from quiz.core.model import TYPE_NAMES_ZH
from quiz.core.workspace import Workspace
from quiz.tui.widgets.feedback import correct_answer_text, labelled, source_rows


def result_view(trainer: Workspace, result: Any) -> Group:
    """Score, then the wrong questions (answer, the learner's answer, source)."""
    total = result.total or 1
    minutes = (result.finished - result.started).total_seconds() / 60
    right = sum(1 for _, _, ok in result.answers if ok)
    head = Text.assemble(
        (f"得分 {result.score:g} / {result.total:g}", "bold yellow"),
        f"   ({result.score * 100 / total:.0f}%)",
        f"\n答对 {right} / {len(result.answers)} 题, 用时 {minutes:.1f} 分钟\n",
    )
    wrong = [(qid, given) for qid, given, ok in result.answers if not ok and given]
    unanswered = sum(1 for _, given, ok in result.answers if not ok and not given)
    if unanswered:
        head.append(f"未作答 {unanswered} 题 (不计分, 不算错题)\n", style="dim")
    if not wrong:
        if unanswered:
            return Group(head)
        return Group(head, Text("全部答对 ✔", style="bold green"))
    parts: list[Any] = [head, Text("错题 (已加入错题本)", style="bold red")]
    for number, (question_id, given) in enumerate(wrong, start=1):
        question = trainer.bank.question(question_id)
        if question is None:
            continue
        rows = [
            (f"{number}. {TYPE_NAMES_ZH[question.type]}", Text(question.prompt)),
            ("你的答案", Text(given or "(未作答)", style="red")),
            ("正确答案", correct_answer_text(question)),
            *source_rows(question),
        ]
        parts += [Text(""), labelled(rows)]
    return Group(*parts)


class ExamResultScreen(Screen):
    """Shown once the paper is handed in; the result is already saved."""

    CSS_PATH = "exam_result.tcss"
    BINDINGS = [Binding("escape,enter", "app.pop_screen", "返回首页", id="exam-result.back")]

    def __init__(self, trainer: Workspace, result: Any) -> None:
        super().__init__()
        self.trainer = trainer
        self.result = result

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="exam-result-body"):
            yield Static(result_view(self.trainer, self.result), id="exam-result-text")
        yield Footer()
