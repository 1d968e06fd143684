"""The question-bank model: bank metadata, formulas and questions.

Loading, saving and validation with line numbers live in `quiz/core/bank/`; this module holds
only the dataclasses so that every part of the program can share them cheaply.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from quiz.core.formula import FormulaCount, count_from_data, count_to_data


class QuestionType(StrEnum):
    """The closed set of question types."""

    CLOZE = "cloze"  # 填空
    SINGLE_CHOICE = "single_choice"  # 单项选择
    MULTIPLE_CHOICE = "multiple_choice"  # 多项选择
    TRUE_FALSE = "true_false"  # 判断
    MATCHING = "matching"  # 连线
    ORDERING = "ordering"  # 排序


TYPE_NAMES_ZH: dict[QuestionType, str] = {
    QuestionType.CLOZE: "填空题",
    QuestionType.SINGLE_CHOICE: "单项选择题",
    QuestionType.MULTIPLE_CHOICE: "多项选择题",
    QuestionType.TRUE_FALSE: "判断题",
    QuestionType.MATCHING: "连线题",
    QuestionType.ORDERING: "排序题",
}

# Points per question as on a printed paper (分值): mock exams and exported papers agree.
DEFAULT_POINTS: dict[QuestionType, int] = {
    QuestionType.CLOZE: 2,
    QuestionType.SINGLE_CHOICE: 2,
    QuestionType.MULTIPLE_CHOICE: 3,
    QuestionType.TRUE_FALSE: 1,
    QuestionType.MATCHING: 4,
    QuestionType.ORDERING: 3,
}

BLANK = "____"
LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"  # the letters of choice options, A for the first
TRUE_ANSWER = "对"
FALSE_ANSWER = "错"

# The fields each kind of formula carries beside its items (see docs/bank-format.md): a
# list's shared head and/or tail, a statement's cue, a target's indicator, value, unit and
# qualifier. A bank writes them as keys of the formula; the model holds them in `detail`.
KIND_FIELDS: dict[str, tuple[str, ...]] = {
    "numbered": (),
    "composite": (),
    "list": ("head", "tail"),
    "statement": ("cue",),
    "target": ("indicator", "value", "unit", "qualifier"),
}
DEFAULT_IMPORTANCE = 0.0  # the weight of a formula of an older bank, written without one


@dataclass(frozen=True)
class BankFormula:
    """A formula as a bank holds it: the source of one or more questions."""

    id: str
    label: str
    count: FormulaCount  # a tuple for composite labels (a list is made one)
    items: tuple[str, ...]
    doc: str
    source: str  # the document's citation, e.g. 济南市历城区第十五次党代会报告(2022年2月)
    evidence: str
    kind: str = "numbered"
    part_keys: tuple[str, ...] = ()
    parent: str | None = None
    # 0-1: how much an examiner cares (extract/importance.py); None in an older bank,
    # which is written back without it (so its entries keep their fingerprints)
    importance: float | None = None
    detail: tuple[tuple[str, str], ...] = ()  # the kind's fields (KIND_FIELDS), in that order

    def __post_init__(self) -> None:
        # a builder may hand over the list form; the model holds the one spelling
        object.__setattr__(self, "count", count_from_data(self.count))

    @property
    def weight(self) -> float:
        """The importance, DEFAULT_IMPORTANCE when the bank gives none."""
        return DEFAULT_IMPORTANCE if self.importance is None else self.importance

    def detail_field(self, name: str) -> str:
        """One of the kind's fields (`head`, `cue`, `value`...), empty when not given."""
        return dict(self.detail).get(name, "")

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "label": self.label,
            "count": count_to_data(self.count),
            "items": list(self.items),
            "kind": self.kind,
            **({"importance": self.importance} if self.importance is not None else {}),
            **dict(self.detail),
            "doc": self.doc,
            "source": self.source,
            "evidence": self.evidence,
        }
        if self.part_keys:
            data["part_keys"] = list(self.part_keys)
        if self.parent:
            data["parent"] = self.parent
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> BankFormula:
        kind = str(data.get("kind", "numbered"))
        return cls(
            id=str(data["id"]),
            label=str(data["label"]),
            count=count_from_data(data.get("count")),
            items=tuple(str(i) for i in data.get("items") or ()),
            doc=str(data.get("doc", "")),
            source=str(data.get("source", "")),
            evidence=str(data.get("evidence", "")),
            kind=kind,
            part_keys=tuple(str(k) for k in data.get("part_keys") or ()),
            parent=data.get("parent"),
            importance=None if data.get("importance") is None else float(data["importance"]),
            detail=kind_detail(kind, data),
        )


