"""Items that share the label's word, near the label (`4个“一起”` … `一起谋划、一起部署、
一起落实、一起检查`; `两个毫不动摇` … `毫不动摇巩固…，毫不动摇鼓励…`), and lists that an
anaphoric label sums up (`坚持A，坚持B，…。以上十个方面`, `“学思想、强党性…”。这四句话`)."""

from __future__ import annotations

import os
import re

from quiz.core.extract.candidates import ItemsFound, LabelMatch
from quiz.core.extract.items import strip_quotes, trim_first_item
from quiz.core.extract.spans import rfind_any

REACH = 400  # how far from the label a list of its word may stand
_SENTENCE = re.compile(r"[^。！？；;\n]+")
_CHUNK = re.compile(r"[、，,]")
_ANAPHOR = re.compile(r"(?:这|这些|以上|上述|此)[“\"]?$")
_INTRO = re.compile(r"^.*?(?:[:：]|即|就是|包括|分别是)[“\"]?")


def _holds(chunk: str, noun: str, edge: str) -> bool:
    """A one-character word must stand at the same edge of every chunk (自觉主动学,
    定建设规模); longer ones may stand anywhere in it."""
    core = strip_quotes(chunk)
    if edge == "start":
        return core.startswith(noun)
    if edge == "end":
        return core.endswith(noun)
    return noun in core


def _trim_to_shared_start(chunks: list[str]) -> list[str]:
    """Cut the first chunk where the others' shared opening starts (坚持党建工作和业务工作一起谋划
    -> 一起谋划), or drop its introducing words."""
    others = chunks[1:]
    prefix = os.path.commonprefix(others)
    if (len(prefix) >= 2 or prefix == "是") and prefix in chunks[0][1:]:
        return [chunks[0][chunks[0].rindex(prefix):], *others]
    return [trim_first_item(chunks[0], others), *others]


def _drop_copula(items: list[str]) -> list[str]:
    if all(i.startswith("是") and len(i) > 3 for i in items):
        return [i[1:] for i in items]
    return items


def _runs(sentence: str, count: int, noun: str) -> list[tuple[int, list[str]]]:
    """Runs of exactly `count` consecutive chunks that hold `noun`: (offset, chunks).
    Clauses (，) are tried before list members (、), so that 毫不动摇鼓励、支持、引导… stays
    one item."""
    edges = ("start", "end") if len(noun) == 1 else ("any",)
    runs = []
    for separator in ("[，,；;]", "[、，,；;]"):
        parts: list[tuple[int, str]] = []
        pos = 0
        for piece in re.split(separator, sentence):
            parts.append((pos, piece))
            pos += len(piece) + 1
        for edge in edges:
            i = 0
            while i < len(parts):
                j = i
                while j < len(parts) and _holds(parts[j][1], noun, edge):
                    j += 1
                if j - i == count:
                    runs.append((parts[i][0], [p for _, p in parts[i:j]]))
                i = max(j, i + 1)
        if runs:
            return runs
    return runs


def items_sharing_noun(text: str, label: LabelMatch, count: int) -> ItemsFound | None:
    """The nearest run of `count` chunks that each hold the label's word, after the
    label (within REACH) or in its own sentence before it."""
    noun = label.noun
    if not noun or count < 2:
        return None
    best: ItemsFound | None = None
    lo = max(0, label.start - 150)
    sentence_start = max(rfind_any(text, "。！？；\n", lo, label.start) + 1, lo)
    zones = [(label.end, min(len(text), label.end + REACH)), (sentence_start, label.start)]
    for zone_start, zone_end in zones:
        if text.count(noun, zone_start, zone_end) < count:
            continue  # cheap first: no sentence of the zone can hold a run
        for m in _SENTENCE.finditer(text, zone_start, zone_end):
            if m.group(0).count(noun) < count:
                continue  # cheap first: the sentence cannot hold a run
            for offset, chunks in _runs(m.group(0), count, noun):
                items = _drop_copula([strip_quotes(c) for c in _trim_to_shared_start(chunks)])
                if zone_end == label.start:
                    items[-1] = items[-1].removesuffix("的")  # 热爱党的“三热爱”
                if not label.shape.classifier and len(noun) == 1 and max(map(len, items)) > 8:
                    continue  # an abbreviation (三农, 五定) stands for short items
                start = m.start() + offset
                end = start + len("、".join(chunks))
                found = ItemsFound(tuple(items), start, end, finder="shared_noun")
                if best is None or abs(start - label.end) < abs(best.start - label.end):
                    best = found
            if best is not None and zone_start == label.end:
                return best
    return best


def items_summed_up(text: str, label: LabelMatch, count: int) -> ItemsFound | None:
    """A list in the sentence before an anaphoric label (`以上十个方面`, `这四句话`)."""
    if not _ANAPHOR.search(text[max(0, label.start - 3): label.start]):
        return None
    lo = max(0, label.start - 600)
    end = rfind_any(text, "。！？；\n", lo, label.start)
    if end <= lo:
        return None
    start = max(rfind_any(text, "。！？；\n", lo, end) + 1, lo)
    sentence = text[start:end]
    quoted = re.findall(r"[“\"]([^”\"]+)[”\"]", sentence)
    for segment in [q for q in quoted if "、" in q] + [_INTRO.sub("", sentence), sentence]:
        for separator in ("、", "，"):
            chunks = [c.strip() for c in strip_quotes(segment).split(separator)]
            if len(chunks) == count and all(chunks):
                items = _drop_copula(_trim_to_shared_start(chunks))
                return ItemsFound(tuple(items), start, end, finder="summed_up")
    return None
