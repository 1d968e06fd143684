"""Stage 1, label candidates: every numbered label, quoted or not.

Quoted labels (“五张名片”, “一岗三责（管工作、…）”), a count before a quoted word
(3个“坚决”, 4种“学”), and bare labels in running text (三大粮食作物, 6个政策意见,
两股歪风). Where a bare label ends is decided by the segmenter: the words after the
number and measure word are taken while they are nouns, so `三大粮食作物完全成本保险`
gives 三大粮食作物. Bare labels are only segmented where the text around them could
hold their items (a list before, a colon, 即 or an item marker after, or the end of the
sentence), which keeps the pass far cheaper than segmenting the whole text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from quiz.core.extract.candidates import LabelMatch
from quiz.core.extract.spans import rfind_any
from quiz.core.text.numerals import (
    _CLASSIFIER_RE,
    CN_NUMERAL,
    LabelShape,
    parse_label,
    parse_number,
)

_QUOTED = re.compile(r"[“\"「『]([^”\"」』\n“（(]{1,14})(?:[（(]([^”\"」』\n“]{2,60})[）)])?[”\"」』]")


def _numeral_not_after(excluded: str) -> str:
    """A group of 1-2 digits or 1-3 Chinese numerals not preceded by any of `excluded`.
    The pattern opens with the numeral's first character and checks what stands before
    it afterwards: a regex that opens with a look-behind is tried at every position of
    the text, one that opens with a character class skips ahead to the candidates."""
    return (rf"([0-9{CN_NUMERAL}](?<![{excluded}].)"
            rf"(?:(?<=[0-9])[0-9]?|(?<=[{CN_NUMERAL}])[{CN_NUMERAL}]{{0,2}}))")


# 3个“坚决”, 4种“学”, 1对”关系” (the last with a closing mark used as opening).
_COUNTED_WORD = re.compile(
    _numeral_not_after(f"0-9{CN_NUMERAL}第")
    + rf"({_CLASSIFIER_RE})[“”\"]([^“”\"\n]{{1,6}})[”\"]"
)
_BARE_CLASSIFIERS = _CLASSIFIER_RE + "|股|步|对|句|字|条|件"
BARE_LABEL_START = re.compile(
    _numeral_not_after(f"0-9.{CN_NUMERAL}第百千万亿") + f"({_BARE_CLASSIFIERS})"
)
# An idiom that starts with a number and is itself the label (三管齐下, 两步走).
_NUMBER_IDIOM = re.compile(rf"[{CN_NUMERAL}](?<![0-9{CN_NUMERAL}第].)[\u4e00-\u9fff]{{3}}")
_CUE = (
    r"(?:[:：（(。\n]|[,，]?\s*(?:即|就是|这就是|分别是|包括|主要是|一是|一个是|一条是|一件|一句|"
    r"一、|第一|首先|（一）|（1）))"
)
_AFTER_CUE = re.compile(r"^[”\"]?" + _CUE)
_CUE_NEAR = re.compile(_CUE)
_AHEAD = ("以下", "如下", "下列", "下面")  # 对以下三类企业…：一、…
_ANAPHOR = ("这", "这些", "以上", "上述", "此")
_NOUN_FLAGS = ("n", "j", "vn", "nz", "ng")  # 方面下功夫: an idiom (l) is no part of the noun
_UNIT_NOUNS = ("方面", "大", "个")
_FUNCTION_FLAGS = ("u", "p", "c", "d", "x", "m", "r", "q", "y", "e", "zg", "uj", "ul", "ad")
MAX_NOUN = 6
# Measure words after which a bare label may stand without a noun (企业整顿的关键是三条).
_NOUNLESS = ("条", "点", "句", "字", "件", "步", "方面")


def quoted_labels(text: str) -> Iterator[LabelMatch]:
    """Every quoted numbered label, in text order (with a bracketed expansion kept apart)."""
    for m in _QUOTED.finditer(text):
        shape = parse_label(m.group(1))
        if shape is not None and not (shape.prefix and any(c in CN_NUMERAL for c in shape.noun)):
            bracket = m.start(2) - 1 if m.group(2) else -1
            yield LabelMatch(m.group(1), m.start(), m.end(), True, shape,
                             noun=shape.noun, bracket=bracket)
    for m in _COUNTED_WORD.finditer(text):
        value = parse_number(m.group(1))
        if value is None or not 1 <= value <= 30:
            continue
        shape = LabelShape(count=value, noun=m.group(3), numeral=m.group(1),
                           classifier=m.group(2))
        yield LabelMatch(m.group(0), m.start(), m.end(), True, shape, noun=m.group(3))


def _clause_before(text: str, pos: int) -> str:
    lo = max(0, pos - 60)
    cut = rfind_any(text, "，,。；;：:！？\n", lo, pos)
    return text[max(cut + 1, lo):pos]


def _list_before(text: str, pos: int) -> bool:
    """True when the clause before `pos` holds a list (A、B、C, A和B) or an anaphor."""
    if pos == 0:
        return False
    clause = _clause_before(text, pos)
    if text[pos - 1] in "”’的等" or "、" in clause or clause.endswith(_ANAPHOR + _AHEAD):
        return True
    return any(c in clause for c in "和与及")


def noun_after(text: str, pos: int) -> str:
    """The head noun after a bare number and measure word, by the segmenter's tags:
    the first word, then further nouns up to MAX_NOUN characters."""
    from quiz.core.text.segmentation import tagged_words  # deferred: bare labels only need jieba

    window = text[pos : pos + MAX_NOUN + 4]
    cut = 0
    while cut < len(window) and "\u4e00" <= window[cut] <= "\u9fff":
        cut += 1
    window = window[:cut]
    if not window:
        return ""
    noun = ""
    for i, (word, flag) in enumerate(tagged_words(window)):
        if len(noun) + len(word) > MAX_NOUN:
            break
        if i == 0:
            if flag.startswith(_FUNCTION_FLAGS) or word in "的地得和与及等是在为":
                return ""
        elif noun in _UNIT_NOUNS or not (
            flag.startswith(_NOUN_FLAGS) or _ends_phrase(text, pos + len(noun) + len(word))
        ):
            break
        noun += word
    return noun


def _ends_line(text: str, pos: int) -> bool:
    """True when the paragraph ends within a few characters (`从八个方面阐释。`): the
    items may be the paragraphs that follow."""
    line_end = text.find("\n", pos, pos + 12)
    return line_end != -1 and not any(c in text[pos:line_end] for c in "，,、")


def _ends_phrase(text: str, pos: int) -> bool:
    """True when punctuation follows `pos`: 三大服务保障。 ends its label with 保障."""
    return pos >= len(text) or text[pos] in "，,。；;：:、！？”\n"


def _bare_shape(numeral: str, classifier: str, noun: str) -> LabelShape | None:
    if len(numeral) > 1 and "十" not in numeral and not numeral.isdigit():
        return None  # 一两个, 三四种: an estimate, not a count
    label = numeral + classifier + noun
    if noun:
        shape = parse_label(label)
        if shape is not None and not shape.composite and isinstance(shape.count, int):
            return shape
        if classifier not in ("种", "类", "大", "项"):
            return None
    elif classifier not in _NOUNLESS:
        return None
    value = parse_number(numeral)
    if value is None or not 2 <= value <= 30:
        return None
    return LabelShape(count=value, noun=noun, numeral=numeral, classifier=classifier)


def bare_labels(text: str, covered: list[tuple[int, int]]) -> Iterator[LabelMatch]:
    """Unquoted labels whose surroundings could hold their items, in text order."""
    spans = sorted(covered)
    index = 0
    seen: set[int] = set()
    for m in BARE_LABEL_START.finditer(text):
        start = m.start()
        while index < len(spans) and spans[index][1] <= start:
            index += 1
        if index < len(spans) and spans[index][0] <= start < spans[index][1]:
            continue
        before = _list_before(text, start) or _ends_line(text, m.end())
        if not before and not _CUE_NEAR.search(text, m.end(), m.end() + MAX_NOUN + 3):
            continue
        noun = "" if m.group(2) == "方面" else noun_after(text, m.end())
        after = text[m.end() + len(noun): m.end() + len(noun) + 12]
        if not before and not _AFTER_CUE.match(after):
            continue
        shape = _bare_shape(m.group(1), m.group(2), noun)
        if shape is None:
            continue
        seen.add(start)
        label = m.group(0) + noun
        yield LabelMatch(label, start, start + len(label), False, shape, noun=noun)
    yield from _idiom_labels(text, spans, seen)


def _idiom_labels(text: str, spans: list[tuple[int, int]], seen: set[int]) -> Iterator[LabelMatch]:
    """Idioms that start with a number (三管齐下) right after a list."""
    from quiz.core.text.segmentation import is_word

    starts = [s for s, _ in spans]
    for m in _NUMBER_IDIOM.finditer(text):
        start = m.start()
        if text.rfind("、", max(0, start - 40), start) == -1:
            continue  # cheap first: an idiom label stands right after a list
        if start in seen or not _list_before(text, start) or text[start - 1] in "”’":
            continue
        i = bisect_right(starts, start) - 1
        if i >= 0 and start < spans[i][1]:
            continue
        word = m.group(0) if is_word(m.group(0)) else ""
        if not word:
            continue
        value = parse_number(word[0])
        if value is None or value < 2 or parse_label(word) is None:
            continue
        yield LabelMatch(word, start, start + len(word), False,
                         LabelShape(count=value, noun=word[1:], numeral=word[0]), noun=word[1:])
