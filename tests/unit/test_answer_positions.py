"""Where keys fall over the default bank: every letter alike, in no pattern (issue 12).

scipy is not a dependency, so the two statistics are computed here: the Wald-Wolfowitz
runs test for k categories (normal approximation) and Pearson's chi-square, whose p-value
has a closed form for one and three degrees of freedom.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import pytest

from quiz.core.bank.io import load_bank
from quiz.core.model import Bank, Question, QuestionType
from quiz.core.questions.options import placed_by_id as placed

DEFAULT_BANK = Path(__file__).parents[2] / "question_banks" / "default.yaml"


def runs_z(sequence: Sequence[str]) -> float:
    """The z score of the number of runs against its mean for a random order."""
    n = len(sequence)
    counts = Counter(sequence).values()
    runs = 1 + sum(a != b for a, b in zip(sequence, sequence[1:], strict=False))
    s2 = sum(c * c for c in counts)
    s3 = sum(c ** 3 for c in counts)
    mean = 1 + (n * n - s2) / n
    variance = (s2 * (s2 + n * (n + 1)) - 2 * n * s3 - n ** 3) / (n * n * (n - 1))
    return (runs - mean) / math.sqrt(variance)


def chi_square_p(observed: Sequence[int]) -> float:
    """The p-value of Pearson's chi-square for equal shares (1 or 3 degrees of freedom)."""
    total = sum(observed)
    expected = total / len(observed)
    x = sum((o - expected) ** 2 / expected for o in observed)
    if len(observed) == 2:
        return math.erfc(math.sqrt(x / 2))
    assert len(observed) == 4
    return math.erfc(math.sqrt(x / 2)) + math.sqrt(2 * x / math.pi) * math.exp(-x / 2)


def test_the_statistics_catch_a_periodic_or_lopsided_key() -> None:
    assert abs(runs_z(list("ABCD" * 20))) > 1.96
    assert abs(runs_z(list("AAAABBBBCCCCDDDD" * 5))) > 1.96
    assert chi_square_p([40, 20, 10, 10]) < 0.05
    assert chi_square_p([20, 21, 19, 20]) > 0.9
    assert abs(chi_square_p([25, 15]) - 0.1138) < 0.001  # erfc form, 1 degree of freedom
    assert abs(chi_square_p([30, 20, 20, 10]) - 0.01857) < 0.0005  # a chi-square table


@pytest.fixture(scope="module")
def bank() -> Bank:
    return load_bank(DEFAULT_BANK)


def _single(bank: Bank) -> list[Question]:
    return [q for q in bank.questions if q.type == QuestionType.SINGLE_CHOICE]


def test_single_choice_keys_are_spread_evenly_and_in_no_pattern(bank: Bank) -> None:
    singles = _single(bank)
    assert len(singles) >= 40 and {len(q.options) for q in singles} == {4}
    letters = [q.answers[0] for q in singles]
    assert chi_square_p([letters.count(x) for x in "ABCD"]) > 0.05
    assert abs(runs_z(letters)) < 1.96


def test_true_false_keys_are_balanced_and_in_no_pattern(bank: Bank) -> None:
    keys = [q.answers[0] for q in bank.questions if q.type == QuestionType.TRUE_FALSE]
    assert len(keys) >= 20
    assert chi_square_p([keys.count("对"), keys.count("错")]) > 0.05
    assert abs(runs_z(keys)) < 1.96


def test_multiple_choice_keys_are_never_all_options_and_not_at_fixed_letters(bank: Bank) -> None:
    multis = [q for q in bank.questions if q.type == QuestionType.MULTIPLE_CHOICE]
    assert all(0 < len(q.answers) < len(q.options) for q in multis)
    first = Counter(q.answers[0] for q in multis)
    assert len(first) >= 3  # the first key letter varies


def test_a_question_draws_its_place_from_its_own_id(bank: Bank) -> None:
    question = _single(bank)[0]
    assert placed(question) == placed(placed(question).__class__(**{
        **question.__dict__, "options": tuple(reversed(question.options)),
        "answers": ("ABCD"[3 - "ABCD".index(question.answers[0])],)}))
