"""Sentence and clause boundaries in cleaned report text."""

from __future__ import annotations

import re

SENTENCE_END = "。！？!?；;\n"
CLAUSE_END = SENTENCE_END + "，,：:"
OPEN_QUOTES = "“‘「『\""
CLOSE_QUOTES = "”’」』\""


def sentence_bounds(text: str, start: int, end: int, limit: int = 300) -> tuple[int, int]:
    """The sentence around text[start:end]: after the previous 。；！？ or line break,
    through the next one (included when it is punctuation). Looks at most `limit`
    characters either way, so that text without punctuation stays linear."""
    lo = max(0, start - limit)
    left = max(max(text.rfind(c, lo, start) for c in SENTENCE_END) + 1, lo)
    hi = min(len(text), end + limit)
    right_candidates = [i for i in (text.find(c, end, hi) for c in SENTENCE_END) if i != -1]
    right = min(right_candidates) if right_candidates else hi
    if right < len(text) and text[right] != "\n":
        right += 1
    while left < start and text[left] in " \t\u3000":
        left += 1
    return left, right


def clause_start(text: str, pos: int, limit: int = 200) -> int:
    """The start of the clause that ends at `pos` (after the last ，。；： or break)."""
    lo = max(0, pos - limit)
    best = lo
    for c in CLAUSE_END:
        i = text.rfind(c, lo, pos)
        if i + 1 > best:
            best = i + 1
    return best


_SENTENCE = re.compile(r"[^。！？!?；;\n]+")


def next_sentences(text: str, start: int, stop: int) -> list[tuple[int, int]]:
    """(start, end) of each sentence in text[start:stop], ends excluding the punctuation."""
    return [m.span() for m in _SENTENCE.finditer(text, start, stop)]
