"""Question types: one module per type, each a pure function of formulas and an rng.

`formula_questions` gathers every single-formula question; boards of several formulas
come from `matching.board_questions`, planned by `quiz.core.bank.build`.
"""

from __future__ import annotations

from collections.abc import Sequence

from quiz.core.model import BankFormula, Question
from quiz.core.questions.base import Span, rng_for
from quiz.core.questions.choice import choice_questions
from quiz.core.questions.cloze import cloze_questions
from quiz.core.questions.matching import parts_questions
from quiz.core.questions.ordering import ordering_questions
from quiz.core.questions.true_false import true_false_questions


def formula_questions(formula: BankFormula, siblings: Sequence[BankFormula],
                      hints: Sequence[Span] = ()) -> list[Question]:
    """Every question about one formula, deterministic for a given formula and siblings.

    Each type draws from its own generator seeded by the formula id, so adding a type or
    a sibling never reshuffles the questions of another type.
    """
    return [
        *cloze_questions(formula, hints),
        *ordering_questions(formula, rng_for(formula.id, "ordering")),
        *choice_questions(formula, siblings, rng_for(formula.id, "choice")),
        *true_false_questions(formula, siblings, rng_for(formula.id, "true_false")),
        *parts_questions(formula, rng_for(formula.id, "parts")),
    ]


__all__ = ["formula_questions"]
