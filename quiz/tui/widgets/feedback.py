"""The panel shown after an answer: right or wrong, the answer, the source (查看提示)."""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.widgets import Static

from quiz.core.bank import Question, QuestionType
from quiz.tui.widgets.choice_list import LETTERS
from quiz.tui.widgets.diff_view import diff_answers

RATING_NAMES = {1: "重来 Again", 2: "困难 Hard", 3: "良好 Good", 4: "简单 Easy"}


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


def source_text(question: Question) -> Text:
    """The report's sentence with the answer highlighted, then the document cited."""
    text = Text()
    if question.evidence:
        sentence = Text(question.evidence)
        sentence.highlight_words([w for w in answer_words(question) if w], style="bold red")
        text.append("原文: ", style="bold")
        text.append_text(sentence)
    if question.source:
        text.append("\n出处: ", style="bold")
        text.append(question.source)
    elif question.explanation and not question.evidence:
        text.append("解析: ", style="bold")
        text.append(question.explanation)
    return text


def feedback_text(question: Question, result: Any, rating: int | None) -> Text:
    """Everything the learner sees after answering; `result` is a GradeResult or None."""
    text = Text()
    if result is None:
        text.append("答案", style="bold")
    elif result.correct:
        text.append("✔ 正确", style="bold green")
    else:
        text.append("✘ 错误", style="bold red")
    if rating is not None:
        text.append(f"    评分: {rating} {RATING_NAMES.get(rating, '')}", style="bold")
        text.append("  (1-4 修改, Enter 下一题)", style="dim")
    text.append("\n正确答案: ", style="bold")
    text.append_text(correct_answer_text(question))
    if result is not None and not result.correct:
        text.append("\n你的答案: ", style="bold")
        text.append_text(diff_answers(result.given, result.expected, result.per_answer))
    source = source_text(question)
    if source:
        text.append("\n")
        text.append_text(source)
    return text


class FeedbackPanel(Static):
    """Holds `feedback_text` for the current card."""

    def show(self, question: Question, result: Any, rating: int | None) -> None:
        self.update(feedback_text(question, result, rating))
        self.display = True
