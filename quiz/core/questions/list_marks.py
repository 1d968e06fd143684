"""The mark a list's items share and the cores they leave without it.

Every item of a marked list bears its head or tail (`坚持扩大内需、坚持优化结构`: 坚持;
`科技金融、绿色金融`: 金融), so an item of another list lacks it and gives itself away
as an outsider. A membership question therefore names the list by its mark (`坚持……`,
`……金融`) and offers cores, what the report writes where the ellipsis stands (扩大内需,
优化结构; 科技, 绿色); its variant (`not_member_core`, `members_core`) tells `quiz check`
to compare cores. Each core stands in the report, inside its item.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from quiz.core.model import BankFormula
from quiz.core.questions.shape import shape_problem

CORE_SUFFIX = "_core"  # a membership variant whose options are cores
ELLIPSIS = "……"
_UNPRINTABLE = re.compile(r"[“”‘’《》（）()「」『』\s]")


@cache
def _splits_at(text: str, cut: int) -> bool:
    """True when the segmenter puts a word boundary at `cut` in `text`."""
    from quiz.core.text.segmentation import words  # deferred: jieba loads slowly

    pos = 0
    for word in words(text):
        if pos >= cut:
            return pos == cut
        pos += len(word)
    return pos == cut


@cache
def _cuttable(item: str, cut: int) -> bool:
    """Whether a mark may be cut off at `cut`: at a word boundary, or inside an item the
    dictionary holds as one word (自我完善, 组织纪律), never through a word that runs
    across (增强开放带|动力 cuts 带动)."""
    from quiz.core.text.segmentation import words  # deferred: jieba loads slowly

    return _splits_at(item, cut) or words(item) == [item]


def list_marks(items: Sequence[str], head: str, tail: str) -> tuple[str, str]:
    """The head and tail that mark the list, "" where an edge marks nothing: an edge
    every item bears, cut off where every item allows it (`_cuttable`): 坚持 and 金融,
    干 of 盯着数据干, but not 精 of 精雕细琢规划城市 nor 动力 of 增强开放带动力."""
    if not (head and all(item.startswith(head) and _cuttable(item, len(head))
                         for item in items)):
        head = ""
    if not (tail and all(item.endswith(tail) and _cuttable(item, len(item) - len(tail))
                         for item in items)):
        tail = ""
    return head, tail


def _first_core(first: str, others: Sequence[str]) -> str:
    """The first core without the words of its sentence that came before the list: an
    item the extractor left whole (`严格执行党的政治` of 严格执行党的政治纪律 beside 组织,
    廉洁) is cut at a word boundary to the length of another core (政治)."""
    if not others or len(first) <= max(len(core) for core in others) + 1:
        return first
    for size in sorted({len(core) for core in others}):
        if _splits_at(first, len(first) - size):
            return first[len(first) - size:]
    return first


def cores(items: Sequence[str], head: str, tail: str) -> tuple[str, ...] | None:
    """The items without the list's mark (the first one without the sentence's opening
    too); None when the list has no mark, or its cores would be empty, repeat one
    another, or hold a quote or bracket."""
    head, tail = list_marks(items, head, tail)
    if not (head or tail):
        return None
    found = tuple(item[len(head): len(item) - len(tail)] for item in items)
    if found and head == "":
        found = (_first_core(found[0], found[1:]), *found[1:])
    if len(set(found)) != len(found) or not all(printable(core) for core in found):
        return None
    return found


def printable(core: str) -> bool:
    """Whether a core can stand as an option: no quote or bracket of its sentence."""
    return bool(core) and not _UNPRINTABLE.search(core)


def marked(core: str, head: str, tail: str) -> str:
    """The core with the list's mark put back: what the report would have written."""
    return f"{head}{core}{tail}"


def marked_phrase(head: str, tail: str) -> str:
    """How a stem names a list by its mark: `坚持……`, `……金融`, `盯着……干`."""
    return f"{head}{ELLIPSIS}{tail}"


def formula_cores(formula: BankFormula) -> tuple[str, ...] | None:
    """A list formula's cores (`cores`), None for other kinds or an unmarked list."""
    if formula.kind != "list":
        return None
    return cores(formula.items, formula.detail_field("head"), formula.detail_field("tail"))


def formula_marks(formula: BankFormula) -> tuple[str, str]:
    """A list formula's head and tail as `list_marks` reads them."""
    return list_marks(formula.items, formula.detail_field("head"), formula.detail_field("tail"))


