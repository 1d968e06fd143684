"""Which pairs of a matching board a learner joins from the text alone.

A board of labels and their lists asks nothing when each label quotes the word its items
repeat (`4个“一起”` to 一起谋划、一起部署…, `五个统筹` to 统筹城乡发展…) or when each
list is the only one with as many items as its label counts (`两个去` to two items,
`八八战略` to eight), or by one character (`三权分置` to 宅基地所有权、资格权、使用权). A
board with any pair joined that way is a giveaway: that pair asks nothing, and the rest
follow the more easily by elimination.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quiz.core.text.numerals import parse_number

_QUOTES = "“”\"'‘’「」『』"
_OPENING_NUMERAL = re.compile(r"^[0-9一二三四五六七八九十两百]+")
_NUMERAL = re.compile(r"[0-9一二三四五六七八九十两百+]+")
_MEASURE = "个大项条点种类件家张支股重"  # 四个, 三大, 三重: the measure word after a count


def label_word(label: str) -> str:
    """What a label says beside its count: 一起 of 4个“一起”, 统筹 of 五个统筹."""
    text = "".join(ch for ch in label if ch not in _QUOTES)
    text = _OPENING_NUMERAL.sub("", text)
    return text[1:] if text[:1] in _MEASURE and len(text) > 1 else text


# What a label may say beside its count that names nothing of its own: a stem that prints
# the items lets the learner count them and write 三个方面, 四句话, 两步走 at sight.
_GENERIC_WORDS = frozenset({"方面", "句话", "句", "点", "条", "件事", "事", "项", "种", "步", "步走",
                            "字"})


def generic_label(label: str) -> bool:
    """Whether the label is a count and a word that names nothing (三个方面, 四句话)."""
    return label_word(label) in _GENERIC_WORDS


def label_grams(label: str) -> list[str]:
    """The label's words beside its counts (`label_word`; 提 and 敢 of 三提三敢), or their
    two-character pieces where a word is longer."""
    text = "".join(ch for ch in label if ch not in _QUOTES)
    opening = _OPENING_NUMERAL.match(text)
    rest = text[opening.end():] if opening else text
    # 三提三敢: the count comes back, so each word has its own; 4个“一起”: one word
    runs = _NUMERAL.split(rest) if opening and opening.group() in rest else [rest]
    grams: list[str] = []
    for run in runs:
        word = run[1:] if run[:1] in _MEASURE and len(run) > 1 else run
        grams += [word] if len(word) <= 2 else [word[i:i + 2] for i in range(len(word) - 1)]
    return [g for g in grams if g and all("\u4e00" <= ch <= "\u9fff" for ch in g)]


# Characters that join words rather than name anything: never a mark or a label's word.
FUNCTION_CHARS = frozenset("的和与是在了之及等并或对为")


def label_chars(label: str) -> list[str]:
    """The characters of the label's words (`label_grams`): 权 of 三权分置 joins it to
    宅基地所有权、资格权、使用权 as plainly as a whole word would."""
    return [ch for ch in dict.fromkeys("".join(label_grams(label)))
            if ch not in FUNCTION_CHARS]


def label_pieces(label: str) -> tuple[str, ...]:
    """The label's words and their characters (`label_grams`, `label_chars`): what a text
    that echoes the label holds."""
    return (*label_grams(label), *label_chars(label))


def echoes_label(label: str, text: str) -> bool:
    """Whether the text holds a word or character of the label's (`label_pieces`):
    统筹城乡发展 of 五个统筹, 宅基地所有权 of 三权分置."""
    return any(piece in text for piece in label_pieces(label))


def _numbers(label: str) -> set[int]:
    """Every number the label writes (1, 5 and 9 of 1+5+9+1; 4 of 4个“一起”)."""
    values = (parse_number(run) for run in re.findall(r"[0-9一二三四五六七八九十两百]+", label))
    return {v for v in values if v is not None}


def _label_count(label: str) -> int | None:
    run = _OPENING_NUMERAL.match("".join(ch for ch in label if ch not in _QUOTES))
    return parse_number(run.group()) if run else None


def joined_at_sight(labels: Sequence[str], shown: Sequence[str],
                    counts: Sequence[int] | None = None) -> list[int]:
    """The indexes of the board's formulas a learner joins to what is shown of them
    (their list, or one item) from the text alone: a word of the label only that entry
    holds, a number it opens with that only its label writes, one character among
    longer entries, or, with `counts` (items per list), a count only that list has."""
    decided = []
    for i, (label, entry) in enumerate(zip(labels, shown, strict=True)):
        others = [text for k, text in enumerate(shown) if k != i]
        by_word = any(gram in entry and not any(gram in other for other in others)
                      for gram in label_pieces(label))
        by_count = bool(counts) and _label_count(label) == counts[i] and list(counts).count(
            counts[i]) == 1
        # 五张名片 to 1+5+9+1: the entry opens with a number only its label writes
        value = _label_count(entry)
        by_number = value is not None and value in _numbers(label) and not any(
            value in _numbers(other) for k, other in enumerate(labels) if k != i)
        # 实 of 五字诀 among phrases: one character reads as a 字诀's at sight
        by_shape = len(entry) == 1 and any(len(other) > 1 for other in others)
        if by_word or by_count or by_number or by_shape:
            decided.append(i)
    return decided


def board_given_away(labels: Sequence[str], shown: Sequence[str],
                     counts: Sequence[int] | None = None) -> bool:
    """Whether any of the board's pairs is joined from the text alone: that pair asks
    nothing, and each one joined leaves the rest fewer to choose from."""
    return bool(joined_at_sight(labels, shown, counts))


def label_spelled(label: str, items: Sequence[str]) -> str:
    """A character of the label's word that every item holds (高 of 两高品牌 for
    高技能的专业品牌、高素质的德育品牌; 权 of 三权分置 for 宅基地所有权、资格权、使用权),
    else "": printed with the items, the label is half spelled out by them, and what is
    left (分置, 合一) is the one word the learner must know anyway."""
    word = label_word(label)
    if len(items) < 2:
        return ""
    for ch in word:
        if ("\u4e00" <= ch <= "\u9fff" and ch not in FUNCTION_CHARS
                and all(ch in item for item in items)):
            return ch
    return ""


def label_printed(label: str, stem: str) -> str:
    """The label's word where the stem prints every one of its characters (新聊城 of
    六个新聊城 in 聊城市…建设富强、创新…“____”), else "": with the count the items give,
    the label is spelled out."""
    word = "".join(ch for ch in label_word(label) if "\u4e00" <= ch <= "\u9fff")
    return word if word and all(ch in stem for ch in word) else ""


def label_in_items(label: str, items: Sequence[str]) -> str:
    """The label's word where every item holds it (`无` of 四个无: 无集体访、无重大政治事件),
    else "": a stem that prints the items then prints the label too."""
    word = label_word(label)
    return word if word and len(items) >= 2 and all(word in item for item in items) else ""
