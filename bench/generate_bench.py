"""Benchmark of bank generation, saving, checking and loading on a large corpus.

Copies the corpus reports N times under distinct names (so every copy yields its own
formulas and ids), then measures in one run:

- reading + extraction alone (the baseline: what `quiz generate` cannot avoid);
- the whole generation (extraction + ids + questions + boards + balancing);
- writing the bank as YAML, `quiz check` (all invariants) and `load_bank` (structure);
- peak RSS of the process.

Ratios are printed against the extraction baseline measured in the same run.
Run: python bench/generate_bench.py [--copies N]
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

from quiz.core.bank.build import generate_steps
from quiz.core.bank.check import check_text
from quiz.core.bank.io import dump_bank, load_bank
from quiz.core.extract import extract_formulas
from quiz.core.text.corpus import iter_documents

ROOT = Path(__file__).resolve().parent.parent


def build_corpus(target: Path, copies: int) -> int:
    """Copies of the corpus reports; returns the total size in characters."""
    chars = 0
    for copy in range(copies):
        for report in sorted((ROOT / "corpus").glob("*.txt")):
            text = report.read_text(encoding="utf-8")
            (target / f"{copy:03d}_{report.name}").write_text(text, encoding="utf-8")
            chars += len(text)
    return chars


def timed(label: str, func):  # noqa: ANN001, ANN202 (a tiny bench helper)
    start = time.perf_counter()
    result = func()
    elapsed = time.perf_counter() - start
    return result, elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=40)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        chars = build_corpus(corpus, args.copies)
        documents = list(iter_documents([corpus]))

        def extract_only() -> int:
            return sum(len(extract_formulas(d)) for d in documents)

        def generate() -> object:
            *_, last = generate_steps(documents, title="bench")
            return last.bank

        occurrences, t_extract = timed("extract", extract_only)
        bank, t_generate = timed("generate", generate)
        text, t_dump = timed("dump", lambda: dump_bank(bank))
        report, t_check = timed("check", lambda: check_text(text, "bench.yaml"))
        path = Path(tmp) / "bench.yaml"
        path.write_text(text, encoding="utf-8")
        _, t_load = timed("load", lambda: load_bank(path))
        shutil.rmtree(corpus)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    questions = len(bank.questions)
    print(f"corpus: {len(documents)} documents, {chars:,} chars, {occurrences:,} formula occurrences")
    print(f"bank: {len(bank.formulas):,} formulas, {questions:,} questions, "
          f"{len(text.encode('utf-8')) / 1e6:.1f} MB of YAML; check found {len(report.problems)} problems")
    print(f"{'step':<28}{'seconds':>9}{'x extraction':>14}")
    for label, seconds in [("extraction (baseline)", t_extract),
                           ("generate (incl. extraction)", t_generate),
                           ("write YAML", t_dump), ("quiz check", t_check),
                           ("load_bank", t_load)]:
        print(f"{label:<28}{seconds:>9.2f}{seconds / t_extract:>14.2f}")
    print(f"questions per second (generate): {questions / t_generate:,.0f}")
    print(f"peak RSS: {peak_mb:.0f} MB")
    if report.problems:
        sys.exit(1)


if __name__ == "__main__":
    main()
