"""Label shapes: every kind parse_label reads still parses, words without a count do not."""

from __future__ import annotations

import pytest

from quiz.core.extract.labels import _COUNTED_WORD, _NUMBER_IDIOM, BARE_LABEL_START
from quiz.core.text.numerals import parse_label


@pytest.mark.parametrize(("label", "count"), [
    ("五张名片", 5),
    ("4433", (4, 4, 3, 3)),
    ("１＋５＋９＋１", (1, 5, 9, 1)),
    ("N+1", ("N", 1)),
    ("一核一港两翼多联", (1, 1, 2, "N")),
    ("两个确立", 2),
])
def test_label_shapes(label: str, count: object) -> None:
    shape = parse_label(label)
    assert shape is not None and shape.count == count


@pytest.mark.parametrize("text", ["高质量发展", "新时代", "“枫桥经验”", ""])
def test_words_without_a_count_are_no_label(text: str) -> None:
    assert parse_label(text) is None


@pytest.mark.parametrize(("text", "found"), [
    ("抓好三大任务", [("三", "大")]),
    ("十三个方面", [("十三", "个")]),
    ("第三个问题", []),  # an ordinal
    ("2.5个百分点", []),  # a decimal
    ("12个", [("12", "个")]),
    ("123个", []),  # three digits: a quantity
    ("五千万个", []),
])
def test_bare_label_starts(text: str, found: list[tuple[str, str]]) -> None:
    assert [m.groups() for m in BARE_LABEL_START.finditer(text)] == found


def test_counted_words_and_number_idioms() -> None:
    assert [m.groups() for m in _COUNTED_WORD.finditer("做到3个“坚决”，第4个“学”")] == [
        ("3", "个", "坚决")]
    assert [m.group(0) for m in _NUMBER_IDIOM.finditer("三管齐下，第三管齐下，十三管齐")] == [
        "三管齐下", "十三管齐"]
