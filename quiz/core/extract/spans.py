"""Sentence and clause boundaries in cleaned report text."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from functools import cache

SENTENCE_END = "。！？!?；;\n"
CLAUSE_END = SENTENCE_END + "，,：:"
_END = re.compile(f"[{re.escape(SENTENCE_END)}]")
LIST_END = SENTENCE_END + "：:"  # a list runs over commas only as far as these
OPEN_QUOTES = "“‘「『\""
CLOSE_QUOTES = "”’」』\""
_BETWEEN_ITEMS = re.compile(r"[、，,和与及\s“”‘’\"']*")  # what stands between two listed items


@cache
def _last_of(chars: str) -> re.Pattern[str]:
    one_of = re.escape(chars)
    return re.compile(f"[{one_of}][^{one_of}]*\\Z")


@cache
def _one_of(chars: str) -> re.Pattern[str]:
    return re.compile(f"[{re.escape(chars)}]")


def rfind_any(text: str, chars: str, lo: int, hi: int) -> int:
    """The last index in text[lo:hi] of any of `chars`, or -1: the largest str.rfind of
    them, in one regex search (each character of `chars` ends the scan that met it)."""
    m = _last_of(chars).search(text, lo, hi)
    return m.start() if m else -1


def runs_holding(text: str, pattern: re.Pattern[str], stops: str) -> Iterator[tuple[int, int]]:
    """The maximal runs of text without `stops` (sentences, for sentence ends) that hold a
    match of `pattern`, in text order, each once: found from the matches, which are rarer
    than sentences. `pattern` must not match across a stop."""
    next_stop = _one_of(stops)
    pos = 0
    while (hit := pattern.search(text, pos)) is not None:
        start = max(rfind_any(text, stops, pos, hit.start()) + 1, pos)
        stop = next_stop.search(text, hit.end())
        end = stop.start() if stop else len(text)
        yield start, end
        pos = end


def sentence_bounds(text: str, start: int, end: int, limit: int = 300) -> tuple[int, int]:
    """The sentence around text[start:end]: after the previous 。；！？ or line break,
    through the next one (included when it is punctuation). Looks at most `limit`
    characters either way, so that text without punctuation stays linear."""
    lo = max(0, start - limit)
    left = max(rfind_any(text, SENTENCE_END, lo, start) + 1, lo)
    hi = min(len(text), end + limit)
    right_candidates = [i for i in (text.find(c, end, hi) for c in SENTENCE_END) if i != -1]
    right = min(right_candidates) if right_candidates else hi
    if right < len(text) and text[right] != "\n":
        right += 1
    while left < start and text[left] in " \t\u3000":
        left += 1
    return left, right


def clause_end(text: str, pos: int, limit: int = 120, stops: str = CLAUSE_END) -> int:
    """The end of the clause that starts at `pos` (before the next of `stops`)."""
    end = pos
    stop = min(len(text), pos + limit)
    while end < stop and text[end] not in stops:
        end += 1
    return end


def clause_start(text: str, pos: int, limit: int = 200) -> int:
    """The start of the clause that ends at `pos` (after the last ，。；： or break)."""
    lo = max(0, pos - limit)
    return max(rfind_any(text, CLAUSE_END, lo, pos) + 1, lo)


def sentence_around(text: str, pos: int, lo: int, hi: int) -> tuple[int, int]:
    """The sentence holding `pos`, within [lo, hi), ends excluding the punctuation."""
    window_lo = max(lo, pos - 200)
    back = _END.search(text[window_lo:pos][::-1])  # the last end before pos, found forwards
    start = pos - back.start() if back else window_lo
    window_hi = min(hi, pos + 200)
    end = _END.search(text, pos, window_hi)
    return start, end.start() if end else window_hi


def item_spans(evidence: str, items: Sequence[str]) -> tuple[tuple[int, int], ...]:
    """Offsets of each item in the evidence, searched in order; empty if one is missing.

    The first item found apart from the second moves to a later occurrence that stands
    right before it (`山` of “山、泉、河、湖、湿地”, not of an earlier 华山)."""
    spans = []
    pos = 0
    for item in items:
        found = evidence.find(item, pos)
        if found == -1:
            found = evidence.find(item)
            if found == -1:
                return ()
        spans.append((found, found + len(item)))
        pos = found + len(item)
    if len(spans) > 1 and spans[0][1] <= spans[1][0]:
        nxt = spans[1][0]
        if not _BETWEEN_ITEMS.fullmatch(evidence[spans[0][1]:nxt]):
            last = evidence.rfind(items[0], spans[0][1], nxt)
            if last != -1 and _BETWEEN_ITEMS.fullmatch(evidence[last + len(items[0]):nxt]):
                spans[0] = (last, last + len(items[0]))
    return tuple(spans)


def inside(spans: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    """True when `pos` falls in one of the sorted, mostly disjoint `spans`."""
    i = bisect_right(starts, pos) - 1
    return any(spans[j][0] <= pos < spans[j][1] for j in range(max(0, i - 3), i + 1))
