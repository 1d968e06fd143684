"""Merging a regenerated bank with the hand edits of the bank it replaces.

Every generated entry's fingerprint is kept in the bank's `generated:` section; an entry
whose content no longer matches its fingerprint was edited by hand and is kept, unless the
corpus changed under it too (then regeneration refuses, naming the entries).
"""

from __future__ import annotations

import json
from dataclasses import replace

from quiz.core.errors import BankError
from quiz.core.model import Bank, BankFormula, Question
from quiz.core.questions.base import short_hash


class HandEditConflict(BankError):
    """Regenerating would overwrite entries of a bank that were edited by hand."""


def fingerprint(entry: BankFormula | Question) -> str:
    """A digest of an entry's content, to tell hand edits from generated text."""
    text = json.dumps(entry.to_dict(), ensure_ascii=False, sort_keys=True)
    return short_hash(text, 12)


def _edited(entry: BankFormula | Question, prints: dict[str, str]) -> bool:
    return entry.id in prints and fingerprint(entry) != prints[entry.id]


def _refuse(conflicts: list[str], path: str | None) -> None:
    shown = "; ".join(conflicts[:5]) + (f"; and {len(conflicts) - 5} more" if len(conflicts) > 5 else "")
    raise HandEditConflict(
        f"{len(conflicts)} hand-edited entr{'y' if len(conflicts) == 1 else 'ies'} would be "
        f"overwritten: {shown}",
        path=path,
        hint="carry the edits into the corpus (corpus/corrections.yaml) and rerun with "
        "--force, or write the new bank elsewhere with -o",
    )


def merge_formulas(generated: list[BankFormula], old: Bank | None) -> list[BankFormula]:
    """Generated formulas, with hand-edited and hand-added ones of the old bank kept."""
    if old is None:
        return generated
    prints: dict[str, str] = old.meta.get("generated") or {}
    by_id = {f.id: f for f in generated}
    conflicts: list[str] = []
    kept: dict[str, BankFormula] = {}
    for formula in old.formulas:
        if _edited(formula, prints):
            new = by_id.get(formula.id)
            if new is None:
                conflicts.append(f"{formula.id} (edited by hand, no longer in the corpus)")
            elif fingerprint(new) != prints[formula.id]:
                conflicts.append(f"{formula.id} (edited by hand, and changed in the corpus)")
            else:
                kept[formula.id] = formula
        elif formula.id not in prints:
            if formula.id in by_id:
                conflicts.append(f"{formula.id} (added by hand, now also in the corpus)")
            else:
                kept[formula.id] = formula
    if conflicts:
        _refuse(conflicts, old.path)
    merged = [kept.pop(f.id, f) for f in generated]
    return merged + list(kept.values())


def merge_questions(generated: list[Question], formula_ids: set[str],
                     old: Bank | None) -> list[Question]:
    """Generated questions, with hand-edited and hand-added ones of the old bank kept."""
    if old is None:
        return generated
    prints: dict[str, str] = old.meta.get("generated") or {}
    by_id = {q.id: q for q in generated}
    conflicts: list[str] = []
    kept: dict[str, Question] = {}
    for question in old.questions:
        if _edited(question, prints):
            new = by_id.get(question.id)
            if new is None:
                conflicts.append(f"{question.id} (edited by hand, no longer generated)")
            elif fingerprint(new) != prints[question.id]:
                conflicts.append(f"{question.id} (edited by hand, and its source changed)")
            else:
                kept[question.id] = question
        elif question.id not in prints:
            missing = [f for f in question.formula_ids if f not in formula_ids]
            if question.id in by_id:
                conflicts.append(f"{question.id} (added by hand, now also generated)")
            elif missing:
                conflicts.append(f"{question.id} (added by hand; formula {missing[0]} is gone)")
            else:
                kept[question.id] = question
    if conflicts:
        _refuse(conflicts, old.path)
    merged = [kept.pop(q.id, q) for q in generated]
    return merged + list(kept.values())


def without_fingerprints(bank: Bank) -> Bank:
    """The bank as people read it: the same entries, no `generated:` section."""
    meta = {k: v for k, v in bank.meta.items() if k != "generated"}
    return replace(bank, meta=meta)
