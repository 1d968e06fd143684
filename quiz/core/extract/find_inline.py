"""Items written next to their label: `A、B、C“三个X”`, `“A、B、C”三个X`, `X：A、B、C`."""

from __future__ import annotations

import re

from quiz.core.extract.candidates import ItemsFound
from quiz.core.extract.items import (
    MAX_INLINE_ITEM_LEN,
    plausible_chunks,
    plausible_items,
    split_items,
    strip_quotes,
    trim_first_item,
)
from quiz.core.extract.spans import CLOSE_QUOTES, OPEN_QUOTES, clause_start, rfind_any

_GAP = re.compile(r"(?:之?间的?这|这些|这|上述|以上)$")
_NOTE = re.compile(r"(?<=.)[（(][^）)]{2,}[）)]")  # a bracketed note inside an item
_LEAD_JOINER = re.compile(r"^[与和及同跟将把对]")


def _quoted_list_before(text: str, pos: int) -> tuple[int, str] | None:
    """`“科创、智造、文化、品质”` ending at `pos`: (start, content)."""
    if pos == 0 or text[pos - 1] not in CLOSE_QUOTES:
        return None
    lo = max(0, pos - 120)
    opening = max(text.rfind(q, lo, pos - 1) for q in OPEN_QUOTES if q != '"')
    if opening == -1:
        return None
    content = text[opening + 1 : pos - 1]
    if "、" not in content and not re.search(r"[和及与]", content):
        return None
    return opening, content


def _first_after_quotation(first: str, others: list[str]) -> str:
    """`将“县管校聘”与A` -> `A`; `关键就在‘常’` -> `‘常’` when the others are quoted."""
    if others and all(o[:1] in OPEN_QUOTES and o[-1:] in CLOSE_QUOTES for o in others):
        opening = max(first.rfind(q) for q in OPEN_QUOTES)
        if opening > 0 and first[-1:] in CLOSE_QUOTES:
            return first[opening:]
    closing = max(first.rfind(q) for q in CLOSE_QUOTES)
    if 0 <= closing < len(first) - 2:
        return _LEAD_JOINER.sub("", first[closing + 1:])
    return first


def items_before(
    text: str, label_start: int, count: int, *, label_quoted: bool = True
) -> ItemsFound | None:
    """The list that ends right before a label (with an optional 的 or 等 between)."""
    pos = label_start
    incomplete = False
    gap = _GAP.search(text, max(0, pos - 4), pos)
    if gap is not None:
        pos = gap.start()
    if pos > 0 and text[pos - 1] == "的":
        pos -= 1
    if pos > 0 and text[pos - 1] == "等":
        pos -= 1
        incomplete = True
    quoted = _quoted_list_before(text, pos)
    if quoted is not None and label_quoted and pos == label_start:
        return None  # “A、B”“三个X”: two separate quotations, not a list and its label
    if quoted is not None:
        start, segment = quoted
        first_cut = False
    else:
        start = clause_start(text, pos)
        segment = text[start:pos]
        first_cut = True
    if "、" not in segment and count > 2:
        return None
    chunks = split_items(segment, count)
    if chunks is None:
        return None
    chunks[0] = _first_after_quotation(chunks[0], chunks[1:])
    if first_cut:
        chunks[0] = trim_first_item(chunks[0], chunks[1:]).lstrip("了的")
    if not plausible_chunks(chunks):
        return None
    items = [strip_quotes(_NOTE.sub("", c)) for c in chunks]
    if not plausible_items(items, MAX_INLINE_ITEM_LEN):
        return None
    if not label_quoted and quoted is None and any(len(i) < 2 for i in items):
        return None  # 县、乡、村三级…: single characters are levels, not formula items
    if len(items) != count and len(items) < 3:
        return None  # a two-part phrase (中央和省、市委) is no list to check against
    if incomplete and len(items) != count:
        return ItemsFound(tuple(items), start, label_start, complete=False,
                          problem="列举以“等”结尾", finder="before")
    if len(items) != count:
        return ItemsFound(tuple(items), start, label_start, complete=False,
                          problem=f"提法是 {count} 项, 原文列出 {len(items)} 项",
                          finder="before")
    return ItemsFound(tuple(items), start, label_start, finder="before")


def items_sharing_char(text: str, label_start: int, noun: str, count: int) -> ItemsFound | None:
    """`坚持德治、法治、自治相结合,着力构建“三治合一”`: an earlier list in the same
    sentence whose items share a character with the label's noun."""
    lo = max(0, label_start - 120)
    sentence_start = max(rfind_any(text, "。！？；\n", lo, label_start) + 1, lo)
    segment = text[sentence_start:label_start]
    if segment.count("、") < count - 1:
        return None  # cheap first: too few 、 for a list of `count` items
    pattern = re.compile(rf"[^、，,：:“”\s]{{1,8}}(?:、[^、，,：:“”\s]{{1,8}}){{{count - 1}}}")
    for m in pattern.finditer(segment):
        chunks = m.group(0).split("、")
        shared = [c for c in noun if all(c in chunk for chunk in chunks)]
        if not shared:
            continue
        key = shared[0]
        items = [chunk[: chunk.index(key) + 1] for chunk in chunks]
        items[0] = trim_first_item(items[0], items[1:])
        if len(set(items)) == count:
            return ItemsFound(tuple(items), sentence_start + m.start(), label_start,
                              finder="sharing_char")
    return None
