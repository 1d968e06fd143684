"""The panel shown after an answer: right or wrong, the answer, the source (查看提示)."""

from __future__ import annotations

from typing import Any

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.widgets import Static

from quiz.cjk_text import CjkText
from quiz.core.model import Question, QuestionType
from quiz.tui.widgets.choice_list import LETTERS
from quiz.tui.widgets.diff_view import diff_answers

RATING_NAMES = {1: "重来", 2: "困难", 3: "良好", 4: "简单"}


def answer_words(question: Question) -> list[str]:
    """The strings to highlight in the report's sentence."""
    if question.type in (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE):
        words: list[str] = []
        for letter in question.answers:
            index = LETTERS.find(letter)
            if 0 <= index < len(question.options):
                words.extend(question.options[index].split("、"))
        return words
    if question.type == QuestionType.MATCHING:
        return [w for _, right in question.pairs for w in right.split("、")]
    if question.type == QuestionType.TRUE_FALSE:
        return []
    return list(question.answers)


def correct_answer_text(question: Question) -> Text:
    """The correct answer, written out the way the question shows it."""
    if question.type in (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE):
        parts = []
        for letter in question.answers:
            index = LETTERS.find(letter)
            option = question.options[index] if 0 <= index < len(question.options) else ""
            parts.append(f"{letter}. {option}")
        return Text("；".join(parts))
    if question.type == QuestionType.MATCHING:
        return Text("；".join(f"{left} → {right}" for left, right in question.pairs))
    if question.type == QuestionType.ORDERING:
        return Text(" → ".join(question.answers))
    return Text("、".join(question.answers))


def source_rows(question: Question) -> list[tuple[str, Text]]:
    """The report's sentence with the answer highlighted, then the document cited."""
    rows: list[tuple[str, Text]] = []
    if question.evidence:
        sentence = Text(question.evidence)
        sentence.highlight_words([w for w in answer_words(question) if w], style="bold red")
        rows.append(("原文", sentence))
    if question.source:
        rows.append(("出处", Text(question.source)))
    elif question.explanation and not question.evidence:
        rows.append(("解析", Text(question.explanation)))
    return rows


def labelled(rows: list[tuple[str, Text]]) -> Table:
    """Label and text side by side; long Chinese text wraps under itself, not under the label."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(ratio=1)
    for label, text in rows:
        grid.add_row(label, CjkText(text))  # Chinese line breaking, blanks whole
    return grid


def feedback_view(question: Question, result: Any, rating: int | None) -> Group:
    """Everything the learner sees after answering; `result` is a GradeResult or None."""
    head = Text()
    if result is None:
        head.append("答案", style="bold")
    elif result.correct:
        head.append("✔ 正确", style="bold green")
    else:
        head.append("✘ 错误", style="bold red")
    if rating is not None:
        head.append(f"    评分: {rating} {RATING_NAMES.get(rating, '')}", style="bold")
        head.append("  (1-4 修改, Enter 下一题)", style="dim")
    rows = [("正确答案", correct_answer_text(question))]
    if result is not None and not result.correct:
        rows.append(("你的答案", diff_answers(result.given, result.expected, result.per_answer)))
    return Group(head, labelled(rows + source_rows(question)))


class FeedbackPanel(Static):
    """Holds `feedback_view` for the current card."""

    def show(self, question: Question, result: Any, rating: int | None) -> None:
        self.update(feedback_view(question, result, rating))
        self.display = True
