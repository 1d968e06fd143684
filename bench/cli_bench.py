"""Start-up cost of the command line: `quiz --help` against `python -c pass`.

Both run as fresh processes, interleaved (so load on the machine falls on both sides
alike), each timed in wall time and in CPU time (the child's user + system time). Prints
the medians and their ratios, and the modules `quiz.cli` imports (`-X importtime`).

Run: python bench/cli_bench.py [--repeat 15]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIDES = {"python -c pass": ["-c", "pass"], "quiz --help": ["-m", "quiz", "--help"]}


def run_once(args: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of one fresh process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, *args], cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)},
                   stdout=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def imported_by_cli() -> tuple[int, float]:
    """The modules `import quiz.cli` adds to a bare interpreter, and its cumulative import
    time as `-X importtime` reports it."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    code = "import sys; before = set(sys.modules); import quiz.cli; print(len(set(sys.modules) - before))"
    added = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True,
                           text=True, check=True)
    timed = subprocess.run([sys.executable, "-X", "importtime", "-c", "import quiz.cli"], cwd=ROOT,
                           env=env, capture_output=True, text=True, check=True)
    rows = [line.split("|") for line in timed.stderr.splitlines() if line.startswith("import time:")]
    top = [int(r[1]) for r in rows if r[2].strip() == "quiz.cli"]
    return int(added.stdout), top[0] / 1e6 if top else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in SIDES}
    for _ in range(args.repeat):
        for name, argv in SIDES.items():
            times[name].append(run_once(argv))
    base_wall = statistics.median(w for w, _ in times["python -c pass"])
    base_cpu = statistics.median(c for _, c in times["python -c pass"])
    for name, runs in times.items():
        wall, cpu = statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs)
        print(f"{name:16} wall {wall * 1000:6.0f} ms ({wall / base_wall:4.2f} x)   "
              f"CPU {cpu * 1000:6.0f} ms ({cpu / base_cpu:4.2f} x)")
    modules, seconds = imported_by_cli()
    print(f"import quiz.cli: {modules} modules added, {seconds * 1000:.0f} ms cumulative "
          "(-X importtime)")


if __name__ == "__main__":
    main()