def lent_cores(formula: BankFormula) -> tuple[str, ...]:
    """What another list lends a core question as outsiders: its cores, an unmarked
    list's items as they are, nothing where a mark cannot be cut off (an item that keeps
    its own mark is no core)."""
    found = formula_cores(formula)
    if found is not None:
        return found
    marked_list = formula.detail_field("head") or formula.detail_field("tail")
    return () if marked_list else formula.items


def mark_edge(formula: BankFormula) -> str:
    """Where a list's mark stands: `head` (坚持…), `tail` (…金融), `both` (盯着…干), or ""."""
    head, tail = formula_marks(formula)
    return {(True, False): "head", (False, True): "tail", (True, True): "both"}.get(
        (bool(head), bool(tail)), "")


def lends_cores(lender: BankFormula, borrower: BankFormula) -> bool:
    """Whether the lender's cores may stand among the borrower's as outsiders.

    A head mark is mostly a verb or preposition and its cores are what it governs
    (以学|正风, 敢于|涉险滩); a tail mark is a head noun and its cores qualify it
    (绿色|金融). A core lent across (正风 among the …金融 cores, 弘扬革命 among the
    敢于… ones) makes no phrase with the mark and is struck at sight, so cores are lent
    only between lists marked at the same edge by words of one class (not 工程 of
    伟大… among the cores of 自我…), and an unmarked list's items, whole phrases, only
    to a head mark. A tail mark lends only to the same tail (another …金融 of the
    report): a qualifier made for one head noun rarely fits another (法治 of …政府 makes
    no 法治金融, 寄宿学生 of …安全 no 寄宿学生化).
    """
    edge = mark_edge(borrower)
    if formula_cores(lender) is None:
        return edge == "head" and not mark_edge(lender)
    if edge == "tail":
        return formula_marks(lender)[1] == formula_marks(borrower)[1]
    return mark_edge(lender) == edge and _mark_class(lender) == _mark_class(borrower)


def verb_head(formula: BankFormula) -> str:
    """The list's head mark where it is a verb (坚持 of 坚持…, 统筹 of 统筹…), else "":
    a verb chooses its objects, so a core lent from another list must speak of what
    this one's items speak of (`topic.off_topic`): 社会主义核心价值体系, which a report
    坚持s, is struck at sight among what it 统筹s (发展和安全, 国内国际两个大局)."""
    head = formula_marks(formula)[0]
    return head if head and mark_edge(formula) == "head" and _mark_class(formula) == "v" else ""


def data_verb_head(formula: dict[str, Any]) -> str:
    """`verb_head` of a bank's plain-data formula."""
    return verb_head(BankFormula.from_dict(formula))


def _mark_class(formula: BankFormula) -> str:
    """The coarse part of speech of a list's mark where it meets its cores (the head's
    first word, the tail's last): cores of 伟大… (伟大工程) do not follow 自我 or 以学."""
    from quiz.core.text.segmentation import tagged_words  # deferred: jieba loads slowly

    head, tail = formula_marks(formula)
    tagged = tagged_words(head or tail)
    if not tagged:
        return ""
    tag = (tagged[0] if head else tagged[-1])[1]
    return "n" if tag in ("vn", "an") else tag[:1]  # 建设, a verbal noun, heads like 体系


def core_shape_problem(core: str, own: Sequence[str]) -> str | None:
    """Why an outsider stands out among a list's cores by its shape, or None: the
    items' shape rules (`shape.shape_problem`), and one length where every core has it
    (稳秩序 among 数据, 短板, 目标, 服务)."""
    lengths = {len(mine) for mine in own}
    if len(lengths) == 1 and len(core) not in lengths:
        return f"干扰项 `{core}` 有 {len(core)} 个字, 条目都是 {lengths.pop()} 个字"
    return shape_problem(core, own)


def data_lent_cores(formula: dict[str, Any]) -> tuple[str, ...]:
    """`lent_cores` of a bank's plain-data formula."""
    return lent_cores(BankFormula.from_dict(formula))


def data_cores(formula: dict[str, Any]) -> tuple[str, ...] | None:
    """`formula_cores` of a bank's plain-data formula."""
    return formula_cores(BankFormula.from_dict(formula))


def data_lends_cores(lender: dict[str, Any], borrower: dict[str, Any]) -> bool:
    """`lends_cores` of a bank's plain-data formulas."""
    return lends_cores(BankFormula.from_dict(lender), BankFormula.from_dict(borrower))


def data_marks(formula: dict[str, Any]) -> tuple[str, str]:
    """`formula_marks` of a bank's plain-data formula."""
    return formula_marks(BankFormula.from_dict(formula))


def is_core_variant(variant: str) -> bool:
    """Whether a membership question offers cores rather than whole items."""
    return variant.endswith(CORE_SUFFIX)
