"""Planning matching boards: which 4–6 formulas of a bank share a board.

Boards are planned per document (a report's formulas side by side); documents with too
few formulas are pooled. Within a group, boards are cut where a formula's id hashes to
a cut point (content-defined chunking), so adding or removing one formula reshapes only
the board it lands on, and every other board keeps its id.
"""

from __future__ import annotations

from collections.abc import Sequence

from quiz.core.bank import BankFormula
from quiz.core.questions.base import joined, stable_seed
from quiz.core.questions.matching import MAX_BOARD, MIN_BOARD

CUT_EVERY = 3  # on average a board closes at one formula in three once it is full enough


def _board_ready(formula: BankFormula) -> bool:
    return len(formula.items) >= 2 and len(set(formula.items)) == len(formula.items)


def _distinct(formulas: Sequence[BankFormula]) -> list[BankFormula]:
    """Drop formulas whose label or item list repeats an earlier one (ambiguous pairs)."""
    labels: set[str] = set()
    lists: set[str] = set()
    kept = []
    for formula in formulas:
        text = joined(formula.items)
        if formula.label in labels or text in lists:
            continue
        labels.add(formula.label)
        lists.add(text)
        kept.append(formula)
    return kept


def _chunks(group: Sequence[BankFormula]) -> list[list[BankFormula]]:
    chunks: list[list[BankFormula]] = []
    current: list[BankFormula] = []
    for formula in group:
        current.append(formula)
        cut = stable_seed(formula.id, "board") % CUT_EVERY == 0
        if len(current) == MAX_BOARD or (len(current) >= MIN_BOARD and cut):
            chunks.append(current)
            current = []
    if current and chunks and len(current) < MIN_BOARD:
        # Borrow the last formulas of the previous board: a formula may sit on two boards.
        labels = {f.label for f in current}
        lenders = [f for f in chunks[-1] if f.label not in labels]
        current = lenders[len(current) - MIN_BOARD:] + current
    if len(current) >= MIN_BOARD:
        chunks.append(current)
    return chunks


def plan_boards(formulas: Sequence[BankFormula]) -> list[list[BankFormula]]:
    """Groups of 4–6 formulas, each group with distinct labels and item lists."""
    by_doc: dict[str, list[BankFormula]] = {}
    for formula in sorted(formulas, key=lambda f: f.id):
        if _board_ready(formula):
            by_doc.setdefault(formula.doc, []).append(formula)
    boards: list[list[BankFormula]] = []
    pool: list[BankFormula] = []
    for doc in sorted(by_doc):
        group = _distinct(by_doc[doc])
        if len(group) >= MIN_BOARD:
            boards.extend(_chunks(group))
        else:
            pool.extend(group)
    pool = _distinct(pool)
    if pool and len(pool) < MIN_BOARD:
        ids = {f.id for f in pool}
        spare = [f for f in sorted(formulas, key=lambda f: f.id)
                 if _board_ready(f) and f.id not in ids]
        pool = _distinct(pool + spare)[:MIN_BOARD]
    if len(pool) >= MIN_BOARD:
        boards.extend(_chunks(pool))
    return boards
