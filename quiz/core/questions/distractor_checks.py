"""Whether a distractor drawn from the report, or a one-word swap, is a fair one.

A distractor that is an item of the report is fair when it is outside the formula's
composite, of the same kind and report, bears no mark its own list's items share that
the formula's items lack (`shape.foreign_mark`), shares a word with the formula
(`topic.off_topic`), and has the items' shape (`shape.shape_problem`). A list or statement that differs from the key in one item is
read by the item swapped in: the report's item by those rules, any other text as a
one-word swap (`synonyms.swap_problem`). Choice and true/false questions share them.
"""

from __future__ import annotations

from quiz.core.questions.base import items_of
from quiz.core.questions.family import Family
from quiz.core.questions.shape import foreign_mark, shape_problem
from quiz.core.questions.synonyms import drops_label_word, swap_problem
from quiz.core.questions.topic import off_topic


def distractor_problem(item: str, fid: str, family: Family) -> str | None:
    """Why the report's item may not stand as a distractor of the formula, or None."""
    if item in family.relatives(fid):
        return f"干扰项 `{item}` 属于同一个组合提法"
    if item not in family.plausible(fid):
        return f"干扰项 `{item}` 不是同一报告中同类提法的条目"
    items = items_of(family.known[fid])
    label = str(family.known[fid].get("label", ""))
    if problem := shape_problem(item, items, label):
        return problem
    doc = family.known[fid].get("doc")
    for lender in family.known.values():
        if lender.get("doc") == doc and item in items_of(lender) and (
                mark := foreign_mark(item, items_of(lender), items, str(lender.get("label")))):
            return f"干扰项 `{item}` 带着它所属提法各条目共有的 `{mark}`, 条目都没有"
    if off_topic(item, label, items):
        return f"干扰项 `{item}` 与本提法的名称和条目没有一个共同的词, 一眼可知不属于它"
    return None


def swap_problems(key: list[str], wrong: list[str], fid: str, family: Family) -> list[str]:
    """Problems of a list that differs from the key in one item."""
    changed = [(k, w) for k, w in zip(key, wrong, strict=True) if k != w]
    if len(changed) != 1 or set(wrong) == set(key):
        return []
    old, new = changed[0]
    known_items = {i for f in family.known.values() for i in items_of(f)}
    if new in known_items:
        problem = distractor_problem(new, fid, family)
    elif lost := drops_label_word(old, new, str(family.known[fid].get("label", ""))):
        problem = f"`{new}` 去掉了提法名称里的 `{lost}`: 一眼可知不对"
    else:
        problem = swap_problem(old, new)
    return [problem] if problem else []
