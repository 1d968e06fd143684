"""Wrong statements of a list for "“X”按报告原文表述是（　）": the exam's tricks on the
report's own wording of the items."""

from __future__ import annotations

import random

from quiz.core.questions.base import ITEM_JOINER, joined, similar_item
from quiz.core.questions.synonyms import near_synonyms

SINGLE_OPTIONS = 4


def list_distractors(items: tuple[str, ...], pool: list[str], rng: random.Random,
                      counted: bool = False, label: str = "") -> list[str]:
    """Wrong statements of the list, each a different exam trick where possible.

    The tricks: an item swapped for a sibling formula's item, two neighbours transposed,
    an item dropped (only where the label states no count), a word of an item replaced
    by a near-synonym; where those give too few, two other items swapped.
    """
    correct = joined(items)
    tricks: list[tuple[str, ...]] = []
    if pool:
        index = rng.randrange(len(items))
        tricks.append(items[:index] + (similar_item(pool, items[index], rng),) + items[index + 1:])
    if len(items) >= 2:
        j = rng.randrange(len(items) - 1)
        tricks.append(items[:j] + (items[j + 1], items[j]) + items[j + 2:])
        if not counted:  # a label that states the count would give a shorter list away
            k = rng.randrange(len(items))
            tricks.append(items[:k] + items[k + 1:])
    # an item that holds a 、 of its own keeps its words: changed, a reader could no longer
    # tell where it ends (加强现场协调、抢抓建设速度 → 强化现场协调、抢抓建设速度)
    synonyms = [(i, s) for i, item in enumerate(items) if ITEM_JOINER not in item
                for s in near_synonyms(item, label)]
    if synonyms:
        i, synonym = rng.choice(synonyms)
        tricks.append(items[:i] + (synonym,) + items[i + 1:])
    if len(tricks) > SINGLE_OPTIONS - 1:
        tricks = rng.sample(tricks, SINGLE_OPTIONS - 1)
    for _ in range(4):  # more swaps when a short list gives too few distinct wrong forms
        if pool:
            index = rng.randrange(len(items))
            tricks.append(items[:index] + (similar_item(pool, items[index], rng, among=8),)
                          + items[index + 1:])
    found: dict[str, None] = {}
    used: set[str] = set()  # an outsider offered twice marks both options wrong
    for trick in tricks:
        outsiders = set(trick) - set(items)
        if trick and not outsiders & used:
            found.setdefault(joined(trick), None)
            used |= outsiders
    found.pop(correct, None)
    pairs = [(i, j) for i in range(len(items)) for j in range(i + 1, len(items))]
    for i, j in rng.sample(pairs, len(pairs)):  # too few: other pairs swapped, same items
        if len(found) >= SINGLE_OPTIONS - 1:
            break
        order = list(items)
        order[i], order[j] = order[j], order[i]
        found.setdefault(joined(order), None)
    found.pop(correct, None)
    return list(found)[: SINGLE_OPTIONS - 1]
