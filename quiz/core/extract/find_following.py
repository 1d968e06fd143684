"""Items given after the label: `一是…二是…`, `一个是…,一个是…`, or one sentence or
paragraph per item (`聚力实现“七个新提升”` then `发展质量实现新提升。…`)."""

from __future__ import annotations

import os
import re

from quiz.core.extract.find_inline import ItemsFound
from quiz.core.extract.items import plausible_items, strip_quotes, strip_shared_intro, trim_first_item
from quiz.core.numerals import number_to_chinese
from quiz.core.extract.spans import sentence_around

WINDOW = 1500  # how far after a label its items may start
SPREAD = 6000  # how far the items of one label may spread
HEADING_MAX = 18  # an item heading sentence is short
_ITEM_END = re.compile(r"[，,；;。：:！？\n]")


def _marker_families(count: int) -> list[tuple[list[tuple[str, ...]], int, tuple[str, ...]]]:
    """Ways reports number the items after a label: (markers per item, how far the first
    may stand from the label, markers of a further item that would break the count)."""
    cn = [number_to_chinese(i) for i in range(1, count + 2)]
    return [
        ([(f"{n}是",) for n in cn[:count]], 60, (f"{cn[count]}是",)),
        ([("一个是",)] * count, 60, ()),
        ([(f"第{n}，", f"第{n},") for n in cn[:count]], 60, (f"第{cn[count]}，", f"第{cn[count]},")),
        ([(f"（{n}）", f"({n})") for n in cn[:count]], 400, (f"（{cn[count]}）", f"({cn[count]})")),
    ]


def _find_any(text: str, markers: tuple[str, ...], start: int, stop: int) -> tuple[int, str] | None:
    hits = [(i, m) for m in markers if (i := text.find(m, start, stop)) != -1]
    return min(hits) if hits else None


def items_by_markers(text: str, label_end: int, count: int) -> ItemsFound | None:
    """`一是A；二是B；三是C`, `一个是A,一个是B`, `第一，A…` or `（一）A…` after the label."""
    for family, first_limit, further in _marker_families(count):
        pos = label_end
        items: list[str] = []
        ends: list[int] = []
        for markers in family:
            hit = _find_any(text, markers, pos, min(len(text), pos + WINDOW))
            if hit is None or (not items and hit[0] - label_end > first_limit):
                break
            begin = hit[0] + len(hit[1])
            m = _ITEM_END.search(text, begin, min(len(text), begin + 60))
            stop = m.start() if m else min(len(text), begin + 60)
            items.append(strip_quotes(text[begin:stop]))
            ends.append(stop)
            pos = stop
        if len(items) != count or not plausible_items(items) or any(len(i) < 2 for i in items):
            continue
        if further and _find_any(text, further, pos, min(len(text), pos + WINDOW)) is not None:
            return None  # the text goes on to a further item: not this label's list
        return ItemsFound(tuple(strip_shared_intro(items)), label_end, ends[-1])
    return None


def _heading_sentences(text: str, start: int, noun: str, count: int) -> list[tuple[int, int]]:
    """Up to `count` short sentences after `start` that contain the label's noun."""
    stop = min(len(text), start + SPREAD)
    result: list[tuple[int, int]] = []
    pos = text.find(noun, start, stop)
    while pos != -1 and len(result) < count:
        s, e = sentence_around(text, pos, start, stop)
        sentence = text[s:e].strip(" \t\u3000")
        if 2 < len(sentence) <= HEADING_MAX:
            lead = len(text[s:e]) - len(text[s:e].lstrip(" \t\u3000"))
            result.append((s + lead, e))
        pos = text.find(noun, e, stop)
    return result


def items_by_headings(text: str, label_end: int, noun: str, count: int) -> ItemsFound | None:
    """One short heading sentence per item, each naming the label's noun."""
    if len(noun) < 2 or count < 2:
        return None
    sentence_end = label_end
    while sentence_end < len(text) and text[sentence_end] not in "。！？；\n":
        sentence_end += 1
    headings = _heading_sentences(text, sentence_end, noun, count)
    if len(headings) < count or headings[0][0] - sentence_end > WINDOW:
        return None
    chosen = headings[:count]
    sentences = [text[s:e] for s, e in chosen]
    if any(s.endswith(noun) is False and noun not in s for s in sentences):
        return None
    prefix = os.path.commonprefix(sentences)
    suffix = os.path.commonprefix([s[::-1] for s in sentences])[::-1]
    if not suffix.endswith(noun) and not prefix:
        return None
    if suffix == noun:
        items = [s[len(prefix):] for s in sentences]  # 突出产业振兴 -> 产业振兴
    else:
        items = [s[len(prefix): len(s) - len(suffix)] for s in sentences]  # 发展质量实现新提升
    if len(set(items)) != count or not plausible_items(items) or any(len(i) < 2 for i in items):
        return None
    if not prefix:
        items[0] = trim_first_item(items[0], items[1:])
    pieces = tuple((s, min(len(text), e + 1)) for s, e in chosen)
    return ItemsFound(tuple(items), chosen[0][0], chosen[-1][1], pieces=pieces)
