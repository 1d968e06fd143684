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
from quiz.core.model import LETTERS, Bank, Question, QuestionType
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
    assert len(keys) >= 12  # only formulas with a fair false statement have one
    assert abs(keys.count("对") - keys.count("错")) <= 1
    assert chi_square_p([keys.count("对"), keys.count("错")]) > 0.05
    assert abs(runs_z(keys)) < 1.96


def test_multiple_choice_keys_are_never_all_options_and_not_at_fixed_letters(bank: Bank) -> None:
    multis = [q for q in bank.questions if q.type == QuestionType.MULTIPLE_CHOICE]
    assert all(0 < len(q.answers) < len(q.options) for q in multis)
    # keys at every letter, none at one letter in every question (the first key letter is
    # mostly A where four options of five are right, as on any paper)
    keyed = Counter(letter for q in multis for letter in q.answers)
    assert set(keyed) == set("ABCDE") and max(keyed.values()) < len(multis)


def test_a_question_draws_its_place_from_its_own_id(bank: Bank) -> None:
    question = _single(bank)[0]
    assert placed(question) == placed(placed(question).__class__(**{
        **question.__dict__, "options": tuple(reversed(question.options)),
        "answers": ("ABCD"[3 - "ABCD".index(question.answers[0])],)}))


def _statements(count: int) -> list[Question]:
    """Two statements each of `count` made-up formulas, as `true_false_questions` makes them."""
    made = []
    for i in range(count):
        for variant, answer in (("true", "对"), ("swap-0", "错")):
            made.append(Question(id=f"d/f{i}/true_false/{variant}", type=QuestionType.TRUE_FALSE,
                                 formula_ids=(f"d/f{i}",), prompt=f"“提法{i}”是指甲、乙。",
                                 answers=(answer,), variant=variant.split("-")[0]))
    return made


def test_a_bank_keeps_one_statement_a_formula_as_many_true_as_false_in_no_pattern() -> None:
    from quiz.core.questions.true_false import one_statement_each

    kept = one_statement_each(_statements(301))
    assert sorted(q.formula_ids[0] for q in kept) == sorted(f"d/f{i}" for i in range(301))
    keys = [q.answers[0] for q in kept]
    assert abs(keys.count("对") - keys.count("错")) == 1
    # the runs test at the 5% level, over 43 banks: a pattern would fail most of them
    z = [runs_z([q.answers[0] for q in one_statement_each(_statements(n))])
         for n in range(100, 400, 7)]
    assert sum(abs(v) > 1.96 for v in z) <= 4, z


def test_single_choice_keys_spread_over_a_large_bank_evenly_and_in_no_pattern() -> None:
    from quiz.core.questions.options import spread_keys

    questions = [Question(id=f"d/f{i}/single_choice/list", type=QuestionType.SINGLE_CHOICE,
                          formula_ids=(f"d/f{i}",), prompt="“提法”按报告原文表述是（　）。",
                          options=("甲", "乙", "丙", "丁"), answers=("A",), variant="list")
                 for i in range(401)]
    letters = [q.answers[0] for q in spread_keys(questions)]
    assert max(letters.count(x) for x in "ABCD") - min(letters.count(x) for x in "ABCD") <= 1
    assert abs(runs_z(letters)) < 1.96
    moved = spread_keys(questions)
    assert all(q.options[LETTERS.index(q.answers[0])] == "甲" for q in moved)


def test_multiple_choice_keys_visit_every_letter_over_a_bank() -> None:
    from quiz.core.questions.options import spread_keys

    questions = [Question(id=f"d/f{i}/multiple_choice/members",
                          type=QuestionType.MULTIPLE_CHOICE, formula_ids=(f"d/f{i}",),
                          prompt="下列属于“提法”的有（　）。", options=("甲", "乙", "丙", "丁", "戊"),
                          answers=("A", "B"), variant="members") for i in range(50)]
    moved = spread_keys(questions)
    keyed = Counter(letter for q in moved for letter in q.answers)
    assert set(keyed) == set("ABCDE") and max(keyed.values()) - min(keyed.values()) <= 2
    assert all({q.options[LETTERS.index(a)] for a in q.answers} == {"甲", "乙"} for q in moved)
