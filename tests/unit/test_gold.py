"""Precision and recall of the extractor on the hand-checked seed formulas."""

from __future__ import annotations

import pytest
from gold_score import GOLD, ROOT, extra_keys, score


@pytest.mark.skipif(not GOLD.exists(), reason="shared/gold/seeds.yaml is not beside the checkout")
def test_gold_precision_and_recall(capsys: pytest.CaptureFixture[str]) -> None:
    result = score(ROOT / "corpus")
    with capsys.disabled():
        print("\n" + result.report())
    assert result.recall >= 0.95, result.report()
    assert result.precision_adjudicated >= 0.95, result.report()
    # Every prediction outside the gold set must have been read and listed by hand.
    assert set(result.wrong) <= extra_keys(), result.report()
