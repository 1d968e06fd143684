"""The exam's score, then each wrong question with its correct answer and source."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from quiz.core.bank import TYPE_NAMES_ZH
from quiz.tui.trainer import Trainer
from quiz.tui.widgets.feedback import correct_answer_text, source_text


def result_text(trainer: Trainer, result: Any) -> Text:
    """Score, then the wrong questions (answer, the learner's answer, source)."""
    total = result.total or 1
    text = Text()
    text.append(f"得分 {result.score:g} / {result.total:g}", style="bold yellow")
    text.append(f"   ({result.score * 100 / total:.0f}%)")
    minutes = (result.finished - result.started).total_seconds() / 60
    right = sum(1 for _, _, ok in result.answers if ok)
    text.append(f"\n答对 {right} / {len(result.answers)} 题, 用时 {minutes:.1f} 分钟\n")
    wrong = [(qid, given) for qid, given, ok in result.answers if not ok]
    if not wrong:
        text.append("\n全部答对 ✔", style="bold green")
        return text
    text.append("\n错题 (已加入错题本)\n", style="bold red")
    for number, (question_id, given) in enumerate(wrong, start=1):
        question = trainer.bank.question(question_id)
        if question is None:
            continue
        text.append(f"\n{number}. [{TYPE_NAMES_ZH[question.type]}] ", style="bold")
        text.append(question.prompt)
        text.append("\n   你的答案: ", style="bold")
        text.append(given or "(未作答)", style="red")
        text.append("\n   正确答案: ", style="bold")
        text.append_text(correct_answer_text(question))
        text.append("\n   ")
        text.append_text(Text("\n   ").join(source_text(question).split("\n")))
        text.append("\n")
    return text


class ExamResultScreen(Screen):
    """Shown once the paper is handed in; the result is already saved."""

    CSS_PATH = "exam_result.tcss"
    BINDINGS = [Binding("escape,enter", "app.pop_screen", "返回首页", id="exam-result.back")]

    def __init__(self, trainer: Trainer, result: Any) -> None:
        super().__init__()
        self.trainer = trainer
        self.result = result

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll(id="exam-result-body"):
            yield Static(result_text(self.trainer, self.result), id="exam-result-text")
        yield Footer()
