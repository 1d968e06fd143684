"""Whether a distractor has the shape of the items it stands among.

A distractor gives itself away when it is of another shape than the formula's items:
far longer or shorter (`世界百年未有之大变局` among `需求收缩`, `供给冲击`); of another
length where the items are short and all of one length (`使用权` among 稻谷、小麦、玉米,
`企业敢干` among 保健康、防重症、降病亡); headed by another part of speech (a verb phrase
among nouns); a noun phrase among verb-object items of five characters or more that all
open with a verb (`高铁新区` among `加快动能转换`, `提速乡村振兴`); opening with a count
where the items do not or the other way round (`一个企业` among 振兴s, `立体交通路网`
among `四项重点工作`、`三大攻坚行动`); a phrase among items that are each one word
(`资格权` among 北京、上海、深圳市); any outsider at all among items of one character
each, which are abbreviations that mean something only in their own list (`真` of
严、真、细、实、快 among 河、湖、库、渠); or lacking a mark that every item bears (`智造`
among 德治、法治、自治; `创新互融` among the X振兴), at the edges or inside (`无` of
市区赴省进京无上访、无集体访). A noun phrase's head is its last
word; jieba's tags are read in coarse classes (a verbal noun such as 建设 is both noun
and verb), and a tag that says nothing of the class (an idiom, an abbreviation) fits any.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from statistics import median

from quiz.core.questions.board_giveaways import FUNCTION_CHARS, label_in_items

LENGTH_BAND = (0.6, 1.6)
SAME_LENGTH_MAX = 4  # items all of one length up to this: a distractor of another stands out  # a distractor's length over the items' median length
VERB_OBJECT_MIN = 5  # characters of the shortest item for its opening verb to count
_COUNTED = re.compile(r"^[0-9一二三四五六七八九十两百多]+[个名张大项条种位批家]")

_CLASSES = {
    "n": frozenset("n"), "vn": frozenset("nv"), "an": frozenset("na"),
    "v": frozenset("v"), "vd": frozenset("v"), "vg": frozenset("v"),
    "a": frozenset("a"), "ad": frozenset("a"), "ag": frozenset("a"),
}
_ANY = frozenset("nva")


@cache
def word_classes(text: str, at: int = -1) -> frozenset[str]:
    """The coarse classes (n, v, a) of the text's last word (`at=0`: its first word);
    all three when unknown."""
    from quiz.core.text.segmentation import tagged_words  # deferred: jieba loads slowly

    tagged = tagged_words(text)
    if not tagged:
        return _ANY
    tag = tagged[at][1]
    if tag in _CLASSES:
        return _CLASSES[tag]
    return _CLASSES["n"] if tag[:1] == "n" else _ANY  # nr, ns, nz: names are nouns


@cache
def _one_word(text: str) -> bool:
    """Whether the dictionary holds the text as one word (小麦, 元宝山), not a phrase."""
    from quiz.core.text.segmentation import words  # deferred: jieba loads slowly

    return words(text) == [text]


def shared_marks(items: Sequence[str]) -> tuple[str, str]:
    """The opening and the ending every item shares (`一` of 一个企业、一个方案; `振兴`
    of 产业振兴、人才振兴), "" where they share none; shorter than every item."""
    if len(items) < 2:
        return "", ""
    shortest = min(len(item) for item in items)
    head = 0
    while head < shortest - 1 and len({item[head] for item in items}) == 1:
        head += 1
    tail = 0
    while tail < shortest - 1 and len({item[-1 - tail] for item in items}) == 1:
        tail += 1
    return items[0][:head], items[0][len(items[0]) - tail:] if tail else ""


@cache
def _inner_mark(items: tuple[str, ...]) -> str:
    """The longest run of characters every item holds somewhere (`无` of 市区赴省进京无上访、
    无集体访、无重大政治事件; `转变为` of the 三个转变), "" where there is none: two
    characters or more, or one that is no function word among three items or more."""
    if len(items) < 2:
        return ""
    shortest = min(items, key=len)
    for size in range(len(shortest), 0, -1):
        for start in range(len(shortest) - size + 1):
            run = shortest[start:start + size]
            if not all("\u4e00" <= ch <= "\u9fff" for ch in run):
                continue
            if all(run in item for item in items) and (
                    size >= 2 or (len(items) >= 3 and run not in FUNCTION_CHARS)):
                return run
    return ""


def inner_mark(items: Sequence[str]) -> str:
    """`_inner_mark` of any sequence of items."""
    return _inner_mark(tuple(items))


def foreign_mark(item: str, lender_items: Sequence[str], items: Sequence[str],
                 lender_label: str = "") -> str | None:
    """The opening or ending an outsider shares with the other items of its own list but
    not with the items it would stand among (`定` of 定建设规模 among 滥占耕地建房、
    乱砍滥伐森林; `无` of 无重大政治事件 among policy titles; `工程` of 教育质量提升工程
    among the 四大关系, 公办学校与民办学校…), or the word of its own list's label that all
    its items hold (`最` of 两个最's 工作最规范 among policy titles): it shows where the
    outsider came from."""
    word = label_in_items(lender_label, lender_items) if lender_label else ""
    if word and word in item and not all(word in mine for mine in items):
        return word
    opening, ending = shared_marks(lender_items)
    mine = shared_marks(items)
    if opening and item.startswith(opening) and mine[0] != opening:
        return opening
    if ending and item.endswith(ending) and mine[1] != ending:
        return ending
    return None


def mark_giveaway(key: str, option: str, items: Sequence[str]) -> str | None:
    """A mark all the items bear that the key holds and the option lacks, or None:
    `三治合一` is the one label with 治 for 德治、法治、自治."""
    for mark in (*shared_marks(items), inner_mark(items)):
        if mark and mark in key and mark not in option:
            return mark
    return None


def shape_problem(distractor: str, items: Sequence[str], label: str = "") -> str | None:
    """Why `distractor` stands out among `items` by its shape, or None; with the
    formula's `label`, also a distractor without the word the label names and every item
    holds (最 of 两个最: 群众满意率最高、工作最规范)."""
    if not items:
        return None
    if label and (word := label_in_items(label, items)) and word not in distractor:
        return f"干扰项 `{distractor}` 缺少提法与各条目共有的 `{word}`"
    if all(len(item) == 1 for item in items):
        return f"条目都是单字 (简称), 只在本提法中有意义: 别处的 `{distractor}` 一眼可辨"
    counted = {bool(_COUNTED.match(item)) for item in items}
    if len(counted) == 1 and bool(_COUNTED.match(distractor)) not in counted:
        return (f"干扰项 `{distractor}` 以数字开头, 条目都不是" if False in counted
                else f"干扰项 `{distractor}` 不以数字开头, 条目却都是")
    opening, ending = shared_marks(items)
    if not (distractor.startswith(opening) and distractor.endswith(ending)):
        mark = opening if not distractor.startswith(opening) else ending
        return f"干扰项 `{distractor}` 缺少各条目都有的 `{mark}`"
    inner = inner_mark(items)
    if inner and inner not in distractor:
        return f"干扰项 `{distractor}` 缺少各条目都有的 `{inner}`"
    lengths = {len(item) for item in items}
    if len(lengths) == 1 and max(lengths) <= SAME_LENGTH_MAX and len(distractor) not in lengths:
        return f"干扰项 `{distractor}` 有 {len(distractor)} 个字, 条目都是 {max(lengths)} 个字"
    typical = median(len(item) for item in items)
    low, high = LENGTH_BAND
    if not low <= len(distractor) / typical <= high:
        return (f"干扰项 `{distractor}` 有 {len(distractor)} 个字, 条目约 {typical:g} 个字")
    if (len(items) >= 2 and len(distractor) > 2  # two characters read as one word anyway
            and all(_one_word(item) for item in items) and not _one_word(distractor)):
        return f"干扰项 `{distractor}` 不是一个词, 条目都是"
    heads = frozenset().union(*(word_classes(item) for item in items))
    if not word_classes(distractor) & heads:
        return f"干扰项 `{distractor}` 与条目词性不同"
    if min(len(item) for item in items) < VERB_OBJECT_MIN:
        return None  # 需求收缩: too short to tell a verb and its object; jieba guesses there
    openings = frozenset(_ANY).intersection(*(word_classes(item, 0) for item in items))
    if openings and openings != _ANY and not word_classes(distractor, 0) & openings:
        kinds = "/".join(sorted(openings))
        return f"干扰项 `{distractor}` 开头的词与条目不同类 ({kinds})"
    return None
