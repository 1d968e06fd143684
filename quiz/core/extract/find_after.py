"""Items right after the label: `“三个X”：A、B、C`, `“四个切实”的要求，即A，B，C，D`,
and bracketed expansions `两个倾斜（向一线骨干倾斜、向农村倾斜）`."""

from __future__ import annotations

import os
import re

from quiz.core.extract.candidates import ItemsFound, LabelMatch
from quiz.core.extract.items import split_items, strip_quotes
from quiz.core.extract.spans import LIST_END, clause_end

# What may stand between a label and its list: a colon, 即/就是/分别是/包括, possibly after
# a short noun phrase that names the label's kind (的要求, 方案, 工作).
_AFTER_LABEL = re.compile(
    r"^[”\"]?(?:的?[\u4e00-\u9fff]{0,4}?)?(?:[:：]|[,，]\s*(?:即|就是|这就是|分别是|包括|主要是|也就是)[:：,，]?"
    r"|(?:即|就是|分别是|包括)[:：]?)\s*"
)
_CLAUSE_SPLIT = re.compile(r"[，,；;]")


def items_after(text: str, label: LabelMatch, count: int) -> ItemsFound | None:
    """A list introduced right after the label, separated by 、 or, failing that, by
    commas (`实现了“四个无”：A，B，C，D`)."""
    window = text[label.end : label.end + 200]
    m = _AFTER_LABEL.match(window)
    if not m or not m.group(0).strip():
        return None
    begin = label.end + m.end()
    stop = clause_end(text, begin, 300, LIST_END)
    segment = text[begin:stop]
    chunks = split_items(segment, count)
    if chunks is not None and len(chunks) == count and "，" not in segment:
        return ItemsFound(tuple(strip_quotes(c) for c in chunks), label.end, stop, finder="after")
    if "就是" in m.group(0):
        return None  # `“两翼”就是A,B` explains a part; its clauses are no list
    clauses = [c.strip() for c in _CLAUSE_SPLIT.split(text[begin:clause_end(text, begin, 400, "。！？\n")])]
    clauses = [c for c in clauses if c]
    if len(clauses) >= count:
        items = [strip_quotes(c) for c in clauses[:count]]
        end = _end_of(text, begin, clauses[count - 1])
        shared = os.path.commonprefix(items)[:1] or os.path.commonprefix([i[::-1] for i in items])[:1]
        complete = len(clauses) == count or not (
            clauses[count].startswith(shared) or clauses[count].endswith(shared)) if shared else len(clauses) == count
        return ItemsFound(tuple(items), label.end, end, complete=complete,
                          problem=None if complete else "列出的条目多于提法的数字",
                          finder="after_clauses")
    return None


def _end_of(text: str, begin: int, last: str) -> int:
    found = text.find(last, begin, begin + 500)
    return found + len(last) if found != -1 else begin


def items_in_brackets(text: str, label: LabelMatch, count: int) -> ItemsFound | None:
    """`四个统一（统一管理、统一财务、统一师资，统一考核）`: an expansion in brackets."""
    if label.bracket != -1:
        open_at = label.bracket
    else:
        open_at = label.end
        if open_at < len(text) and text[open_at] in "”\"":
            open_at += 1
        if open_at >= len(text) or text[open_at] not in "（(":
            return None
    close = min((i for i in (text.find("）", open_at, open_at + 80),
                             text.find(")", open_at, open_at + 80)) if i != -1), default=-1)
    if close == -1:
        return None
    inner = text[open_at + 1 : close]
    chunks = [strip_quotes(c) for c in re.split(r"[、，,；;]", inner) if c.strip()]
    if len(chunks) != count:
        return None
    return ItemsFound(tuple(chunks), open_at, close + 1, finder="brackets")
