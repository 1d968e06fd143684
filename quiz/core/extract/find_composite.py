"""Composite labels: parts explained one by one (`“4433”…第一个“4”就是…`), parts named
by later labels (`“1+5+9+1”…“一个目标”…“五张名片”…`), and abbreviations built from
their items (`“三提三敢”` = 提标提速提能力、敢闯敢干敢争先)."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from quiz.core.extract.candidates import ItemsFound, LabelMatch
from quiz.core.extract.items import plausible_items, strip_build_words, strip_quotes
from quiz.core.text.numerals import LabelShape, number_to_chinese

WINDOW = 2500


def labels_between(labels: list[LabelMatch], starts: list[int], lo: int, hi: int) -> list[LabelMatch]:
    """The labels (sorted by start, with their `starts`) that start in [lo, hi)."""
    return labels[bisect_left(starts, lo): bisect_left(starts, hi)]
_PART_END = re.compile(r"[。；;！？\n]")
_ORDINAL = {1: "第一个", 2: "第二个", 3: "第三个", 4: "第四个"}


def _explanation_marker(piece: str, occurrence: int, repeated: bool) -> re.Pattern[str]:
    ordinal = re.escape(_ORDINAL.get(occurrence, f"第{number_to_chinese(occurrence)}个")) if repeated else ""
    return re.compile(rf"{ordinal}[“\"]{re.escape(piece)}[”\"](?:就|即|指的)?是[:：]?")


def explained_parts(
    text: str, label: LabelMatch, sub_labels: list[LabelMatch], starts: list[int]
) -> tuple[list[str], list[str], int, list[tuple[int, int]]] | None:
    """Parts explained as `“1”是…` / `第二个“4”就是…`, in order after the label.

    Returns (items, part keys, end offset, evidence pieces). A part whose explanation
    holds a sub-label with the right count is named by that sub-label (4433); otherwise
    the explanation itself is the part, split into clauses when the part counts two or
    more (两翼 -> two items).
    """
    shape = label.shape
    pos = label.end
    limit = min(len(text), label.end + WINDOW)
    items: list[str] = []
    keys: list[str] = []
    pieces_span: list[tuple[int, int]] = []
    seen: dict[str, int] = {}
    for piece, count in zip(shape.pieces, shape.count, strict=True):  # type: ignore[arg-type]
        seen[piece] = seen.get(piece, 0) + 1
        repeated = shape.pieces.count(piece) > 1
        m = _explanation_marker(piece, seen[piece], repeated).search(text, pos, limit)
        if m is None:
            return None
        end_match = _PART_END.search(text, m.end(), min(len(text), m.end() + 200))
        end = end_match.start() if end_match else min(len(text), m.end() + 200)
        explanation = text[m.end():end]
        sub = [s for s in labels_between(sub_labels, starts, m.end(), end) if s.shape.count == count]
        if sub:
            items.append(sub[0].label)
        else:
            clauses = [c for c in re.split(r"[,，]", explanation) if c]
            if isinstance(count, int) and count > 1 and len(clauses) == count:
                items.extend(strip_quotes(strip_build_words(c)) for c in clauses)
            else:
                items.append(strip_quotes(strip_build_words(explanation)))
        keys.append(piece)
        pieces_span.append((m.start(), min(len(text), end + 1)))
        pos = end
    if not plausible_items([i[:24] for i in items]):
        return None
    return items, keys, pos, pieces_span


def named_parts(
    label: LabelMatch, sub_labels: list[LabelMatch], starts: list[int]
) -> tuple[list[str], list[str], int] | None:
    """Parts named by the quoted labels that follow, counts matching in order.

    Only for Arabic composites (1+5+9+1), whose pieces are bare numbers; the parts must
    follow within the label's passage."""
    if not all(p.isdigit() or p in ("N", "n") for p in label.shape.pieces):
        return None
    after = [s for s in labels_between(sub_labels, starts, label.end, label.end + 400)
             if not s.shape.composite]
    counts = label.shape.count
    assert isinstance(counts, tuple)
    chosen: list[LabelMatch] = []
    for sub in after:
        if len(chosen) == len(counts):
            break
        if sub.shape.count == counts[len(chosen)]:
            chosen.append(sub)
        elif chosen:
            return None  # another numbered label breaks the sequence
    if len(chosen) != len(counts):
        return None
    return [c.label for c in chosen], list(label.shape.pieces), chosen[-1].end


def abbreviation_items(text: str, shape: LabelShape) -> ItemsFound | None:
    """`三提三敢`: find `提标提速提能力、敢闯敢干敢争先` and split it at 提 and 敢."""
    heads = [piece[-1] for piece in shape.pieces]
    counts = shape.count
    assert isinstance(counts, tuple)
    if any(not isinstance(c, int) for c in counts) or len(set(heads)) != len(heads):
        return None
    excluded = "".join(heads) + "、，,。；;“”\"\\s"
    groups = []
    for head, count in zip(heads, counts, strict=True):
        one = rf"{re.escape(head)}[^{excluded}]{{1,3}}"
        groups.append(rf"({one}(?:、?{one}){{{count - 1}}})")
    pattern = re.compile(r"[、，,\s]?".join(groups))
    for m in pattern.finditer(text):
        items: list[str] = []
        for head, count, group in zip(heads, counts, m.groups(), strict=True):
            parts = [head + p for p in group.replace("、", "").split(head) if p]
            if len(parts) != count:
                break
            items.extend(parts)
        else:
            if all(isinstance(c, int) and c == 1 for c in counts) and not re.search(r"[、，,\s]", m.group(0)):
                continue  # 一老一小 in 老旧小区改造: single parts need separators
            return ItemsFound(tuple(items), m.start(), m.end(), finder="abbreviation")
    return None




def items_abbreviated(text: str, label: LabelMatch, count: int) -> ItemsFound | None:
    """`“三农”` = 农业农村农民 (or 农业、农村、农民): `count` two-character words that each
    hold the label's character, anywhere in the document."""
    noun = label.noun
    if label.shape.classifier or len(noun) != 1 or count < 2:
        return None
    return _abbreviated(text, noun, count)


def _is_han(text: str) -> bool:
    return all("\u4e00" <= c <= "\u9fff" for c in text)


def _pieces_from(text: str, start: int, char: str, count: int) -> list[str]:
    """Up to count + 1 two-character pieces holding `char` from `start`, 、 allowed between."""
    pieces: list[str] = []
    pos = start
    while len(pieces) <= count:
        if pieces and text.startswith("、", pos):
            pos += 1
        piece = text[pos : pos + 2]
        if len(piece) != 2 or char not in piece or not _is_han(piece):
            break
        pieces.append(piece)
        pos += 2
    return pieces


@lru_cache(maxsize=16)  # per document text; a few labels of one document share it
def _abbreviated(text: str, char: str, count: int) -> ItemsFound | None:
    from quiz.core.text.segmentation import words  # deferred: only abbreviations need jieba

    pos = text.find(char)
    while pos != -1:
        for start in (pos - 1, pos):
            if start < 0 or (start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff"):
                continue  # the run must open a clause
            pieces = _pieces_from(text, start, char, count)
            if len(pieces) != count or len(set(pieces)) != count:
                continue
            end = text.find(pieces[-1], start) + 2
            joined = text[start:end]
            if "、" not in joined and words(text[start : end + 2])[:count] != pieces:
                continue  # the segmenter must read the same words (老旧小区 is no 老、小)
            return ItemsFound(tuple(pieces), start, end, finder="abbreviation")
        pos = text.find(char, pos + 1)
    return None
