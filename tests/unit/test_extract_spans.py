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


def test_a_first_item_said_earlier_in_the_sentence_is_placed_in_the_list() -> None:
    from quiz.core.extract.spans import item_spans

    evidence = "华山片区要依托“山、泉、河、湖”交相呼应的独特名片"
    spans = item_spans(evidence, ["山", "泉", "河", "湖"])
    assert [evidence[s:e] for s, e in spans] == ["山", "泉", "河", "湖"]
    assert spans[0] == (evidence.index("“山") + 1, evidence.index("“山") + 2)
    numbered = "这四个阶段，一是排查，我们共排查了机构；二是整改，整改问题。"
    assert item_spans(numbered, ["排查", "整改"])[0] == (8, 10)  # 一是排查, not 共排查了
