"""The order new cards are introduced in, and which formulas bury each other.

A bank lists a formula's questions together, cloze first; introduced in that order, with
one card a formula a day, the first days would show nothing but cloze. New cards go
round-robin over the formulas instead, and each formula's own questions round-robin
over the types, starting at a different type for each formula.

In each round the formulas of more importance (`BankFormula.importance`) come first.

A composite and its parts are one family for burying: once 1+5+9+1 is shown, a card of
五张名片 would only repeat what it just printed, so each card carries the ids of its
formulas' composites too. A label stated twice in one report (四大主导产业 in the 4433
paragraph and again in its own) is one formula to a learner: each card also carries a key
for its formulas' labels, and a composite's cards the keys of the labels below it.
"""

from __future__ import annotations

from collections.abc import Sequence

from quiz.core.model import DEFAULT_IMPORTANCE, Bank, Question, QuestionType

_TYPES = tuple(QuestionType)


def burying_keys(bank: Bank) -> dict[str, tuple[str, ...]]:
    """For each question, its formula ids, the ids of the composites above them, and the
    label keys of those formulas and of every formula below them."""
    parents = {f.id: f.parent for f in bank.formulas if f.parent}
    label_key = {f.id: f"label:{f.doc}/{f.label}" for f in bank.formulas}
    above = {fid: _ancestors(fid, parents) for fid in parents}
    below: dict[str, list[str]] = {}
    for child, ancestors in above.items():
        for parent in ancestors:
            below.setdefault(parent, []).append(label_key[child])
    keys = {}
    for question in bank.questions:
        ids = [*question.formula_ids,
               *(parent for fid in question.formula_ids for parent in above.get(fid, ()))]
        labels = [label_key[i] for i in ids if i in label_key]
        labels += [key for i in question.formula_ids for key in below.get(i, ())]
        keys[question.id] = tuple(dict.fromkeys(ids + labels))
    return keys


def _ancestors(formula_id: str, parents: dict[str, str]) -> list[str]:
    """The composites above a formula, nearest first (a cycle in hand edits ends the walk)."""
    found, current, seen = [], formula_id, {formula_id}
    while (parent := parents.get(current)) and parent not in seen:
        found.append(parent)
        seen.add(parent)
        current = parent
    return found


def _by_type(questions: Sequence[Question], start: int) -> list[Question]:
    """A formula's questions taking the types in turn, from the `start`th type."""
    groups: dict[QuestionType, list[Question]] = {}
    for question in questions:
        groups.setdefault(question.type, []).append(question)
    turn = [_TYPES[(start + i) % len(_TYPES)] for i in range(len(_TYPES))]
    ordered: list[Question] = []
    depth = 0
    while len(ordered) < len(questions):
        for qtype in turn:
            if depth < len(groups.get(qtype, ())):
                ordered.append(groups[qtype][depth])
        depth += 1
    return ordered


def study_positions(bank: Bank) -> dict[str, int]:
    """Each question's place among new cards: formulas and types interleaved, and in
    each round (every formula's first card, then every formula's second...) the most
    important formulas first. A session buries a formula's other cards once one is
    shown, so the learner meets the formulas in order of importance, one card each.

    A question weighs what its most important formula weighs (a formula of an older
    bank, with no importance, weighs DEFAULT_IMPORTANCE).
    """
    weights = {f.id: f.weight for f in bank.formulas}
    per_formula: dict[str, list[Question]] = {}
    for question in bank.questions:
        per_formula.setdefault(question.formula_id, []).append(question)
    ranked: list[tuple[int, float, int, str]] = []
    for index, questions in enumerate(per_formula.values()):
        for rank, question in enumerate(_by_type(questions, index)):
            weight = max((weights.get(f, DEFAULT_IMPORTANCE) for f in question.formula_ids),
                         default=DEFAULT_IMPORTANCE)
            ranked.append((rank, -weight, index, question.id))
    return {qid: position for position, (*_, qid) in enumerate(sorted(ranked))}
