"""Distractors found by report give the questions a scan of the whole corpus gave."""

from __future__ import annotations

from dataclasses import replace

import pytest

from quiz.core.bank import build
from quiz.core.bank.io import load_bank
from quiz.core.model import BankFormula, QuestionType
from tests.helpers.paths import ROOT


def _every_other_report(formula: BankFormula, formulas: list[BankFormula]) -> list[BankFormula]:
    """The reference: the report's formulas, and all others when it has fewer than three."""
    same = [f for f in formulas if f.doc == formula.doc and f.id != formula.id]
    return same if len(same) >= 3 else same + [f for f in formulas if f.doc != formula.doc]


def _corpus() -> list[BankFormula]:
    """The default bank's formulas, with some moved to reports of their own (few formulas)."""
    formulas = list(load_bank(ROOT / "question_banks" / "default.yaml").formulas)
    parents = {f.parent for f in formulas if f.parent}
    moved = []
    for index, formula in enumerate(formulas):
        alone = not formula.parent and formula.id not in parents
        moved.append(replace(formula, doc=f"alone-{index // 2}.txt")
                     if alone and index % 3 == 0 else formula)
    # the same formulas again under other reports (labels that recur across reports), and
    # once more under labels of like words, which a small report's label question may offer
    copies = [replace(f, id=f"{copy}/{f.id}", doc=f"{copy}-{f.doc}", parent=None,
                      label=f.label + suffix)
              for copy, suffix in (("copy", ""), ("akin", "新"))
              for f in moved if not f.parent and f.id not in parents]
    return moved + copies


def test_questions_are_those_of_a_whole_corpus_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    formulas = _corpus()
    fast = build.bank_questions(formulas)
    monkeypatch.setattr(build._Siblings, "of",
                        lambda self, formula: _every_other_report(formula, formulas))
    assert build.bank_questions(formulas) == fast
    small = {f.id for f in formulas if len(_every_other_report(f, formulas)) > 3
             and sum(o.doc == f.doc for o in formulas) < 4}
    # formulas of small reports whose label question drew on other reports' labels
    assert [q for q in fast if q.type is QuestionType.SINGLE_CHOICE and q.variant == "label"
            and q.formula_ids[0] in small]
