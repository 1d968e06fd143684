"""The reader and extractor never crash and stay linear on arbitrary text."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quiz.core.extract import extract_formulas
from quiz.core.text.corpus import clean_text
from tests.helpers.extract import doc_from

ALPHABET = list("打造民富区强改革创新宜居宜业绿色美丽法治和谐名片一二三四五六七八九十两个大项张"
                "是就第“”\"、，,。；：:（）()\n \t1234+N等的和") + ["\x1b", "[bold]", "[/]", "**", "#"]
SAMPLE = "打造民富区强、改革创新、宜居宜业“三张名片”。“1+2”即“一个目标”,建设甲乙、丙丁“两大支撑”。"
# Prose between the labels, so that labels come every ~130 characters: still five times
# denser than in real reports (about one in 700), without a label in every clause.
PROSE = ("我们坚持稳中求进工作总基调,完整准确全面贯彻新发展理念,扎实推进各项工作,"
         "经济社会发展取得新的成效,人民群众获得感幸福感安全感不断增强。")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(ALPHABET), max_size=400).map("".join))
def test_never_crashes_and_spans_stay_inside(text: str) -> None:
    doc = doc_from(text)
    for formula in extract_formulas(doc):
        start, end = formula.span
        assert 0 <= start <= end <= len(doc.text)
        for s, e in formula.item_spans:
            assert formula.evidence[s:e] in formula.items


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_any_unicode_text(text: str) -> None:
    extract_formulas(doc_from(text))


def _seconds(text: str) -> float:
    """CPU time, not wall time: the ratio must not depend on what else the machine runs."""
    start = time.process_time()
    cleaned, chain, _ = clean_text(text)
    extract_formulas(doc_from(cleaned))
    return time.process_time() - start


def test_ten_megabyte_single_line_is_linear() -> None:
    # One 10 MB line with no line breaks: the worst case for paragraph and sentence
    # scanning. Work must grow linearly: 4x the text may take at most ~3x the linear
    # share (a quadratic step would take 16x).
    unit = (SAMPLE + PROSE * 2) * 10
    small = unit * (2_500_000 // len(unit.encode()) + 1)
    large = small * 4
    assert len(large.encode()) >= 10_000_000
    doc_from("预热。")  # dictionary loading is not part of the measurement
    ratio = _seconds(large) / _seconds(small)
    assert ratio < 12, f"4x the text took {ratio:.1f}x the time"
