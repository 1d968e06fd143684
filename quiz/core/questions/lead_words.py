"""A list's items without the words their sentence puts before them.

The extractor cuts a list at its enumeration commas, so the words that govern every item
stay on the first one: 坚决反对拜金主义、享乐主义、极端个人主义; 探索宅基地所有权、资格权、
使用权. Asked as it is, the first item is a giveaway in an ordering question (the one that
opens with a verb comes first) and a wrong blank in a cloze, whose answer should be the
item as parallel to the others (拜金主义), with 坚决反对 left in the stem.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from statistics import median

# Words that govern a list rather than belong to its first item: verbs, adverbs,
# conjunctions, prepositions (and 落实, 反对, which the dictionary tags a and d).
_LEADING_TAGS = frozenset({"v", "vd", "d", "ad", "a", "c", "p"})
# What a parallel item opens with: a noun or a noun-like word.
_NOUN_TAGS = frozenset({"n", "nz", "ns", "nt", "nr", "l", "vn", "an", "j", "s", "i"})

Span = tuple[int, int]
# 一个是生态省、一个是循环经济、还有一个就是海洋经济: the report's way of counting, not the item
_ENUMERATOR = re.compile(r"^(?:(?:还有|另外)?另?一个就?是|[一二三四五六七八九十]是)(?=..)")


def _tags(text: str) -> list[tuple[str, str]]:
    from quiz.core.text.segmentation import tagged_words  # deferred: jieba loads slowly

    return tagged_words(text)


def _opens_with_leading_word(item: str) -> bool:
    tagged = _tags(item)
    return bool(tagged) and tagged[0][1] in _LEADING_TAGS


def leading_words(items: Sequence[str]) -> str:
    """The words before the first item's parallel part ("" when there are none): only
    where the items share their last character, the first is at least as long as any
    other, no more
    than half the others open with a verb or adverb (verb-object items: 推进…、保持…), and
    what is left opens with a noun and is about as long as the shortest other item."""
    if len(items) < 2 or len({item[-1:] for item in items}) != 1:
        return ""
    first, others = items[0], items[1:]
    if len(first) < max(len(item) for item in others):
        return ""  # 反对帝国主义 beside 官僚资本主义: as long as the longest is enough
    if 2 * sum(_opens_with_leading_word(item) for item in others) > len(others):
        return ""
    tagged = _tags(first)
    prefix = ""
    for word, tag in tagged[:-1]:
        if tag not in _LEADING_TAGS:
            break
        prefix += word
    if not prefix:
        return ""
    if len(first) - len(prefix) < min(len(item) for item in others) - 1:
        return ""  # 操心事 beside 烦心事: the rest would be shorter than any other item
    rest = _tags(first[len(prefix):])
    return prefix if rest and rest[0][1] in _NOUN_TAGS else ""


def trailing_words(items: Sequence[str]) -> str:
    """What the last item carries after the list's closing `等` (全国政协机关等中央和国家
    机关设立: 等中央和国家机关设立), "" when it carries nothing: only where the item is
    far longer than the others and what stands before `等` is of their length."""
    if len(items) < 3:
        return ""
    last, typical = items[-1], median(len(item) for item in items[:-1])
    cut = last.find("等")
    if cut < 2 or len(last) <= 1.6 * typical or not 0.6 * typical <= cut <= 1.6 * typical:
        return ""
    return last[cut:]


def parallel_items(items: Sequence[str], spans: Sequence[Span]
                   ) -> tuple[tuple[str, ...], tuple[Span, ...]]:
    """The items without the words that count them off (`一个是`, `二是`), with the
    first one's leading words cut off (`leading_words`) and what follows the last one's
    `等` (`trailing_words`), the extractor's spans moved to match."""
    cuts = [len(m.group()) if (m := _ENUMERATOR.match(item)) else 0 for item in items]
    items = [item[cut:] for item, cut in zip(items, cuts, strict=True)]
    prefix = leading_words(items)
    if prefix:
        cuts[0] += len(prefix)
        items[0] = items[0][len(prefix):]
    tail = trailing_words(items)
    if tail:
        items[-1] = items[-1][:-len(tail)]
    fitting = len(spans) == len(items) and all(
        end - start == len(item) + cut + (len(tail) if i == len(items) - 1 else 0)
        for i, ((start, end), item, cut) in enumerate(zip(spans, items, cuts, strict=True)))
    if fitting:
        spans = [(start + cut, start + cut + len(item))
                 for (start, _), item, cut in zip(spans, items, cuts, strict=True)]
    return tuple(items), tuple(spans)
