"""Reusable widgets of the trainer: one per question type, plus heatmap and diff view."""

from __future__ import annotations

from quiz.core.model import Question, QuestionType
from quiz.tui.widgets.base import AnswerInput


def answer_widget(question: Question, *, id: str | None = None) -> AnswerInput:
    """The widget that lets the learner answer this question."""
    return answer_kind(question)(question, id=id)


def answer_kind(question: Question) -> type[AnswerInput]:
    """The class of widget that answers this question (one widget can show any of its kind)."""
    from quiz.tui.widgets.choice_list import ChoiceList
    from quiz.tui.widgets.cloze_card import ClozeCard
    from quiz.tui.widgets.matching_board import MatchingBoard
    from quiz.tui.widgets.ordering_list import OrderingList

    kinds: dict[QuestionType, type[AnswerInput]] = {
        QuestionType.CLOZE: ClozeCard,
        QuestionType.SINGLE_CHOICE: ChoiceList,
        QuestionType.MULTIPLE_CHOICE: ChoiceList,
        QuestionType.TRUE_FALSE: ChoiceList,
        QuestionType.MATCHING: MatchingBoard,
        QuestionType.ORDERING: OrderingList,
    }
    return kinds[question.type]


__all__ = ["AnswerInput", "answer_kind", "answer_widget"]
