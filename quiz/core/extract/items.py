"""Splitting enumerations into items and trimming the verbs that introduce them."""

from __future__ import annotations

import re

# Words that introduce a list in report prose (打造 A、B、C“三个X”) rather than belong to
# its first item. Longest forms first so that 聚焦发展 wins over 聚焦.
INTRO_WORDS = sorted(
    """打造 着力打造 实施 聚力实施 突出 突出做好 做好 聚焦 聚焦发展 发展 严把 建立 建设 坚持
    围绕 面临 荣获 获得 获评 形成 构建 推进 推动 强化 着力强化 聚力 着力 抓好 落实 实现
    开展 提出 确定 明确 树立 弘扬 践行 培育 加强 深化 统筹 推行 完善 健全 提升 巩固 守牢
    守好 当好 争当 争创 创建 做到 坚决 全力 大力 持续 深入 扎实 积极 切实 不断 全面 打好 打赢 连续
    全国 全省 全市 全区 全县 重点 努力 加快 加速 进一步 以 在 把 将 对 为 按照 通过 从 向 即
    包括 涵盖 包含 具有 系统谋划 谋划 了 要 更加 始终 牢记 增强 保持 勇于 善于 敢于 全力推进""".split(),
    key=len,
    reverse=True,
)
_INTRO_AT = re.compile("|".join(map(re.escape, INTRO_WORDS)))
# Words that build a named thing: stripped from a composite part's explanation.
BUILD_WORDS = ("着力打造", "打造", "建设成", "建成")
LIST_SEPARATOR = "、"
_CONJUNCTION = re.compile(r"(?:以及|和|及|与|并)")
_QUOTES = "“”‘’\"'「」『』"
_NO_QUOTES = str.maketrans("", "", _QUOTES)
MAX_ITEM_LEN = 24
LONG_FIRST = 1.5  # a first item this many times the longest other carries the list's lead
_BRACKETED = re.compile(r"（[^（）]*）")
_GOVERNING = frozenset("vpudra")  # tag classes after which a list's first item may start
MAX_INLINE_ITEM_LEN = 24
_LABEL_IN_TEXT = re.compile(r"[“\"][^”\"]{0,12}[一二三四五六七八九十两双0-9][^”\"]{0,12}[”\"]")


def strip_quotes(text: str) -> str:
    """Remove quotation marks (items are stored bare)."""
    return text.translate(_NO_QUOTES).strip()


def split_items(segment: str, expected: int) -> list[str] | None:
    """Split `A、B、C和D` into items; try the last 和/及/与 when one item short."""
    chunks = [c.strip() for c in segment.split(LIST_SEPARATOR)]
    if len(chunks) < expected:
        parts = _CONJUNCTION.split(chunks[-1])
        if len(parts) == 2 and all(parts):
            chunks = chunks[:-1] + parts
    if len(chunks) < 2 or any(not c for c in chunks):
        return None
    return chunks


def trim_first_item(first: str, others: list[str]) -> str:
    """Drop the introducing verbs from the first item of a list.

    The first chunk of `打造民富区强、改革创新、…` carries the verb that introduces the
    whole list. Cut after an introducing word so that the rest is no longer than the
    longest other item; when no cut fits, drop only introducing words at the very start.
    """
    if not others:
        return first
    longest = max(len(o) for o in others)
    shortest = min(len(o) for o in others)
    if len(first) <= longest and not _INTRO_AT.match(first):
        return first
    candidates = []
    for match in _INTRO_AT.finditer(first):
        rest = first[match.end():]
        if rest:
            candidates.append(rest)
    fitting = [c for c in candidates if max(1, shortest - 1) <= len(c) <= longest]
    # a rest that still opens with an introducing word no other item opens with keeps a
    # verb of the list's (深入|实施科教兴国战略 beside 人才强国战略): cut after it too
    bare = [c for c in fitting if not ((m := _INTRO_AT.match(c))
                                       and not any(o.startswith(m.group(0)) for o in others))]
    if bare or fitting:
        return max(bare or fitting, key=len)
    if len(first) <= longest:
        return first
    if len(first) > LONG_FIRST * longest:
        cut = _cut_at_governing_word(first, shortest, longest)
        if cut:
            return cut
    rest = first
    while True:
        match = _INTRO_AT.match(rest)
        if not match or len(rest) - match.end() < max(2, shortest - 1):
            return rest
        rest = rest[match.end():]


