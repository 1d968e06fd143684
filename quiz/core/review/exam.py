"""A mock-exam paper: which questions, in what order, how many points each, and its score.

Pure Python (no Textual), so the rules are easy to test and the screens stay short. A
paper in progress is an `ExamPaper`; `exam_store` keeps it in the database answer by
answer, and `score_paper` turns it into the `ExamResult` that the history keeps.
Unanswered questions score nothing but are not wrong answers: they stay out of the
错题本 (`ExamResult.answers` marks them with an empty answer).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from quiz.core.errors import BadInput
from quiz.core.model import DEFAULT_POINTS, TYPE_NAMES_ZH, Bank, Question, QuestionType
from quiz.core.review.types import ExamResult

MAX_COUNT = 500
MAX_MINUTES = 600


@dataclass
class ExamPlan:
    """What the learner chose on the set-up screen."""

    count: int = 20
    minutes: float = 30
    types: tuple[QuestionType, ...] = tuple(QuestionType)
    points: dict[QuestionType, float] = field(default_factory=lambda: dict(DEFAULT_POINTS))

    @property
    def seconds(self) -> float:
        return self.minutes * 60

    def to_dict(self) -> dict[str, Any]:
        return {
            "count": self.count, "minutes": self.minutes,
            "types": [str(t) for t in self.types],
            "points": {str(t): p for t, p in self.points.items()},
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ExamPlan:
        """A plan from `to_dict` output; unknown types are dropped."""
        known = {str(t): t for t in QuestionType}
        points = dict(DEFAULT_POINTS)
        points.update({known[k]: float(v) for k, v in data.get("points", {}).items() if k in known})
        return cls(
            count=int(data.get("count", 20)), minutes=float(data.get("minutes", 30)),
            types=tuple(known[t] for t in data.get("types", []) if t in known), points=points,
        )


def _positive(text: str, what: str, *, whole: bool, most: float) -> float:
    """A number typed into the set-up form, or BadInput with a message in Chinese."""
    raw = text.strip()
    try:
        value = int(raw) if whole else float(raw)
    except ValueError:
        kind = "正整数" if whole else "正数"
        raise BadInput(f"{what}须为{kind}, 不能是「{raw}」") from None
    if not 0 < value <= most:
        raise BadInput(f"{what}须大于 0 且不超过 {most:g}, 不能是 {raw}")
    return value


def plan_from_form(
    count: str, minutes: str, types: tuple[QuestionType, ...], points: dict[QuestionType, str]
) -> ExamPlan:
    """Check the set-up form's text; a bad value raises BadInput naming the field."""
    if not types:
        raise BadInput("请至少选一种题型")
    return ExamPlan(
        count=int(_positive(count, "题目数量", whole=True, most=MAX_COUNT)),
        minutes=_positive(minutes, "时间(分钟)", whole=False, most=MAX_MINUTES),
        types=types,
        points={
            kind: _positive(points.get(kind, ""), f"{TYPE_NAMES_ZH[kind]}的分值", whole=False, most=100)
            if kind in types else float(DEFAULT_POINTS[kind])
            for kind in QuestionType
        },
    )


def pick_questions(bank: Bank, plan: ExamPlan, rng: random.Random | None = None) -> list[Question]:
    """Up to `plan.count` questions spread evenly over the chosen types, in paper order.

    Each formula is asked once; only when the bank has too few formulas for the count
    does a second round ask a formula again.
    """
    rng = rng or random.Random()
    pools = {t: [q for q in bank.questions if q.type == t] for t in plan.types}
    for pool in pools.values():
        rng.shuffle(pool)
    chosen: dict[QuestionType, list[Question]] = {t: [] for t in plan.types}
    asked: set[str] = set()
    taken = 0
    for fresh_only in (True, False):
        drawn = True
        while taken < plan.count and drawn:
            drawn = False
            for kind in plan.types:
                question = _draw(pools[kind], asked if fresh_only else set())
                if question is not None and taken < plan.count:
                    chosen[kind].append(question)
                    asked.update(question.formula_ids)
                    taken += 1
                    drawn = True
    # A paper groups questions by type: 一、填空题 二、单项选择题 ...
    return [q for kind in QuestionType if kind in chosen for q in chosen[kind]]


def _draw(pool: list[Question], asked: set[str]) -> Question | None:
    """The last question of the pool about no formula already asked (taken out of it)."""
    for index in range(len(pool) - 1, -1, -1):
        if asked.isdisjoint(pool[index].formula_ids):
            return pool.pop(index)
    return None


def total_points(questions: list[Question], plan: ExamPlan) -> float:
    """The paper's full marks."""
    return sum(plan.points.get(q.type, 1) for q in questions)


def is_answered(given: tuple[str, ...] | None) -> bool:
    """Whether anything was typed or chosen."""
    return bool(given) and any(part.strip() for part in given or ())


@dataclass
class ExamPaper:
    """A mock exam in progress: the questions, the answers so far, the time used."""

    bank_title: str
    plan: ExamPlan
    questions: list[Question]
    started: datetime
    answers: dict[int, tuple[str, ...]] = field(default_factory=dict)  # by position
    elapsed_s: float = 0.0  # time used before this sitting (a resumed exam)
    position: int | None = None  # the question shown last (None: the first unanswered)

    def unanswered(self) -> int:
        return sum(1 for i in range(len(self.questions)) if not is_answered(self.answers.get(i)))

    def opening_position(self) -> int:
        """Where the paper opens: the question shown last, else the first unanswered one."""
        if self.position is not None and 0 <= self.position < len(self.questions):
            return self.position
        return next((i for i in range(len(self.questions)) if not is_answered(self.answers.get(i))), 0)


def score_paper(paper: ExamPaper, finished: datetime, *, pinyin: bool = True) -> ExamResult:
    """Grade every answered question; unanswered ones score 0 and are not wrong answers."""
    from quiz.core.review.grading import grade

    score = 0.0
    rows: list[tuple[str, str, bool]] = []
    for position, question in enumerate(paper.questions):
        given = paper.answers.get(position)
        if not is_answered(given):
            rows.append((question.id, "", False))
            continue
        assert given is not None
        correct = grade(question, given, pinyin=pinyin).correct
        if correct:
            score += paper.plan.points.get(question.type, 1)
        rows.append((question.id, " | ".join(g for g in given if g.strip()), correct))
    return ExamResult(
        bank_title=paper.bank_title, started=paper.started, finished=finished, score=score,
        total=total_points(paper.questions, paper.plan), answers=tuple(rows),
    )
