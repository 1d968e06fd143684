"""Cost of `quiz generate` against corpus size, with the fitted exponent.

For each size (MB of UTF-8 text) the bench writes a corpus of varied reports: the corpus
reports and the development texts (`../shared/dev/texts`, when present; copied into a
temporary directory first) are cut into paragraphs and sentences, and each synthetic
report takes the paragraphs of one source text in a shuffled order, with the sentences of
each paragraph shuffled and a third of its paragraphs drawn from other texts. So no two
reports are copies, while the sentences keep the formulas a real report holds.

Each size then runs in a fresh process (its own peak RSS), timed in CPU seconds of that
process: reading + extraction (the part `quiz generate` cannot avoid, the baseline),
building the bank from the formulas found (ids, questions, boards, balancing), writing the
YAML, `quiz check` (all invariants) and `load_bank`. The exponent is the slope of
log(CPU s) against log(MB), fitted by least squares; 1.0 is linear.

Run: python bench/generate_bench.py [--sizes 1,5,25] [--seed N]   (the issue's table: --sizes 1,5,25,50)
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV_TEXTS = ROOT.parent / "shared" / "dev" / "texts"
REPORT_BYTES = 90_000  # about the size of a long report
SENTENCE_END = re.compile(r"(?<=[。！？；])")

CHILD = """
import json, resource, sys, time
from pathlib import Path
from quiz.core.bank.build import generate_steps
from quiz.core.bank.check import check_text
from quiz.core.bank.io import dump_bank, load_bank
from quiz.core.text.corpus import iter_documents

corpus, out = Path(sys.argv[1]), Path(sys.argv[2])
cpu = time.process_time
t0 = cpu()
documents = list(iter_documents([corpus]))
bank, t1 = None, None
for step in generate_steps(documents, title="bench"):
    # A step is yielded as each document's extraction ends; the last one carries the bank.
    if step.bank is not None:
        bank = step.bank
    elif step.done == len(documents):
        t1 = cpu()
t5 = cpu()
text = dump_bank(bank)
t6 = cpu()
report = check_text(text, "bench.yaml")
t7 = cpu()
out.write_text(text, encoding="utf-8")
t8 = cpu()
load_bank(out)
t9 = cpu()
print(json.dumps({
    "documents": len(documents), "chars": sum(len(d.text) for d in documents),
    "formulas": len(bank.formulas), "questions": len(bank.questions), "problems": len(report.problems),
    "yaml_mb": len(text.encode()) / 1e6, "generate": t5 - t0, "extract": t1 - t0, "build": t5 - t1,
    "write": t6 - t5, "check": t7 - t6, "load": t9 - t8,
    "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
}))
"""


def source_paragraphs(texts: Path) -> list[list[str]]:
    """Each source text as its paragraphs (blank-line or line separated), short lines dropped."""
    sources = []
    for path in sorted(texts.glob("*.txt")):
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
        paragraphs = [line for line in lines if len(line) >= 20]
        if paragraphs:
            sources.append(paragraphs)
    return sources


def shuffled_paragraph(paragraph: str, rng: random.Random) -> str:
    sentences = [s for s in SENTENCE_END.split(paragraph) if s]
    rng.shuffle(sentences)
    return "".join(sentences)


def write_corpus(target: Path, megabytes: float, sources: list[list[str]], rng: random.Random) -> int:
    """Synthetic reports in `target` adding up to `megabytes`; returns their bytes."""
    total, number = 0, 0
    while total < megabytes * 1e6:
        own = rng.choice(sources)
        paragraphs = []
        while sum(len(p) * 3 for p in paragraphs) < REPORT_BYTES:
            pool = own if rng.random() > 1 / 3 else rng.choice(sources)
            paragraphs.append(shuffled_paragraph(rng.choice(pool), rng))
        text = f"第{number + 1}号报告\n\n" + "\n\n".join(paragraphs) + "\n"
        (target / f"r{number:05d}.txt").write_text(text, encoding="utf-8")
        total += len(text.encode("utf-8"))
        number += 1
    return total


def slope(sizes: list[float], values: list[float]) -> float:
    xs, ys = [math.log(s) for s in sizes], [math.log(max(v, 1e-6)) for v in values]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,5,25", help="corpus sizes in MB, comma separated")
    parser.add_argument("--seed", type=int, default=20260302)
    args = parser.parse_args()
    sizes = [float(s) for s in args.sizes.split(",")]
    rng = random.Random(args.seed)
    results = []
    with tempfile.TemporaryDirectory(prefix="quiz-generate-bench-") as tmp:
        texts = Path(tmp) / "texts"
        texts.mkdir()
        for folder in (ROOT / "corpus", DEV_TEXTS):
            for path in folder.glob("*.txt") if folder.is_dir() else ():
                shutil.copy(path, texts / f"{folder.name}_{path.name}")
        sources = source_paragraphs(texts)
        print(f"sources: {len(sources)} texts ({sum(len(''.join(p)) for p in sources):,} chars) "
              f"from corpus/ and {DEV_TEXTS if DEV_TEXTS.is_dir() else '(no dev texts)'}")
        for size in sizes:
            corpus = Path(tmp) / f"corpus-{size:g}"
            corpus.mkdir()
            written = write_corpus(corpus, size, sources, rng)
            env = {**os.environ, "PYTHONPATH": str(ROOT)}
            done = subprocess.run([sys.executable, "-c", CHILD, str(corpus), str(Path(tmp) / "bank.yaml")],
                                  env=env, capture_output=True, text=True, timeout=3600, check=False)
            if done.returncode:
                sys.exit(f"generation failed at {size:g} MB:\n{done.stderr[-3000:]}")
            result = json.loads(done.stdout.strip().splitlines()[-1]) | {"mb": written / 1e6}
            results.append(result)
            shutil.rmtree(corpus)
            print(f"{result['mb']:6.1f} MB  {result['documents']:5} reports  {result['chars']:>11,} chars  "
                  f"{result['formulas']:>7,} formulas  {result['questions']:>7,} questions  "
                  f"{result['yaml_mb']:6.1f} MB YAML  check: {result['problems']} problems", flush=True)
    print(f"\n{'CPU s':<30}" + "".join(f"{r['mb']:>9.1f} MB" for r in results) + "   exponent")
    mbs = [r["mb"] for r in results]
    for key, label in (("extract", "reading + extraction (base)"), ("build", "build the bank"),
                       ("generate", "quiz generate (both)"), ("write", "write YAML"),
                       ("check", "quiz check"), ("load", "load_bank")):
        values = [r[key] for r in results]
        fitted = f"{slope(mbs, values):9.2f}" if len(results) > 1 else ""
        print(f"{label:<30}" + "".join(f"{v:>12.2f}" for v in values) + fitted)
    print(f"{'generate / extraction':<30}" + "".join(f"{r['generate'] / r['extract']:>11.2f}x" for r in results))
    print(f"{'peak RSS, MB':<30}" + "".join(f"{r['rss']:>12.0f}" for r in results))
    if any(r["problems"] for r in results):
        sys.exit("the generated bank failed its check")


if __name__ == "__main__":
    main()
