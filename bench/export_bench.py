"""Export speed: every format on the default bank, as ratios to the .docx export.

Each repetition exports the whole default bank (524 questions, paper formats with the key
appended) once in every format, in an order that rotates between repetitions so that no
format always runs first or last; the times are CPU time of this process
(`time.process_time`), which other work on the machine disturbs less than wall time.
Prints the median per format and its ratio to the median .docx time of the same run.

    python bench/export_bench.py [--repeat 5] [--bank question_banks/default.yaml]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quiz.core.bank.io import load_bank  # noqa: E402
from quiz.core.export import (  # noqa: E402
    FORMATS,
    AnswerMode,
    ExportOptions,
    Selection,
    run_export,
)


def export_once(bank, name: str, directory: Path) -> float:
    """CPU seconds for one export of the bank in the format `name`."""
    fmt = FORMATS[name]
    options = ExportOptions(answers=AnswerMode.APPENDED) if fmt.is_paper else ExportOptions()
    target = directory / f"bench{fmt.suffix}"
    start = time.process_time()
    run_export(bank, name, target, Selection(), options)
    return time.process_time() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--bank", type=Path, default=ROOT / "question_banks" / "default.yaml")
    args = parser.parse_args()
    bank = load_bank(args.bank)
    names = list(FORMATS)
    times: dict[str, list[float]] = {name: [] for name in names}
    with tempfile.TemporaryDirectory() as tmp:
        directory = Path(tmp)
        for name in names:  # warm-up: imports, font discovery, first-use caches
            export_once(bank, name, directory)
        for rep in range(args.repeat):
            shift = rep % len(names)
            for name in names[shift:] + names[:shift]:
                times[name].append(export_once(bank, name, directory))
    docx = statistics.median(times["docx"])
    print(f"bank: {args.bank} ({len(bank.questions)} questions), {args.repeat} repetitions, "
          "CPU time, median")
    print(f"{'format':<11} {'median s':>9} {'min-max s':>13} {'x docx':>7}")
    for name in names:
        median = statistics.median(times[name])
        spread = f"{min(times[name]):.2f}-{max(times[name]):.2f}"
        print(f"{name:<11} {median:>9.3f} {spread:>13} {median / docx:>7.2f}")


if __name__ == "__main__":
    main()
