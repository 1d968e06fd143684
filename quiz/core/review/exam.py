"""A mock-exam paper: which questions, in what order, and how many points each is worth.

Pure Python (no Textual), so the rules are easy to test and the screens stay short.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from quiz.core.model import DEFAULT_POINTS, Bank, Question, QuestionType


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


def pick_questions(bank: Bank, plan: ExamPlan, rng: random.Random | None = None) -> list[Question]:
    """Up to `plan.count` questions spread evenly over the chosen types, in paper order."""
    rng = rng or random.Random()
    pools = {t: [q for q in bank.questions if q.type == t] for t in plan.types}
    for pool in pools.values():
        rng.shuffle(pool)
    chosen: dict[QuestionType, list[Question]] = {t: [] for t in plan.types}
    taken = 0
    while taken < plan.count and any(pools.values()):
        for kind in plan.types:
            if pools[kind] and taken < plan.count:
                chosen[kind].append(pools[kind].pop())
                taken += 1
    # A paper groups questions by type: 一、填空题 二、单项选择题 ...
    return [q for kind in QuestionType if kind in chosen for q in chosen[kind]]


def total_points(questions: list[Question], plan: ExamPlan) -> float:
    """The paper's full marks."""
    return sum(plan.points.get(q.type, 1) for q in questions)
