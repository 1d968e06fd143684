"""A formula's count has one spelling in the code: a Count, or a tuple of them."""

from __future__ import annotations

from quiz.core.formula import Formula, count_text
from quiz.core.model import BankFormula

COMPOSITE = {"id": "f", "label": "4433", "count": [4, 4, 3, 3], "items": ["a", "b"]}


def test_bank_and_extracted_formulas_hold_the_same_tuple() -> None:
    banked = BankFormula.from_dict(COMPOSITE)
    extracted = Formula.from_dict({**COMPOSITE, "doc": "d", "kind": "composite"})
    assert banked.count == extracted.count == (4, 4, 3, 3)
    assert BankFormula(**{**banked.__dict__, "count": [1, "N"]}).count == (1, "N")
    assert banked.to_dict()["count"] == [4, 4, 3, 3]  # files hold lists
    assert BankFormula.from_dict({**COMPOSITE, "count": 5}).count == 5


def test_count_text_is_how_people_write_it() -> None:
    assert count_text((4, 4, 3, 3)) == "4+4+3+3"
    assert count_text((1, "N")) == "1+N"
    assert count_text(5) == "5"
