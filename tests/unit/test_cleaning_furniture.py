"""Inline page furniture found from its brackets is what the whole-text regex finds."""

from __future__ import annotations

import random

from quiz.core.text import cleaning


def test_inline_furniture_matches_the_regex() -> None:
    rng = random.Random(7)
    for _ in range(5000):
        parts = [rng.choice([" ", "  ", "\n", "", "x", "。"]) + rng.choice("(（")
                 + rng.choice(["", " ", "\u3000"]) + rng.choice("上下") + rng.choice("接转x")
                 + rng.choice(["第", ""]) + rng.choice(["8", "十二", ""]) + rng.choice(["版", ""])
                 + rng.choice(")）x") + rng.choice([" ", "", "\n "])
                 for _ in range(rng.randint(1, 4))]
        text = "".join(parts)
        expected = [m.span() for m in cleaning._FURNITURE_INLINE.finditer(text)]
        assert [m.span() for m in cleaning._inline_furniture(text)] == expected, text


def test_furniture_edits_drop_a_continuation_note() -> None:
    text = "经济持续恢复 （下转第8版） 发展"
    edits = cleaning.furniture_edits(text)
    assert [(e.start, e.end) for e in edits] == [(6, 15)]
