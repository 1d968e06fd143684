"""Whether a formula's items were cut from longer numbered clauses.

A report that numbers its points (`一是加强现场协调、抢抓建设速度，争取1000万千瓦的电力装机
容量早日投产；二是…`) says more of each than the clause the extractor keeps as the item.
What the label counts may be the rest (三个千万: the 1000万千瓦 of each clause), so a
question that states the items as the formula's content (是指…, an order, a board) could
teach a wrong answer. Such a formula is asked only in its own sentences, by cloze, where
the blank is the report's text whatever the label counts. Items that follow each other
with nothing but punctuation and markers between them (切实增强党性，切实遵守组织制度…)
are whole.
"""

from __future__ import annotations

import re

from quiz.core.model import BankFormula
from quiz.core.questions.base import locate_items

_MARKER = re.compile(
    r"[一二三四五六七八九十]+(?:是|要|条是|方面)|第[一二三四五六七八九十]+(?:步|条|点|个是|方面)?"
    r"|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十\d]+[、．.]"
    r"|其次|再次|然后|最后|另一方面|一方面|还有一个就是|一个是|一条是|即|和|与|及|以及|等")
_PUNCTUATION = re.compile(r"[\s，,、；;：:。！？!?…“”‘’\"'（）()]+")
MIN_LEFT = 2  # Han characters between two items that say more than the first


def _says_more(between: str) -> bool:
    """Whether the text between two items goes on with the first's clause: a comma, then
    more than markers (`，争取1000万千瓦…；二是`). A full stop or an elision ends the
    item (`……突出`, a paragraph list's next heading), and so does a note in brackets."""
    if not between.lstrip("”’\"'）)").startswith(("，", ",")):
        return False
    left = _PUNCTUATION.sub("", _MARKER.sub("", between))
    return sum("\u4e00" <= ch <= "\u9fff" for ch in left) >= MIN_LEFT


def items_cut(formula: BankFormula) -> bool:
    """Whether, in the evidence, an item is followed by more of its own clause before the
    next item: the item is part of a longer numbered point. False where an item cannot
    be placed, or for one item only."""
    if formula.kind == "composite":
        return False  # its parts are labels, each followed by what it stands for
    spans = locate_items(formula)
    if len(spans) < 2 or any(span is None for span in spans):
        return False
    evidence = formula.evidence
    placed = [span for span in spans if span is not None]
    return any(_says_more(evidence[end:start])
               for (_, end), (start, _) in zip(placed, placed[1:], strict=False))
