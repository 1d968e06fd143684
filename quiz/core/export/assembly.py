"""Which questions may share a printed paper: no formula asked over and over, no leaks.

A paper holds at most `per_formula` questions about one formula (two unless asked), no
overlap cloze (a study aid: on paper it repeats an item cloze), and never a question
whose answer another question of the paper prints: a list choice's stem prints the label
that a label choice asks for, an item cloze prints the items a members choice asks for.
Only questions about related formulas (the same one, or one composite) are compared.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Mapping, Sequence

from quiz.core.model import DEFAULT_IMPORTANCE, LETTERS, BankFormula, Question, QuestionType

PER_FORMULA = 2


def answer_texts(question: Question, formulas: Mapping[str, BankFormula]) -> tuple[str, ...]:
    """What a learner must produce, as text another question could print."""
    qtype = question.type
    if qtype == QuestionType.CLOZE:
        if question.variant == "count":
            formula = formulas.get(question.formula_id)
            return (formula.label,) if formula else question.answers
        return tuple(a for a in question.answers if len(a) >= 2)
    if qtype in (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE):
        if question.variant.startswith("not_member"):
            return ()  # printing an outsider elsewhere tells nothing
        return tuple(question.options[LETTERS.index(a)] for a in question.answers)
    if qtype == QuestionType.ORDERING:
        return ("、".join(question.answers),)
    return ()


def weight(question: Question, formulas: Mapping[str, BankFormula]) -> float:
    """How much a question matters: its most important formula's importance."""
    return max((formulas[f].weight for f in question.formula_ids if f in formulas),
               default=DEFAULT_IMPORTANCE)


def printed_text(question: Question) -> str:
    """Everything the paper shows of a question."""
    return "\n".join([question.prompt, *question.options,
                      *(text for pair in question.pairs for text in pair)])


def _families(formulas: Mapping[str, BankFormula]) -> dict[str, str]:
    """Each formula's composite root: parent and children are one family."""
    roots = {}
    for fid in formulas:
        root, seen = fid, {fid}
        while formulas[root].parent in formulas and formulas[root].parent not in seen:
            root = str(formulas[root].parent)
            seen.add(root)
        roots[fid] = root
    return roots


def assemble(questions: Sequence[Question], formulas: Mapping[str, BankFormula],
             counts: Mapping[QuestionType, int], rng: random.Random,
             per_formula: int | None = PER_FORMULA) -> tuple[Question, ...]:
    """The questions of a paper, in bank order: a draw that keeps the paper's rules.

    With `counts`, questions are drawn most important first (at random among questions of
    one importance) until each type has its number (or the candidates run out); without,
    every question that fits is kept, in bank order.
    """
    order = list(range(len(questions)))
    if counts:
        rng.shuffle(order)  # a draw among questions of one importance
        order.sort(key=lambda i: -weight(questions[i], formulas))
    roots = _families(formulas)
    kept: list[int] = []
    per_type: Counter[QuestionType] = Counter()
    asked: Counter[str] = Counter()
    for index in order:
        question = questions[index]
        if question.type == QuestionType.CLOZE and question.variant == "overlap":
            continue
        if counts and per_type[question.type] >= counts.get(question.type, 0):
            continue
        single = len(question.formula_ids) == 1
        if single and per_formula is not None and asked[question.formula_id] >= per_formula:
            continue
        family = {roots.get(f, f) for f in question.formula_ids}
        if any(_leaks(question, questions[k], formulas) for k in kept
               if family & {roots.get(f, f) for f in questions[k].formula_ids}):
            continue
        kept.append(index)
        per_type[question.type] += 1
        if single:
            asked[question.formula_id] += 1
    return tuple(questions[i] for i in sorted(kept))


def _leaks(one: Question, other: Question, formulas: Mapping[str, BankFormula]) -> bool:
    """Whether either question prints an answer of the other."""
    for asking, printing in ((one, other), (other, one)):
        shown = printed_text(printing)
        if any(text in shown for text in answer_texts(asking, formulas)):
            return True
    return False