def kind_detail(kind: str, data: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    """The fields of `data` that a formula of this kind carries, in KIND_FIELDS order."""
    return tuple((name, str(data[name])) for name in KIND_FIELDS.get(kind, ())
                 if data.get(name) is not None)


@dataclass(frozen=True)
class Question:
    """One question.

    How `answers` and `options` read per type:
    - cloze: `prompt` has one `____` per blank; `answers` one string per blank, in order;
      `accepted` one tuple of extra accepted strings per blank; `order_free` when the
      blanks may be filled in any order.
    - single_choice / multiple_choice: `options` the choice texts (A, B, C, ...);
      `answers` the correct letters ("B"; or "A", "C" for multiple choice).
    - true_false: `answers` is ("对",) or ("错",).
    - matching: `pairs` the correct (left, right) pairs; `options` the right column in
      display order; `answers` the right entry for each left entry, in `pairs` order.
    - ordering: `options` the items in display (shuffled) order; `answers` the items in
      the report's order.
    `evidence` is the report's sentence; a cloze prompt filled in is the attribution and a
    part of it (one sentence, trimmed at clauses). `explanation` cites the document and
    the sentence (解析).
    """

    id: str
    type: QuestionType
    formula_ids: tuple[str, ...]
    prompt: str
    answers: tuple[str, ...]
    options: tuple[str, ...] = ()
    pairs: tuple[tuple[str, str], ...] = ()
    accepted: tuple[tuple[str, ...], ...] = ()
    order_free: bool = False
    variant: str = ""
    explanation: str = ""
    evidence: str = ""
    source: str = ""

    @property
    def formula_id(self) -> str:
        """The main formula the question is about."""
        return self.formula_ids[0]

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "type": str(self.type),
            "formulas": list(self.formula_ids),
            "prompt": self.prompt,
            "answers": list(self.answers),
        }
        if self.variant:
            data["variant"] = self.variant
        if self.options:
            data["options"] = list(self.options)
        if self.pairs:
            data["pairs"] = [list(p) for p in self.pairs]
        if any(self.accepted):
            data["accepted"] = [list(a) for a in self.accepted]
        if self.order_free:
            data["order_free"] = True
        if self.explanation:
            data["explanation"] = self.explanation
        if self.evidence:
            data["evidence"] = self.evidence
        if self.source:
            data["source"] = self.source
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Question:
        return cls(
            id=str(data["id"]),
            type=QuestionType(data["type"]),
            # map() keeps these loops in C: a large bank builds 100,000 questions per open
            formula_ids=tuple(map(str, data.get("formulas") or ())),
            prompt=str(data.get("prompt", "")),
            answers=tuple(map(str, data.get("answers") or ())),
            options=tuple(map(str, data.get("options") or ())),
            pairs=tuple((str(p[0]), str(p[1])) for p in data.get("pairs") or ()),
            accepted=tuple(tuple(map(str, a)) for a in data.get("accepted") or ()),
            order_free=bool(data.get("order_free", False)),
            variant=str(data.get("variant", "")),
            explanation=str(data.get("explanation", "")),
            evidence=str(data.get("evidence", "")),
            source=str(data.get("source", "")),
        )


@dataclass(frozen=True)
class Bank:
    """A question bank: metadata, formulas and questions."""

    title: str
    formulas: tuple[BankFormula, ...]
    questions: tuple[Question, ...]
    meta: dict[str, Any] = field(default_factory=dict)
    path: str | None = field(default=None, compare=False)
    # The file's path, size and modification time when it was read (bank/cache.py); None
    # for a bank built in memory. Equal stamps mean equal questions, without comparing them.
    file_stamp: str | None = field(default=None, compare=False)

    def formula(self, formula_id: str) -> BankFormula | None:
        """The formula with this id, if any."""
        return self.formula_index().get(formula_id)

    def formula_index(self) -> dict[str, BankFormula]:
        return {f.id: f for f in self.formulas}

    def question(self, question_id: str) -> Question | None:
        """The question with this id, if any."""
        for q in self.questions:
            if q.id == question_id:
                return q
        return None
