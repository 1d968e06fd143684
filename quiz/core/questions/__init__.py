"""Question types: one module per type, each owning all of its rules.

Each module exposes a `KIND` (`base.QuestionKind`): `generate` makes the type's questions
of one formula, `check` holds the rules `quiz check` keeps for one question's shape and
`semantics` those of its fairness (in the module or a `*_checks` one beside it, reading
a bank's composite links through `family.Family`), and `grade`, `key_text`,
`sheet_answer` and `shuffle` serve review and export. `KINDS`
lists them in the order a formula's questions appear in a bank; boards of several
formulas come from `matching.board_questions`, planned by `quiz.core.bank.build`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from quiz.core.model import BankFormula, Question, QuestionType
from quiz.core.questions import (
    choice,
    cloze,
    list_questions,
    matching,
    ordering,
    statement_questions,
    target_questions,
    true_false,
)
from quiz.core.questions.base import Formulas, QuestionKind, Span
from quiz.core.questions.board_giveaways import generic_label
from quiz.core.questions.cut_items import items_cut

KINDS: tuple[QuestionKind, ...] = (cloze.KIND, ordering.KIND, choice.KIND, true_false.KIND,
                                   matching.KIND)
BY_TYPE: dict[QuestionType, QuestionKind] = {}
for _kind in KINDS:
    for _type in _kind.types:
        BY_TYPE.setdefault(_type, _kind)  # the first kind of a type owns its answers
Generator = Callable[[BankFormula, Sequence[BankFormula], Sequence[Span]], list[Question]]
# The formula kinds asked in their own way (a list, a statement, a target); numbered and
# composite formulas take every type of KINDS.
BY_FORMULA_KIND: dict[str, Generator] = {
    "list": list_questions.list_questions,
    "statement": statement_questions.statement_questions,
    "target": target_questions.target_questions,
}


def formula_questions(formula: BankFormula, siblings: Sequence[BankFormula],
                      hints: Sequence[Span] = ()) -> list[Question]:
    """Every question about one formula, deterministic for a given formula and siblings.

    Each type draws from its own generator seeded by the formula id, so adding a type or
    a sibling never reshuffles the questions of another type. A label that names nothing
    beside its count (三条, 两点, 四句话) is asked only by cloze, in its own sentence: out
    of it, a learner cannot tell which three the question means; so are items cut from
    longer numbered clauses (`cut_items`), which may not be what the label counts.
    """
    own = BY_FORMULA_KIND.get(formula.kind)
    if own is not None:
        return own(formula, siblings, hints)
    if generic_label(formula.label) or items_cut(formula):
        return cloze.KIND.generate(formula, siblings, hints)
    return [q for kind in KINDS for q in kind.generate(formula, siblings, hints)]


def check_question(question: dict[str, Any], formulas: Formulas) -> list[str]:
    """The problems of one well-formed question (plain data), by its type's rules."""
    return BY_TYPE[QuestionType(question["type"])].check(question, formulas)


__all__ = ["BY_FORMULA_KIND", "BY_TYPE", "KINDS", "check_question", "formula_questions"]
