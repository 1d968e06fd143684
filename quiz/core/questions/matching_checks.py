"""What an exam setter finds unfair in a board of formulas (`quiz check`, after structure).

A board that holds a composite and a part of it has an arguable key: the part's items
belong to both. A board with a pair joined from the text alone (the label's wording or
its count, `board_giveaways`) is a giveaway: that pair asks nothing.
"""

from __future__ import annotations

from typing import Any

from quiz.core.questions.base import Formulas, items_of
from quiz.core.questions.board_giveaways import joined_at_sight


def kin_on_board(q: dict[str, Any], known: Formulas) -> list[str]:
    """A board holding a formula and a composite above it, as a problem: the part's
    items belong to both, so the key is arguable."""
    on_board = {str(f) for f in q["formulas"]}
    problems = []
    for fid in on_board:
        seen, parent = {fid}, known[fid].get("parent")
        while parent and str(parent) in known and str(parent) not in seen:
            if str(parent) in on_board:
                problems.append(f"答案有误: `{known[fid].get('label')}` 属于同在题中的 "
                                f"`{known[str(parent)].get('label')}`, 它的条目同属两者")
            seen.add(str(parent))
            parent = known[str(parent)].get("parent")
    return sorted(problems)


def at_sight(q: dict[str, Any], known: Formulas) -> list[str]:
    """A board with a pair joined from the text alone, as a problem (a rule of `quiz
    check`'s semantics: the structure of the board is sound)."""
    board = [known[str(f)] for f in q["formulas"]]
    pairs = [(str(a), str(b)) for a, b in q.get("pairs") or []]
    if q.get("variant") == "labels":
        labels, shown = [a for a, _ in pairs], [b for _, b in pairs]
        counts_by = {str(f.get("label")): len(items_of(f)) for f in board}
        counted: list[int] | None = [counts_by.get(label, 0) for label in labels]
    elif q.get("variant") == "items":
        labels, shown, counted = [b for _, b in pairs], [a for a, _ in pairs], None
    else:
        return []
    joined = joined_at_sight(labels, shown, counted)
    return [f"送分: `{labels[i]}` 与 `{shown[i]}` 单凭字面 (提法的用字、数字或条数) 就能连上"
            for i in joined]
