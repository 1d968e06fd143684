"""Planning matching boards: which 4–6 formulas of a bank share a board.

Boards are planned per document (a report's formulas side by side, those of as many items
next to each other); a document with too few formulas gets none: pooled with another
report's, its labels join their items by subject at sight (小麦 to 三大粮食作物 beside
伊敏河 to 五大露天矿), and the board could name no one report. Within a document, boards
are cut where a formula's id hashes to a cut point (content-defined chunking), so adding
or removing one formula reshapes only the board it lands on, and every other board keeps
its id.
"""

from __future__ import annotations

from collections.abc import Sequence

from quiz.core.model import BankFormula
from quiz.core.questions.base import joined, stable_seed
from quiz.core.questions.board_giveaways import echoes_label, generic_label
from quiz.core.questions.cut_items import items_cut
from quiz.core.questions.matching import MAX_BOARD, MIN_BOARD

CUT_EVERY = 5  # a formula ends a run of the board plan with this odds (by its id)


def _board_ready(formula: BankFormula) -> bool:
    """Two distinct items or more, one of them at least without the label's words (a
    formula whose every item repeats its label, 统筹城乡发展 of 五个统筹, is joined at
    sight on any board), a label that names something (not 三条, 两点), and items that
    are whole (`cut_items`)."""
    return (len(formula.items) >= 2 and len(set(formula.items)) == len(formula.items)
            and not all(echoes_label(formula.label, item) for item in formula.items)
            and not generic_label(formula.label) and not items_cut(formula))


def _board_order(formula: BankFormula) -> tuple[int, str]:
    """Formulas of as many items side by side: on a board of labels and their lists, a
    label whose count only one list has is joined to it by counting (`board_giveaways`)."""
    return len(formula.items), formula.id


def _distinct(formulas: Sequence[BankFormula]) -> list[BankFormula]:
    """Drop formulas whose label or item list repeats an earlier one, and a composite
    whose parts are there (宜居宜业 is an item of 五张名片 and of 1+5+9+1 alike): their
    pairs would be ambiguous. The parts stay; the composite has its own parts board."""
    by_id = {f.id: f for f in formulas}
    above: set[str] = set()
    for formula in formulas:
        parent = formula.parent
        while parent and parent in by_id and parent not in above:
            above.add(parent)
            parent = by_id[parent].parent
    labels: set[str] = set()
    lists: set[str] = set()
    kept = []
    for formula in formulas:
        text = joined(formula.items)
        if formula.label in labels or text in lists or formula.id in above:
            continue
        labels.add(formula.label)
        lists.add(text)
        kept.append(formula)
    return kept


def _runs(group: Sequence[BankFormula]) -> list[list[BankFormula]]:
    """Runs cut after the formulas whose id hashes to a cut point: local by construction."""
    runs: list[list[BankFormula]] = [[]]
    for formula in group:
        runs[-1].append(formula)
        if stable_seed(formula.id, "board") % CUT_EVERY == 0:
            runs.append([])
    return [run for run in runs if run]


def _split(chunk: list[BankFormula]) -> list[list[BankFormula]]:
    """A chunk cut into boards of at most six; a short last board borrows from the one before."""
    boards = [chunk[i:i + MAX_BOARD] for i in range(0, len(chunk), MAX_BOARD)]
    if len(boards) > 1 and len(boards[-1]) < MIN_BOARD:
        boards[-1] = chunk[-MIN_BOARD:]  # a formula may sit on two boards
    return boards


def _chunks(group: Sequence[BankFormula]) -> list[list[BankFormula]]:
    """Runs joined until each holds at least four formulas, then split into boards.

    A run of four or more always closes a chunk, so an edit changes the chunks only up
    to the next such run: the rest of the plan, and the board ids, stay the same.
    """
    chunks: list[list[BankFormula]] = []
    current: list[BankFormula] = []
    for run in _runs(group):
        current.extend(run)
        if len(current) >= MIN_BOARD:
            chunks.append(current)
            current = []
    if current:
        if chunks:
            chunks[-1].extend(current)
        elif len(current) >= MIN_BOARD:
            chunks.append(current)
    return [board for chunk in chunks for board in _split(chunk)]


def plan_boards(formulas: Sequence[BankFormula]) -> list[list[BankFormula]]:
    """Groups of 4–6 formulas of one document, each with distinct labels and item lists."""
    by_doc: dict[str, list[BankFormula]] = {}
    for formula in sorted(formulas, key=_board_order):
        if _board_ready(formula):
            by_doc.setdefault(formula.doc, []).append(formula)
    boards: list[list[BankFormula]] = []
    for doc in sorted(by_doc):
        group = _distinct(by_doc[doc])
        if len(group) >= MIN_BOARD:
            boards.extend(_chunks(group))
    return boards
