"""Label shapes: every kind parse_label reads still parses, words without a count do not."""

from __future__ import annotations

import pytest

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
