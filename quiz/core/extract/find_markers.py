"""Items numbered after the label: `一是…二是…`, `第一，…`, `（一）…`, `一、…`, `1．…`,
`（1）…`, `一条是…，一条是…`, `一个是…，还有一个就是…`, `第一步，…第二步，…`,
`首先…其次…最后…`."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from quiz.core.extract.candidates import ItemsFound
from quiz.core.extract.items import strip_quotes, strip_shared_intro
from quiz.core.text.numerals import number_to_chinese

WINDOW = 1500  # how far apart two items' markers may stand
_ITEM_END = re.compile(r"[，,；;。：:！？\n]")
_LEADING_QUOTE = re.compile(r"^[“\"‘]([^”\"’]{1,30})[”\"’]")
_BOUNDARY = re.compile(r"[。；;！？]\n?|\n")  # a sentence end; 。 and the line break after it count once
_FRAME = re.compile(r"(?:在|从|到|随着|经过)[^，,。]*(?:上|下|中|时|前|后|以来|之际)")
_ORDINALS = ("首先", "其次", "再次", "然后")
_LINE_START = r"(?:^|(?<=[\n。；;：:]))[ \t\u3000]*"

Family = tuple[Callable[[int], str], int, bool]  # marker of item i, first-item reach, counted


def _cn(i: int) -> str:
    return re.escape(number_to_chinese(i))


def _families() -> list[Family]:
    """Ways reports number items: a regex per item number, how far the first may stand
    from the label, and whether a marker for item count+1 would break the count."""
    return [
        (lambda i: rf"{_cn(i)}(?:是|要|条是|件事?(?:就)?是|句话?(?:叫作|叫做|是)|方面(?:是)?)", 80, True),
        (lambda i: rf"第{_cn(i)}(?:个是|步|条|点|方面)?[，,、：:]?", 80, True),
        (lambda i: rf"[（(](?:{_cn(i)}|{i})[）)]", 400, True),
        (lambda i: rf"{_LINE_START}{_cn(i)}、", 400, True),
        (lambda i: rf"{_LINE_START}{i}[．.、](?!\d)", 400, True),
        (lambda i: "一个是" if i == 1 else r"(?:还有|另外|另)?一个(?:就)?是", 80, False),
        (lambda i: "一条是" if i == 1 else "一条是", 80, False),
        (lambda i: r"一方面(?:是|要)?" if i == 1 else r"另一方面(?:是|要)?", 80, False),
        (lambda i: "一件事(?:就)?是" if i == 1 else r"(?:另外|另)一(?:件事|个)(?:就)?是", 80, False),
        (lambda i: _ORDINALS[i - 1] if i <= len(_ORDINALS) else "最后", 80, False),
    ]


def _opens_list(text: str, label_end: int, first: int, reach: int) -> bool:
    """The first marker stands in the label's sentence or opens the next one."""
    between = text[label_end:first]
    return first - label_end <= reach and len(_BOUNDARY.findall(between)) <= 1


@lru_cache(maxsize=1024)
def _marker(family: int, i: int) -> re.Pattern[str]:
    return re.compile(_FAMILIES[family][0](i))


@lru_cache(maxsize=1024)
def _loose_marker(family: int, i: int) -> re.Pattern[str] | None:
    """A marker without its line-start condition (None when it has none): it opens with a
    character, so that the regex engine skips ahead, and every marker holds a match of it."""
    pattern = _FAMILIES[family][0](i)
    return re.compile(pattern.removeprefix(_LINE_START)) if pattern.startswith(_LINE_START) else None


def _find_marker(text: str, family: int, i: int, pos: int, end: int) -> re.Match[str] | None:
    """The first marker of item `i` of a family in text[pos:end]."""
    loose = _loose_marker(family, i)
    if loose is not None and loose.search(text, pos, end) is None:
        return None  # cheap first: not even the marker without its line start
    return _marker(family, i).search(text, pos, end)


_FAMILIES = _families()
# Any family's first marker: one search tells whether any family can start near a label.
# Any family's first marker, without the line-start condition: every alternative then opens
# with a character, which lets the regex engine skip ahead to those characters. A label
# with no match of it near has no first marker of any family near.
_ANY_FIRST_LOOSE = re.compile(
    "|".join(f"(?:{marker(1).removeprefix(_LINE_START)})" for marker, _, _ in _FAMILIES)
)
_MAX_REACH = max(reach for _, reach, _ in _FAMILIES)


def _item_at(text: str, begin: int) -> tuple[str, int]:
    """The item that starts at `begin`: a leading quotation, or the clause."""
    quoted = _LEADING_QUOTE.match(text, begin)
    if quoted:
        return quoted.group(1), quoted.end()
    m = _ITEM_END.search(text, begin, min(len(text), begin + 80))
    stop = m.start() if m else min(len(text), begin + 80)
    if _FRAME.fullmatch(text, begin, stop) and m is not None and m.group(0) in "，,":
        return _item_at(text, stop + 1)  # 在…的基础上，再…: the item follows its frame
    return strip_quotes(text[begin:stop]), stop


def items_by_markers(text: str, label_end: int, count: int) -> ItemsFound | None:
    """The first family of markers that numbers exactly `count` items after the label."""
    reach_end = min(len(text), label_end + _MAX_REACH)
    if _ANY_FIRST_LOOSE.search(text, label_end, reach_end) is None:
        return None  # cheap first: no family's first marker near the label
    for family, (_, reach, counted) in enumerate(_FAMILIES):
        pos = label_end
        items: list[str] = []
        spans: list[tuple[int, int]] = []
        for i in range(1, count + 1):
            reach_end = label_end + reach if i == 1 else pos + WINDOW
            m = _find_marker(text, family, i, pos, min(len(text), reach_end))
            if m is None or (i == 1 and not _opens_list(text, label_end, m.start(), reach)):
                break
            item, stop = _item_at(text, m.end())
            if not item:
                break
            items.append(item)
            spans.append((m.start(), stop))
            pos = stop
        if len(items) != count:
            continue
        if counted:
            further = _find_marker(text, family, count + 1, pos, min(len(text), pos + WINDOW))
            gap = spans[-1][0] - spans[-2][1] if count > 1 else 200
            if further is not None and further.start() - pos <= max(gap * 2, 200):
                continue  # the text goes on to a further item: not this label's list
        return ItemsFound(tuple(strip_shared_intro(items)), label_end, spans[-1][1],
                          pieces=tuple(spans) if spans[-1][1] - label_end > 300 else (),
                          finder="markers")
    return None
