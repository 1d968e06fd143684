"""A printed paper: at most two questions a formula, none answering another (issue 12)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from quiz.cli import main
from quiz.core.bank.io import load_bank
from quiz.core.export.selection import Selection, select_questions
from quiz.core.model import Bank, Question, QuestionType

DEFAULT_BANK = Path(__file__).parents[2] / "question_banks" / "default.yaml"


@pytest.fixture(scope="module")
def bank() -> Bank:
    return load_bank(DEFAULT_BANK)


def shown(question: Question) -> str:
    return "\n".join([question.prompt, *question.options, *(t for p in question.pairs for t in p)])


def cloze_leaks(questions: tuple[Question, ...]) -> list[tuple[str, str]]:
    """Cloze answers printed by another question about the same formula."""
    found = []
    for cloze in questions:
        if cloze.type != QuestionType.CLOZE:
            continue
        for other in questions:
            if other is not cloze and cloze.formula_id in other.formula_ids and any(
                    len(a) >= 2 and a in shown(other) for a in cloze.answers):
                found.append((cloze.id, other.id))
    return found


def test_the_whole_bank_would_leak_so_the_rule_has_work_to_do(bank: Bank) -> None:
    everything = select_questions(bank, Selection(), {})
    assert cloze_leaks(everything)
    assert max(Counter(q.formula_id for q in everything).values()) > 2


def test_a_paper_asks_a_formula_at_most_twice_and_never_prints_an_answer(bank: Bank) -> None:
    paper = select_questions(bank, Selection(), {}, paper=True)
    singles = Counter(q.formula_id for q in paper if len(q.formula_ids) == 1)
    assert len(singles) >= 25 and max(singles.values()) <= 2
    assert cloze_leaks(paper) == []
    assert not [q for q in paper if q.variant == "overlap"]
    for formula in {q.formula_id for q in paper}:
        variants = {q.variant for q in paper if q.formula_id == formula
                    and q.type == QuestionType.SINGLE_CHOICE}
        assert not {"list", "label"} <= variants  # each prints the other's answer


def test_counts_and_a_higher_limit_are_kept(bank: Bank) -> None:
    counts = {QuestionType.CLOZE: 10, QuestionType.SINGLE_CHOICE: 5}
    paper = select_questions(bank, Selection(), counts, seed=4, paper=True)
    assert Counter(q.type for q in paper) == counts
    again = select_questions(bank, Selection(), counts, seed=4, paper=True)
    assert again == paper
    strict = select_questions(bank, Selection(), {}, paper=True, per_formula=1)
    assert len(strict) < len(select_questions(bank, Selection(), {}, paper=True))
    assert max(Counter(q.formula_id for q in strict if len(q.formula_ids) == 1).values()) == 1


def test_quiz_export_applies_the_rules(tmp_path: Path) -> None:
    output = tmp_path / "paper.md"
    result = CliRunner().invoke(main, ["export", str(DEFAULT_BANK), "-o", str(output),
                                       "--answers", "none"])
    assert result.exit_code == 0, result.output
    text = output.read_text(encoding="utf-8")
    assert "紧接" not in text  # no overlap cloze on paper


def _weighted(bank: Bank, heavy: set[str]) -> Bank:
    from dataclasses import replace

    formulas = tuple(replace(f, importance=0.9 if f.id in heavy else 0.1) for f in bank.formulas)
    return replace(bank, formulas=formulas)


@pytest.mark.parametrize("paper", [True, False])
def test_a_count_takes_the_most_important_formulas_first(bank: Bank, paper: bool) -> None:
    # the bank's last formulas asked by cloze twice or more, drawn last by order
    asked = Counter(q.formula_id for q in bank.questions if q.type is QuestionType.CLOZE)
    heavy = {f.id for f in [f for f in bank.formulas if asked[f.id] >= 2][-4:]}
    weighted = _weighted(bank, heavy)
    cloze = {QuestionType.CLOZE: 4}  # a paper asks a formula at most twice, never leaking
    for seed in range(3):
        chosen = select_questions(weighted, Selection(), cloze, seed=seed, paper=paper)
        assert len(chosen) == 4 and all(q.formula_id in heavy for q in chosen), seed
    light = select_questions(_weighted(bank, set()), Selection(), cloze, seed=0, paper=paper)
    assert not all(q.formula_id in heavy for q in light)  # without weights: a plain draw
