"""Whether a label from another report may stand among a formula's wrong labels.

A label question offers the key among labels of the same count; one from another report
is fair only when it speaks of what the formula does, which the characters of its label
show: one besides the count in common with the formula's label or items.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quiz.core.questions.board_giveaways import FUNCTION_CHARS

_COUNTING = re.compile("[0-9０-９一二三四五六七八九十百千万两双个大项条种点“”\"'‘’]")


def akin(label: str, items: Sequence[str], other_label: str) -> bool:
    """Whether another report's label speaks of what a formula does: a character besides
    its count in common with the formula's label or items (3个“教育” for 三衔接's
    教师专业发展), where 五大露天矿 offered for an education speech's 五点意见 is struck
    at sight."""
    return bool(set(_COUNTING.sub("", other_label)) & set(label + "".join(items)))


_COUNT_OPENING = re.compile("^[“”\"'‘’]*[0-9０-９一二三四五六七八九十百两双]+")
_MEASURES = "个大项条种点张支件类名位重"
_NAMELESS = FUNCTION_CHARS | frozenset("个大项条种点")  # joins and counts, no word of a label


def counting_measure(label: str) -> str:
    """The measure word after a label's opening count (个 of 四个全面, 大 of 三大粮食作物),
    "" where the count is followed by what it counts (三农, 三严三实)."""
    opening = _COUNT_OPENING.match(label)
    rest = label[opening.end():] if opening else ""
    return rest[:1] if rest[:1] in _MEASURES else ""


def form_giveaway(key: str, option: str) -> bool:
    """Whether one of the key and a wrong label counts with a measure word and the other
    does not (三农 or 三管齐下 among the labels for 稻谷、小麦、玉米 where the key is
    三大粮食作物): the key, alone of its form, reads as a description of the items
    printed in the stem. 三点意见 among 三项…, 三支…, 三个… counts alike."""
    return bool(counting_measure(key)) != bool(counting_measure(option))


def echo_giveaway(key: str, option: str, items: Sequence[str]) -> str:
    """A character of the key besides its count that the items print and the option
    lacks (最 of 两个最 for 群众满意率最高、工作最规范; 农 of 三农 for 农业、农村、农民),
    else "": the stem prints the items, so only the key matches them."""
    printed = "".join(items)
    for ch in _COUNTING.sub("", key):
        if ("\u4e00" <= ch <= "\u9fff" and ch not in _NAMELESS and ch in printed
                and ch not in option):
            return ch
    return ""


SHORT_ITEM = 2  # characters: items this short are names, and a label over them says what


def words_only(items: Sequence[str]) -> bool:
    """Whether every item is a word of two characters or fewer (稻谷、小麦、玉米; 控股、城发、
    金控; 德治、法治、自治): the label over such items is their category or their
    abbreviation (三大粮食作物, 三大国企集团, 三治合一), which common knowledge or the
    words themselves give, so the label is not asked from them."""
    return len(items) >= 2 and all(len(item) <= SHORT_ITEM for item in items)
