"""Whether a report's item speaks of what a formula speaks of.

An outsider offered among a formula's items is plausible when it shares a word with the
formula: 教师专业发展 among 大力培养新时代好教师、… may well be one of the 五点意见.
One sharing none is of another subject, and a learner strikes it without knowing the
report: 同一地区各县域 among policy titles, 高铁新区 among the qualities of a city,
自治 among company names. Words are jieba's, with the shorter words inside long ones
(城乡 of 城乡规划), of two Han characters or more and no numeral (三个, 两个 count,
they do not name a subject).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

_NUMERALS = frozenset("一二三四五六七八九十百千万两双")


@cache
def topic_words(text: str) -> frozenset[str]:
    """The words of `text` that can name a subject: two Han characters or more, no numeral."""
    from quiz.core.text.segmentation import search_words  # deferred: jieba loads slowly

    return frozenset(
        word for word in search_words(text)
        if len(word) >= 2 and all("\u4e00" <= ch <= "\u9fff" and ch not in _NUMERALS
                                  for ch in word))


def off_topic(item: str, label: str, items: Sequence[str]) -> bool:
    """Whether `item` shares no word with the formula's label or items (`topic_words`)."""
    mine = topic_words(item)
    return not any(mine & topic_words(text) for text in (label, *items))
