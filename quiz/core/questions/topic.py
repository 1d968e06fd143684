"""Whether a report's item speaks of what a formula speaks of.

An outsider offered among a formula's items is plausible when it shares a word with the
formula: 教师专业发展 among 大力培养新时代好教师、… may well be one of the 五点意见.
One sharing none is of another subject, and a learner strikes it without knowing the
report: 同一地区各县域 among policy titles, 高铁新区 among the qualities of a city,
自治 among company names. Words are jieba's, with the shorter words inside long ones
(城乡 of 城乡规划), of two Han characters or more and no numeral (三个, 两个 count,
they do not name a subject), and none of the language's commonest (社会, 发展): those
join 社会主义核心价值体系 to 经济社会发展 and say nothing of a subject.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

_NUMERALS = frozenset("一二三四五六七八九十百千万两双")
# A word the dictionary counts this often (社会 43,401, 发展 68,664, 管理 27,191 times)
# is said of every subject; 学校 (17,020), 结构 (14,200) and 城乡 (2,316) still name one.
COMMON_WORD = 20_000


@cache
def topic_words(text: str) -> frozenset[str]:
    """The words of `text` that can name a subject: two Han characters or more, no
    numeral, not among the commonest words of the language (`COMMON_WORD`)."""
    from quiz.core.text.segmentation import search_words, word_count  # deferred: jieba

    return frozenset(
        word for word in search_words(text)
        if len(word) >= 2 and word_count(word) < COMMON_WORD
        and all("\u4e00" <= ch <= "\u9fff" and ch not in _NUMERALS for ch in word))


def off_topic(item: str, label: str, items: Sequence[str]) -> bool:
    """Whether `item` shares no word with the formula's label or items (`topic_words`)."""
    mine = topic_words(item)
    return not any(mine & topic_words(text) for text in (label, *items))