def _cut_at_governing_word(first: str, shortest: int, longest: int) -> str | None:
    """The rest of a far too long first item after the words that govern the list, found
    by their part of speech where no introducing word fits (同时把好|推荐 beside 录取,
    首先把资源条件好的|霍林河 beside 伊敏河, 这里只着重讲一讲|发展职工教育): the cut comes
    after a verb, preposition, particle, adverb, pronoun or adjective (not a conjunction:
    教师与非|教师 is one item) and never before a one-character word that completes it
    (处理|好) nor inside brackets; the rest, less what it holds in brackets, is the
    longest of the others' lengths, or failing that the shortest up to half as long again
    as the longest (深入实施|区域协调发展战略, not 深入|实施区域协调发展战略)."""
    from quiz.core.text.segmentation import dictionary_tagged_words  # deferred: jieba loads slowly

    words = dictionary_tagged_words(first)
    rests: list[str] = []
    at = 0
    for (word, tag), (following, its_tag) in zip(words, words[1:], strict=False):
        at += len(word)
        rest = first[at:]
        if (tag[:1] in _GOVERNING and not (len(following) == 1 and its_tag[:1] in "aud")
                and rest.count("（") == rest.count("）")):
            rests.append(rest)
    low = max(1, shortest - 1)
    fitting = [rest for rest in rests if low <= len(_BRACKETED.sub("", rest)) <= longest]
    if fitting:
        return max(fitting, key=len)
    longer = [rest for rest in rests
              if longest < len(_BRACKETED.sub("", rest)) <= LONG_FIRST * longest]
    return min(longer, key=len) if longer else None


def strip_shared_intro(items: list[str]) -> list[str]:
    """`打好A攻坚战、打好B攻坚战` -> `A攻坚战、B攻坚战`: a verb every item starts with."""
    match = _INTRO_AT.match(items[0]) if items else None
    if match is None:
        return items
    word = match.group(0)
    if _preposition(word):
        return items  # 从A转变为B, 以学铸魂: a preposition every item opens with is each item's
    if all(i.startswith(word) and len(i) - len(word) >= 2 for i in items):
        return [i[len(word):] for i in items]
    return items


def _preposition(word: str) -> bool:
    from quiz.core.text.segmentation import dictionary_tagged_words  # deferred: jieba loads slowly

    tagged = dictionary_tagged_words(word)
    return len(tagged) == 1 and tagged[0][1] == "p"


def strip_build_words(text: str) -> str:
    """`着力打造“济南国际贸易中心”` -> `济南国际贸易中心`."""
    for word in BUILD_WORDS:
        if text.startswith(word) and len(text) > len(word) + 1:
            return text[len(word):]
    return text


def plausible_items(items: list[str], limit: int = MAX_ITEM_LEN) -> bool:
    """Items short enough to be the members of a formula."""
    return all(0 < len(i) <= limit for i in items)


def plausible_chunks(chunks: list[str]) -> bool:
    """Raw list chunks that read as members: no quoted numbered label among them (a list
    of labels such as 增强“四个意识”、坚定“四个自信” is not the items of the next label),
    and no quotation that opens mid-item (…的西部“战略支点”)."""
    for chunk in chunks:
        if _LABEL_IN_TEXT.search(chunk):
            return False
        inner = chunk.strip()
        if any(q in inner for q in _QUOTES) and not (inner[:1] in "“‘「" and inner[-1:] in "”’」"):
            return False
    return True
