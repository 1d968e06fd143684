"""The exam paper model shared by the docx, html, pdf and md writers.

A paper has sections in the customary order (一、填空题 … 六、排序题), each with a count
and points per question; questions are numbered through the paper and the total is the
sum of the sections. A variant (A卷, B卷) shuffles question order within each section and
the order of choices, with an RNG seeded by the seed and the variant name.
"""

from __future__ import annotations

import random
from collections.abc import Mapping
from dataclasses import dataclass

from quiz.core.export.base import QuestionSet
from quiz.core.export.shuffle import shuffle_question
from quiz.core.model import DEFAULT_POINTS, TYPE_NAMES_ZH, Question, QuestionType

SECTION_ORDER: tuple[QuestionType, ...] = (
    QuestionType.CLOZE,
    QuestionType.SINGLE_CHOICE,
    QuestionType.MULTIPLE_CHOICE,
    QuestionType.TRUE_FALSE,
    QuestionType.MATCHING,
    QuestionType.ORDERING,
)


SECTION_NUMERALS = "一二三四五六七八九十"


@dataclass(frozen=True)
class SourceRef:
    """Where a question comes from: the document, its citation and the sentence."""

    doc: str
    source: str
    evidence: str
    label: str = ""  # set when a question cites several formulas (连线)


@dataclass(frozen=True)
class PaperQuestion:
    """A question as printed: its number on the paper, its points and its sources."""

    number: int
    question: Question
    points: int
    sources: tuple[SourceRef, ...]


@dataclass(frozen=True)
class Section:
    """One section of the paper: all questions of one type."""

    numeral: str
    type: QuestionType
    points_each: int
    questions: tuple[PaperQuestion, ...]

    @property
    def count(self) -> int:
        return len(self.questions)

    @property
    def total(self) -> int:
        return sum(q.points for q in self.questions)

    @property
    def name(self) -> str:
        """The section's name with its numeral, e.g. 一、填空题."""
        return f"{self.numeral}、{TYPE_NAMES_ZH[self.type]}"

    @property
    def heading(self) -> str:
        """The heading printed on the paper, e.g. 一、填空题（共10题，每题2分，共20分）."""
        return f"{self.name}（共{self.count}题，每题{self.points_each}分，共{self.total}分）"


@dataclass(frozen=True)
class Paper:
    """An exam paper ready to lay out."""

    title: str
    variant: str
    time_minutes: int | None
    sections: tuple[Section, ...]

    @property
    def total_points(self) -> int:
        return sum(s.total for s in self.sections)

    @property
    def question_count(self) -> int:
        return sum(s.count for s in self.sections)

    @property
    def full_title(self) -> str:
        """The title with the variant, e.g. 学习测试（A卷）."""
        return f"{self.title}（{self.variant}卷）" if self.variant else self.title


def build_paper(
    chosen: QuestionSet,
    *,
    points: Mapping[QuestionType, int] | None = None,
    variant: str = "",
    seed: int = 0,
    time_minutes: int | None = None,
) -> Paper:
    """Group the chosen questions into sections; shuffle them when a variant is named."""
    rng = random.Random(f"variant:{seed}:{variant}") if variant else None
    each = {**DEFAULT_POINTS, **(points or {})}
    sections: list[Section] = []
    number = 0
    for qtype in SECTION_ORDER:
        questions = [q for q in chosen.questions if q.type is qtype]
        if not questions:
            continue
        if rng is not None:
            rng.shuffle(questions)
            questions = [shuffle_question(q, rng) for q in questions]
        printed = []
        for question in questions:
            number += 1
            printed.append(
                PaperQuestion(number, question, each[qtype], _sources(chosen, question))
            )
        numeral = SECTION_NUMERALS[len(sections)]
        sections.append(Section(numeral, qtype, each[qtype], tuple(printed)))
    return Paper(chosen.title, variant, time_minutes, tuple(sections))


def _sources(chosen: QuestionSet, question: Question) -> tuple[SourceRef, ...]:
    formulas = chosen.formulas_of(question)
    if question.evidence or len(formulas) <= 1:
        doc = formulas[0].doc if formulas else ""
        source = question.source or (formulas[0].source if formulas else "")
        evidence = question.evidence or (formulas[0].evidence if formulas else "")
        return (SourceRef(doc, source, evidence),)
    return tuple(SourceRef(f.doc, f.source, f.evidence, f.label) for f in formulas)
