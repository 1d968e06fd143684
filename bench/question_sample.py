"""A blind sample of a bank's questions, stratified by type, for judging by hand.

Draws `--size` questions (100 by default) with a seeded generator: each type gets a share
in proportion to its count in the bank (largest remainders), at least `--min-per-type`
where the bank has that many, so that rare types are judged too. Prints each question as
a paper shows it (stem, lettered options, key) with the formula it was made from, so a
judge can mark it printable as is, wrong key, giveaway or needs rewrite
(docs/question-quality.md).

Run: python bench/question_sample.py [BANK] [--size 100] [--seed 12] [--min-per-type 5]
"""

from __future__ import annotations

import argparse
import random
from collections import defaultdict
from pathlib import Path

from quiz.core.bank.io import load_bank
from quiz.core.export.answers import answer_text
from quiz.core.model import LETTERS, Bank, Question, QuestionType

DEFAULT_BANK = Path(__file__).resolve().parents[1] / "question_banks" / "default.yaml"


def shares(counts: dict[QuestionType, int], size: int, floor: int) -> dict[QuestionType, int]:
    """How many questions of each type to draw: proportional, with a floor per type."""
    total = sum(counts.values())
    size = min(size, total)
    base = {t: min(counts[t], floor) for t in counts}
    left = size - sum(base.values())
    room = {t: counts[t] - base[t] for t in counts}
    spare = sum(room.values())
    exact = {t: left * room[t] / spare if spare else 0 for t in counts}
    result = {t: base[t] + int(exact[t]) for t in counts}
    order = sorted(counts, key=lambda t: exact[t] - int(exact[t]), reverse=True)
    for t in order[: size - sum(result.values())]:
        result[t] += 1
    return result


def sample(bank: Bank, size: int, seed: int, floor: int) -> list[Question]:
    """The stratified sample, in a shuffled order (types mixed, as a judge reads them)."""
    by_type: dict[QuestionType, list[Question]] = defaultdict(list)
    for question in bank.questions:
        by_type[question.type].append(question)
    rng = random.Random(seed)
    drawn: list[Question] = []
    for qtype, count in shares({t: len(qs) for t, qs in by_type.items()}, size, floor).items():
        drawn.extend(rng.sample(by_type[qtype], count))
    rng.shuffle(drawn)
    return drawn


def render(number: int, question: Question, bank: Bank) -> str:
    lines = [f"[{number}] {question.type.value}/{question.variant}  {question.id}",
             f"    {question.prompt}"]
    if question.type is QuestionType.MATCHING:
        lines += [f"    {i + 1}. {left}" for i, (left, _) in enumerate(question.pairs)]
    lines += [f"    {LETTERS[i]}. {option}" for i, option in enumerate(question.options)]
    lines.append(f"    key: {answer_text(question)}")
    for fid in question.formula_ids:
        formula = bank.formula(fid)
        if formula is not None:
            lines.append(f"    formula: {formula.label} = {'、'.join(formula.items)}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("bank", nargs="?", type=Path, default=DEFAULT_BANK)
    parser.add_argument("--size", type=int, default=100)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--min-per-type", type=int, default=5)
    args = parser.parse_args()
    bank = load_bank(args.bank)
    drawn = sample(bank, args.size, args.seed, args.min_per_type)
    counts: dict[str, int] = defaultdict(int)
    for question in drawn:
        counts[question.type.value] += 1
    print(f"{args.bank}: {len(drawn)} of {len(bank.questions)} questions, seed {args.seed}, "
          + ", ".join(f"{t} {n}" for t, n in sorted(counts.items())))
    for number, question in enumerate(drawn, 1):
        print(render(number, question, bank))


if __name__ == "__main__":
    main()
