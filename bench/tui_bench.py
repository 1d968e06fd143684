"""Workspace speed: launch-to-first-card and key-to-next-card, against an empty Textual app.

Each measure runs in a fresh interpreter (so imports count, as they do for a learner)
and is printed with its ratio to the empty app measured in the same run.

    python bench/tui_bench.py [BANK] [--runs N] [--cards N]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

EMPTY_APP = """
import time
t0 = time.perf_counter()
import asyncio, json
from textual.app import App
from textual.binding import Binding
from textual.widgets import Static

class Empty(App):
    BINDINGS = [Binding("enter", "next", "next")]
    def compose(self):
        yield Static("0", id="card")
    def action_next(self):
        card = self.query_one("#card")
        card.update(str(int(str(card.render())) + 1))

async def main():
    app = Empty()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        first = time.perf_counter() - t0
        keys = []
        for _ in range(CARDS):
            t = time.perf_counter()
            await pilot.press("enter")
            await pilot.pause()
            keys.append(time.perf_counter() - t)
    print(json.dumps({"first": first, "keys": keys}))
asyncio.run(main())
"""

TRAINER = """
import time
t0 = time.perf_counter()
import asyncio, json
from quiz.tui.app import create_app

async def main():
    app = create_app(BANK, DB, "study")
    async with app.run_test(size=(80, 24)) as pilot:
        while getattr(app.screen, "question", None) is None or not app.screen.query("AnswerInput"):
            await pilot.pause(0.005)
        first = time.perf_counter() - t0
        screen = app.screen
        keys = []
        for _ in range(CARDS):
            await pilot.press("ctrl+r")  # show the answer (self-grade) ...
            await pilot.pause()
            before = screen.question
            t = time.perf_counter()
            await pilot.press("3")  # ... rate Good: recorded, committed, next card shown
            await pilot.pause()
            keys.append(time.perf_counter() - t)
            if screen.question is None or screen.question is before:
                break
    print(json.dumps({"first": first, "keys": keys}))
asyncio.run(main())
"""


def run(code: str, **values: object) -> dict:
    for name, value in values.items():
        code = code.replace(name, repr(value))
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True,
        env={"PYTHONPATH": str(ROOT), "QUIZ_HOME": values.get("HOME", ""), "PATH": ""},
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default_bank = ROOT / "question_banks" / "default.yaml"
    parser.add_argument("bank", nargs="?", default=str(default_bank))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--cards", type=int, default=20)
    args = parser.parse_args()
    firsts: dict[str, list[float]] = {"empty": [], "trainer": []}
    again: dict[str, list[float]] = {"empty": [], "trainer": []}
    keys: dict[str, list[float]] = {"empty": [], "trainer": []}
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory() as home:
            db = str(Path(home) / "db.sqlite3")
            empty = run(EMPTY_APP, CARDS=args.cards, HOME=home)
            trainer = run(TRAINER, CARDS=args.cards, BANK=args.bank, DB=db, HOME=home)
            # A second start: the bank is known to pass the check, the database exists.
            trainer_again = run(TRAINER, CARDS=1, BANK=args.bank, DB=db, HOME=home)
        for name, result in (("empty", empty), ("trainer", trainer)):
            firsts[name].append(result["first"])
            keys[name].extend(result["keys"])
        again["empty"].append(empty["first"])
        again["trainer"].append(trainer_again["first"])
    print(f"bank: {args.bank}   runs: {args.runs}   cards per run: {args.cards}")
    for label, data in (
        ("launch, first time", firsts), ("launch, next times", again), ("key to next card", keys)
    ):
        empty = statistics.median(data["empty"])
        trainer = statistics.median(data["trainer"])
        print(
            f"{label:22} empty app {empty * 1000:8.1f} ms   trainer {trainer * 1000:8.1f} ms"
            f"   ratio {trainer / empty:5.2f}x   (median of {len(data['trainer'])})"
        )


if __name__ == "__main__":
    main()
