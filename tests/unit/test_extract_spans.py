"""rfind_any finds what the largest str.rfind of each character would."""

from __future__ import annotations

import random
import re

import pytest

from quiz.core.extract.spans import CLAUSE_END, SENTENCE_END, rfind_any, runs_holding

ALPHABET = "ab，,。；;：:！？\n\\]^-"


@pytest.mark.parametrize("chars", [SENTENCE_END, CLAUSE_END, "。！？；\n", "]^-\\"])
def test_rfind_any_is_the_largest_rfind(chars: str) -> None:
    rng = random.Random(9)
    for _ in range(3000):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 30)))
        lo, hi = rng.randint(0, 32), rng.randint(0, 32)
        expected = max(text.rfind(c, lo, hi) for c in chars)
        assert rfind_any(text, chars, lo, hi) == expected, (text, lo, hi)


def test_runs_holding_are_the_runs_a_match_falls_in() -> None:
    rng = random.Random(9)
    pattern = re.compile("目标|年均|ab")
    stops = "。！？\n"
    for _ in range(3000):
        text = "".join(rng.choice("目标年均ab。！？\nx") for _ in range(rng.randint(0, 40)))
        expected = [(m.start(), m.end()) for m in re.finditer(r"[^。！？\n]+", text)
                    if pattern.search(m.group(0))]
        assert list(runs_holding(text, pattern, stops)) == expected, text
