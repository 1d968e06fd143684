"""One paragraph per item: a label that ends its sentence (`从八个方面阐释。`) followed by
paragraphs whose opening sentences are parallel (`坚持实事求是。…`, `坚持战略定力。…`)."""

from __future__ import annotations

import os
import re

from quiz.core.extract.candidates import ItemsFound

HEAD_MAX = 30  # an item's opening sentence is short
SCAN = 3000  # how far one paragraph may run before the next one's head
_HEAD_END = re.compile(r"[。！？；;：:\n]")
_MARKER = re.compile(r"^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[．.、])")


def _paragraph_heads(text: str, start: int, how_many: int) -> list[tuple[int, int]]:
    """The opening sentences of the next `how_many` non-empty paragraphs after `start`
    (a paragraph's head is looked for in its first SCAN characters only)."""
    heads: list[tuple[int, int]] = []
    pos = text.find("\n", start, start + SCAN)
    while pos != -1 and len(heads) < how_many:
        begin = pos + 1
        while begin < len(text) and text[begin] in " \t\u3000":
            begin += 1
        m = _HEAD_END.search(text, begin, min(len(text), begin + SCAN))
        if m is None:
            break
        if m.start() > begin:
            heads.append((begin, m.start()))
        pos = text.find("\n", m.start(), m.start() + SCAN)
    return heads


def items_by_paragraphs(text: str, label_end: int, count: int, noun: str = "") -> ItemsFound | None:
    """`count` paragraphs right after the label's own, their heads sharing an opening."""
    line_end = text.find("\n", label_end, label_end + 13)  # bounded: a line may be megabytes
    if line_end == -1 or count < 2:
        return None
    heads = _paragraph_heads(text, label_end, count + 1)
    if len(heads) < count:
        return None
    sentences = [_MARKER.sub("", text[s:e]) for s, e in heads[:count]]
    if any(not 2 <= len(s) <= HEAD_MAX for s in sentences):
        return None
    prefix = os.path.commonprefix(sentences)
    suffix = os.path.commonprefix([s[::-1] for s in sentences])[::-1]
    if len(prefix) < 2 and len(suffix) < 2:
        return None
    if len(heads) > count:
        extra = _MARKER.sub("", text[heads[count][0]:heads[count][1]])
        if (len(prefix) >= 2 and extra.startswith(prefix)) or (len(suffix) >= 2 and extra.endswith(suffix)):
            return None  # one more parallel paragraph: the count does not fit
    if noun and suffix == noun and prefix:
        sentences = [s[len(prefix):] for s in sentences]  # 打好污染防治攻坚战
    elif noun and noun in suffix and len(suffix) < min(map(len, sentences)):
        sentences = [s[: len(s) - len(suffix)] for s in sentences]  # 产业发展实现新突破
    pieces = tuple((s, e) for s, e in heads[:count])
    return ItemsFound(tuple(sentences), heads[0][0], heads[count - 1][1], pieces=pieces,
                      finder="paragraphs")
