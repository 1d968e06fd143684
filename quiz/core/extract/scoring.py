"""Stage 3, scoring: how much a candidate list looks like the items of its label.

Each feature is a number from 0 to 1; the confidence is their weighted mean. The
weights and the finders' priors are documented in docs/extraction.md; change them there
too. A candidate whose item count differs from the label's is never complete.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache

from quiz.core.extract.candidates import ItemsFound, LabelMatch

WEIGHTS = {
    "count": 3.0,  # the number of items agrees with the label
    "finder": 2.0,  # how reliable the finder that produced the list is on its own
    "edges": 2.0,  # no function word, marker or stray numeral at an item's edge
    "parallel": 1.0,  # items of similar length
    "affix": 0.5,  # items share an opening, an ending or the label's word
    "length": 1.0,  # items short enough to be members of a formula
    "proximity": 1.0,  # items close to the label
}
# How often a finder's list is right when it fires, before looking at the list itself.
FINDER_PRIOR = {
    "brackets": 0.95,
    "after": 0.85,
    "markers": 0.8,
    "before": 0.85,
    "summed_up": 0.75,
    "shared_noun": 0.7,
    "after_clauses": 0.6,
    "paragraphs": 0.5,
    "headings": 0.6,
    "sharing_char": 0.6,
    "abbreviation": 0.7,
    "composite": 0.9,
}
THRESHOLD_QUOTED = 0.6
THRESHOLD_BARE = 0.7
# Characters that do not begin or end a member item in this genre.
_BAD_START = set("的和与及或其等了之而并且也又、，")
_BAD_END = set("的和与及或对把将其了在向从、，")
_CONJUNCTIONS = {"如果", "但是", "因为", "所以", "而且", "并且", "虽然", "即使", "只有", "只要", "因此"}
_MARKER = re.compile(r"[（(][一二三四五六七八九十\d]+[）)]|^[一二三四五六七八九十]是|^第[一二三四五六七八九十]")
_NUMERAL_ONLY = re.compile(r"^[一二三四五六七八九十百千万零两\d.%％]+$")
# Finders whose items a marker or a line delimits: an item may open with 与 or 对 there;
# elsewhere such an edge means a list was cut in the wrong place.
_DELIMITED_FINDERS = ("markers", "paragraphs", "headings")
_SHORT_ITEM_FINDERS = ("brackets", "after", "abbreviation", "before", "composite", "shared_noun")


def _function_word_at_edge(item: str) -> bool:
    if not (item[0] in _BAD_START or item[-1] in _BAD_END or item[:2] in _CONJUNCTIONS):
        return False  # cheap first: no function word can stand at either edge
    return _segmented_edge(item)


@lru_cache(maxsize=4096)
def _segmented_edge(item: str) -> bool:
    """True when the item opens or closes with a function word (其工作人员, 完善党对),
    judged on the segmenter's words, so that 及时 or 对外 still pass."""
    from quiz.core.text.segmentation import words  # deferred: scoring runs after segmentation

    first = words(item[:4])[0]
    last = words(item[-4:])[-1]
    return ((len(first) == 1 and first in _BAD_START) or first in _CONJUNCTIONS
            or (len(last) == 1 and last in _BAD_END))


def _edges(items: tuple[str, ...], finder: str, label: str) -> float:
    for item in items:
        if label in item:
            return 0.0  # 跳出三农抓三农 is a saying about 三农, not one of them
        if not item or item[0] in "、，,":
            return 0.0
        if finder not in _DELIMITED_FINDERS and _function_word_at_edge(item):
            return 0.0
        if "，" in item or "," in item:
            return 0.0
        if _MARKER.search(item) or _NUMERAL_ONLY.match(item):
            return 0.0
        if item.count("“") != item.count("”") or item.count("（") != item.count("）"):
            return 0.0
        if len(item) == 1 and finder not in _SHORT_ITEM_FINDERS:
            return 0.0
    return 1.0


def _parallel(items: tuple[str, ...]) -> float:
    lengths = [len(i) for i in items]
    average = sum(lengths) / len(lengths)
    if not average:
        return 0.0
    deviation = (sum((n - average) ** 2 for n in lengths) / len(lengths)) ** 0.5
    return max(0.0, 1.0 - deviation / average)


def _affix(items: tuple[str, ...], noun: str) -> float:
    if len(os.path.commonprefix(items)) or len(os.path.commonprefix([i[::-1] for i in items])):
        return 1.0
    if noun and any(all(c in i for i in items) for c in noun):
        return 1.0
    return 0.0


def _length(items: tuple[str, ...]) -> float:
    longest = max(len(i) for i in items)
    return 1.0 if longest <= 16 else max(0.0, 1.0 - (longest - 16) / 24)


def _proximity(label: LabelMatch, found: ItemsFound) -> float:
    distance = min(abs(found.start - label.end), abs(label.start - found.end))
    return 1.0 if distance <= 4 else max(0.0, 1.0 - distance / 600)


def features(label: LabelMatch, found: ItemsFound, count: int) -> dict[str, float]:
    """The documented features of one candidate."""
    items = found.items
    return {
        "count": 1.0 if len(items) == count and found.complete else 0.5 if found.problem else 0.0,
        "finder": FINDER_PRIOR.get(found.finder, 0.5),
        "edges": _edges(items, found.finder, label.label),
        "parallel": _parallel(items),
        "affix": _affix(items, label.noun),
        "length": _length(items),
        "proximity": _proximity(label, found),
    }


def confidence(values: dict[str, float]) -> float:
    """The weighted mean of the features, rounded for the JSON output."""
    total = sum(WEIGHTS[name] * values[name] for name in WEIGHTS) / sum(WEIGHTS.values())
    if values["count"] == 0 or not values["edges"]:
        total /= 2  # a wrong count or a broken edge is never outweighed by the rest
    return round(total, 3)


def threshold(label: LabelMatch) -> float:
    """Bare labels need more evidence than quoted ones: quotation marks a term."""
    return THRESHOLD_QUOTED if label.quoted else THRESHOLD_BARE
