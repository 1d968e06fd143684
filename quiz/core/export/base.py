"""What every exporter shares: the options, the selected questions, the writer protocols.

Two kinds of writer exist. A paper writer (docx, html, pdf, md) lays out an exam paper
and its answer key from a `Paper`; a question writer (apkg, gift, moodle-xml, csv, xlsx)
writes the selected questions for another program to import.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from quiz.core.model import Bank, BankFormula, Question, QuestionType

if TYPE_CHECKING:
    from collections.abc import Sequence

    from quiz.core.export.layout import Block


class AnswerMode(StrEnum):
    """Where a paper's 参考答案与解析 goes."""

    SEPARATE = "separate"  # a second file, <name>-答案.<ext>
    APPENDED = "appended"  # after a page break in the same file
    NONE = "none"  # no answer key


@dataclass(frozen=True)
class ExportOptions:
    """Everything the user chose about an export, already parsed and checked."""

    title: str | None = None
    counts: dict[QuestionType, int] = field(default_factory=dict)
    points: dict[QuestionType, int] = field(default_factory=dict)
    variants: tuple[str, ...] = ()
    seed: int = 0
    time_minutes: int | None = None
    answers: AnswerMode = AnswerMode.SEPARATE
    per_formula: int | None = 2  # questions about one formula on a paper; None: any number
    # Keep the paper rules (assembly.py); `quiz export` does. Off, a paper prints every
    # selected question, which layout tests rely on.
    assemble: bool = False


@dataclass(frozen=True)
class QuestionSet:
    """The questions chosen for an export, with the bank they come from."""

    bank: Bank
    questions: tuple[Question, ...]
    title: str

    def formulas_of(self, question: Question) -> tuple[BankFormula, ...]:
        """The bank formulas a question is about (those the bank knows)."""
        index = self.bank.formula_index()
        return tuple(index[f] for f in question.formula_ids if f in index)


class QuestionWriter(Protocol):
    """Writes a set of questions as one file another program imports."""

    def __call__(self, questions: QuestionSet, path: Path) -> None: ...


class PaperWriter(Protocol):
    """Renders the blocks of a paper (or of its answer key) to one file.

    The layout (`layout.py`) decides what goes on the paper; a paper writer only decides
    how each block looks in its format.
    """

    def __call__(self, blocks: Sequence[Block], path: Path, *, title: str) -> None: ...
