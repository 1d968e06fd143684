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
