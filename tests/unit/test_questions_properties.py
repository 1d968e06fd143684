"""Property tests: whatever the formula, generated questions keep the bank invariants."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from quiz.core.bank.build import build_bank
from quiz.core.bank.check import check_text
from quiz.core.bank.io import dump_bank
from quiz.core.model import BankFormula

HANZI = st.text(alphabet="创新协调绿色开放共享发展质量城市品质生态文化改革社会党建设", min_size=1,
                max_size=6)
SEPARATORS = st.sampled_from(["、", ",", "和", "", " "])


@st.composite
def formulas(draw: st.DrawFn, index: int) -> BankFormula:
    items = draw(st.lists(HANZI, min_size=1, max_size=7))
    separator = draw(SEPARATORS)
    label = f"{'一二三四五六七'[len(items) - 1]}个第{index}项"
    before = draw(st.text(alphabet="坚持推进打造实施", max_size=5))
    after = draw(st.text(alphabet="。,的要求", max_size=4))
    evidence = before + separator.join(items) + f"“{label}”" + after
    if draw(st.booleans()):  # an item corrected by hand, no longer in the evidence
        items[draw(st.integers(0, len(items) - 1))] += "改"
    return BankFormula(id=f"d{index % 2}/{label}", label=label, count=len(items),
                       items=tuple(items), doc=f"d{index % 2}.txt", source="某报告",
                       evidence=evidence)


@st.composite
def banks(draw: st.DrawFn) -> list[BankFormula]:
    count = draw(st.integers(1, 9))
    return [draw(formulas(i)) for i in range(count)]


@settings(max_examples=60, deadline=None)
@given(banks())
def test_generated_banks_always_pass_every_check(found: list[BankFormula]) -> None:
    bank = build_bank([(f, ()) for f in found], title="性质")
    report = check_text(dump_bank(bank), "bank.yaml")
    assert [str(p) for p in report.problems] == []
    ids = [q.id for q in bank.questions]
    assert len(ids) == len(set(ids))
