"""Items given after the label: `一是…二是…`, `一个是…,一个是…`, or one sentence or
paragraph per item (`聚力实现“七个新提升”` then `发展质量实现新提升。…`)."""

from __future__ import annotations

import os
import re

from quiz.core.extract.candidates import ItemsFound
from quiz.core.extract.items import (
    plausible_items,
    trim_first_item,
)
from quiz.core.extract.spans import sentence_around

WINDOW = 1500  # how far after a label its items may start
SPREAD = 6000  # how far the items of one label may spread
HEADING_MAX = 18  # an item heading sentence is short
_ITEM_END = re.compile(r"[，,；;。：:！？\n]")
_SENTENCE_END = re.compile(r"[。！？；\n]")


def _heading_sentences(text: str, start: int, noun: str, count: int) -> list[tuple[int, int]]:
    """Up to `count` short sentences after `start` that contain the label's noun."""
    stop = min(len(text), start + SPREAD)
    result: list[tuple[int, int]] = []
    pos = text.find(noun, start, stop)
    looked = 0
    while pos != -1 and len(result) < count and looked < 3 * count + 3:
        looked += 1  # bounded: a noun on every line of a long passage is no heading list
        s, e = sentence_around(text, pos, start, stop)
        sentence = text[s:e].strip(" \t\u3000")
        if 2 < len(sentence) <= HEADING_MAX:
            lead = len(text[s:e]) - len(text[s:e].lstrip(" \t\u3000"))
            result.append((s + lead, e))
        pos = text.find(noun, max(e, pos + 1), stop)  # always forward, even when e <= pos
    return result


def items_by_headings(text: str, label_end: int, noun: str, count: int) -> ItemsFound | None:
    """One short heading sentence per item, each naming the label's noun."""
    if len(noun) < 2 or count < 2:
        return None
    stop = min(len(text), label_end + 40)
    end = _SENTENCE_END.search(text, label_end, stop)
    sentence_end = end.start() if end else stop
    if sentence_end == stop:
        return None  # the label's own sentence runs on: its items are not headings after it
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
    return ItemsFound(tuple(items), chosen[0][0], chosen[-1][1], pieces=pieces, finder="headings")
