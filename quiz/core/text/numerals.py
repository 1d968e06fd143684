"""Chinese numerals and the shapes of numbered labels (五张名片, 4433, 一核一港两翼多联)."""

from __future__ import annotations

import re
from dataclasses import dataclass

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "双": 2, "三": 3, "四": 4,
           "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000}
_FULLWIDTH = str.maketrans("０１２３４５６７８９＋", "0123456789+")

CN_NUMERAL = "一二三四五六七八九十两双"
NUMERAL_RE = rf"(?:[0-9]{{1,2}}|[{CN_NUMERAL}]{{1,3}})"
# Measure words and the attributive 大 that stand between a number and its noun.
CLASSIFIERS = ("方面", "个", "大", "项", "张", "道", "重", "种", "条", "类", "件", "点",
               "支", "批", "位", "名", "家", "座", "轮", "句", "字", "型", "级", "层", "线", "环")
_CLASSIFIER_RE = "|".join(CLASSIFIERS)
# Nouns after a number that make it a quantity, not a label (三年行动, 15分钟...).
_QUANTITY_NOUN = re.compile(r"^(?:年|天|日|月|周|分钟|小时|万|亿|元|岁|米|公里|平方|倍|成|%|次|人|户|期)")
_SIMPLE = re.compile(rf"^(?P<prefix>[\u4e00-\u9fff]{{0,4}}?)(?P<num>{NUMERAL_RE})"
                     rf"(?P<cls>{_CLASSIFIER_RE})?(?P<noun>[^\d{CN_NUMERAL}][\u4e00-\u9fff]{{0,7}}|一)$")
_ARABIC_COMPOSITE = re.compile(r"^(?:[0-9]+|N|n)(?:\+(?:[0-9]+|N|n))+$")
_DIGIT_STRING = re.compile(r"^[1-9]{2,6}$")
_CN_PIECE = re.compile(rf"([{CN_NUMERAL}多])([^{CN_NUMERAL}多]{{1,3}})")
# Every label shape above needs one of these: a digit, a plus, a numeral or 多.
_ANY_COUNT = re.compile(rf"[0-9０-９+＋{CN_NUMERAL}多]")


def parse_number(text: str) -> int | None:
    """The value of a Chinese or Arabic numeral (`十二` -> 12, `两` -> 2, `12` -> 12)."""
    text = text.translate(_FULLWIDTH)
    if text.isdigit():
        return int(text)
    if not text or any(c not in _DIGITS and c not in _UNITS for c in text):
        return None
    total, current = 0, 0
    for char in text:
        if char in _DIGITS:
            current = _DIGITS[char]
        else:
            total += (current or 1) * _UNITS[char]
            current = 0
    return total + current


def number_to_chinese(value: int) -> str:
    """`5` -> 五, `12` -> 十二 (for labels and count blanks)."""
    digits = "零一二三四五六七八九"
    if value < 10:
        return digits[value]
    if value < 20:
        return "十" + (digits[value % 10] if value % 10 else "")
    if value < 100:
        return digits[value // 10] + "十" + (digits[value % 10] if value % 10 else "")
    return str(value)


@dataclass(frozen=True)
class LabelShape:
    """What a label announces: one count (五张名片) or several parts (4433)."""

    count: int | tuple[int | str, ...]
    noun: str = ""  # the head noun after number and measure word (名片, 新提升)
    numeral: str = ""  # the numeral as written (五)
    classifier: str = ""
    prefix: str = ""
    pieces: tuple[str, ...] = ()  # composite labels: the parts as written (一核, 4)

    @property
    def composite(self) -> bool:
        return bool(self.pieces)


def _piece_count(piece: str) -> int | str:
    if piece in ("N", "n", "多"):
        return "N"
    value = parse_number(piece)
    return value if value is not None else "N"


def parse_label(label: str) -> LabelShape | None:
    """The shape of a numbered label, or None when the text is not one."""
    if not _ANY_COUNT.search(label):
        return None  # cheap first: nothing in it counts
    label = label.strip().translate(_FULLWIDTH)
    if not label or label.startswith("第") or len(label) > 12:
        return None
    if _ARABIC_COMPOSITE.match(label):
        pieces = tuple(label.split("+"))
        return LabelShape(count=tuple(_piece_count(p) for p in pieces), pieces=pieces)
    if _DIGIT_STRING.match(label):
        pieces = tuple(label)
        return LabelShape(count=tuple(int(p) for p in pieces), pieces=pieces)
    cn_pieces = _CN_PIECE.findall(label)
    if len(cn_pieces) >= 2 and "".join(n + t for n, t in cn_pieces) == label:
        if all(t not in CLASSIFIERS for _, t in cn_pieces):
            return LabelShape(
                count=tuple(_piece_count(n) for n, _ in cn_pieces),
                pieces=tuple(n + t for n, t in cn_pieces),
            )
    match = _SIMPLE.match(label)
    if not match:
        return None
    value = parse_number(match["num"])
    noun = match["noun"]
    if value is None or value < 1 or value > 99 or _QUANTITY_NOUN.match(noun):
        return None
    return LabelShape(count=value, noun=noun, numeral=match["num"],
                      classifier=match["cls"] or "", prefix=match["prefix"])
