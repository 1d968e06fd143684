"""Workspace speed on a real pseudo-terminal: launch -> first card, key -> next card drawn.

`python -m quiz study BANK` and, as the baseline of the same run, an empty Textual app
(a header, one counter, a footer; Enter counts up) run on a pty of a fixed size with
TERM=xterm-256color. The bench writes keys to the pty and feeds every byte the app writes
to a `pyte` screen. A step ends when the expected screen is up and nothing more has been
written for `--quiet` ms; the step's time is the first moment the screen (all but the
footer line) was what it ended as ("drawn"), and the last byte ("settled", footer
included). So only frames a terminal really received are counted, with no test pilot.

Cards are answered the way a learner does (see docs/trainer.md): single choice and
true/false by a letter, multiple choice and matching by a letter and Enter, ordering by
Enter, each then Enter for the next card; 填空 by Ctrl+R (show the answer), then `3`.
The timed key is the one that brings the next card. If the session ends before, `m`
(study more) goes on. The bank is the default one copied (bank_load.py) to 2,000
questions, each formula's questions rotated so that the cards that come first are of
every type; it lives in a temporary QUIZ_HOME with high daily limits, so the learner's
own data is not touched. Launches open the default bank itself (copied there too): the
first launch checks it and creates the database, the next ones find both. Modules are
compiled once, before anything is measured, into the temporary home (as an installed
package has them compiled), even where PYTHONDONTWRITEBYTECODE is set; `--no-bytecode`
keeps that setting, so every launch compiles the modules it imports.

    python bench/tui_bench.py [--questions 2000] [--cards 200] [--launches 3] [--quiet 100] [--no-bytecode]
"""

from __future__ import annotations

import argparse
import fcntl
import os
import pty
import re
import select
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
from collections.abc import Callable
from pathlib import Path
from time import perf_counter

import pyte
from bank_load import copied_bank, write_bank

from quiz.core.bank.check import check_file
from quiz.core.questions.wording import attribution

ROOT = Path(__file__).resolve().parent.parent
COLS, ROWS = 100, 32
TYPE_NAMES = ("填空题", "单项选择题", "多项选择题", "判断题", "连线题", "排序题")
FEEDBACK_MARK = "正确答案"  # the first label of the panel shown after an answer
DONE_MARK = "本次学习完成"  # the summary at the end of a session
TYPE_KEYS = ("cloze", "single_choice", "multiple_choice", "true_false", "matching", "ordering")

EMPTY_APP = """
from textual.app import App
from textual.binding import Binding
from textual.widgets import Footer, Header, Static

class Empty(App):
    BINDINGS = [Binding("enter", "next", "下一题")]
    count = 0
    def compose(self):
        yield Header()
        yield Static("卡片 0", id="card")
        yield Footer()
    def action_next(self):
        self.count += 1
        self.query_one("#card", Static).update(f"卡片 {self.count}")

Empty().run()
"""

Lines = tuple[str, ...]
Ready = Callable[[Lines], bool]


class BenchError(RuntimeError):
    """The app did not show what was expected in time."""


class Terminal:
    """A child process on a pseudo-terminal, its output fed to a pyte screen."""

    def __init__(self, argv: list[str], env: dict[str, str]) -> None:
        master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
        self.screen = pyte.Screen(COLS, ROWS)
        self.stream = pyte.ByteStream(self.screen)
        self.frames: list[tuple[float, Lines]] = []
        self.fd = master
        self.started = perf_counter()
        # Textual draws on stderr; a traceback lands on the screen, shown when a step fails.
        self.proc = subprocess.Popen(
            argv, stdin=slave, stdout=slave, stderr=slave, env=env, cwd=ROOT,
            start_new_session=True, close_fds=True,
        )
        os.close(slave)

    def lines(self) -> Lines:
        # Not `screen.display`: it fails on the empty right half of a wide character that a
        # later write cut in two. Each cell's text, the empty halves adding nothing.
        buffer, columns = self.screen.buffer, self.screen.columns
        return tuple("".join(buffer[y][x].data for x in range(columns)) for y in range(self.screen.lines))

    def press(self, keys: str) -> float:
        self.frames = []
        now = perf_counter()
        os.write(self.fd, keys.encode())
        return now

    def wait(self, since: float, ready: Ready, quiet: float, timeout: float) -> tuple[float, float]:
        """Read until `ready` holds and nothing is written for `quiet` s: (drawn, settled) after `since`."""
        deadline = since + timeout
        while True:
            left = deadline - perf_counter()
            if left <= 0 or self.proc.poll() is not None:
                screen = "\n".join(line.rstrip() for line in self.lines())
                raise BenchError(f"no expected screen after {timeout:.0f} s; the screen was:\n{screen}")
            readable, _, _ = select.select([self.fd], [], [], min(quiet, left))
            if readable:
                try:
                    data = os.read(self.fd, 65536)
                except OSError:  # the child closed the terminal
                    data = b""
                if data:
                    self.stream.feed(data)
                    self.frames.append((perf_counter(), self.lines()))
                continue
            if self.frames and ready(self.lines()):
                break
        final = self.lines()[:-1]
        drawn = next(t for t, lines in self.frames if lines[:-1] == final)
        return drawn - since, self.frames[-1][0] - since

    def close(self) -> None:
        if self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(timeout=5)
        os.close(self.fd)


def card_type(lines: Lines) -> str | None:
    return next((line.strip() for line in lines if line.strip() in TYPE_NAMES), None)


def card_shown(before: Lines | None) -> Ready:
    """A card (not the feedback panel) is on the screen, and it differs from `before`."""

    def ready(lines: Lines) -> bool:
        text = "\n".join(lines)
        return card_type(lines) is not None and FEEDBACK_MARK not in text and lines[:-1] != before

    return ready


def feedback_shown(lines: Lines) -> bool:
    return FEEDBACK_MARK in "\n".join(lines)


def any_output(lines: Lines) -> bool:
    return True


# Keys that answer each type (the last one submits), then the key that brings the next card.
ANSWER_KEYS = {
    "填空题": (["\x12"], "3"),  # Ctrl+R shows the answer; 3 rates Good and goes on
    "单项选择题": (["a"], "\r"),
    "判断题": (["a"], "\r"),
    "多项选择题": (["a", "\r"], "\r"),
    "连线题": (["a", "\r"], "\r"),
    "排序题": (["\r"], "\r"),
}


COPY_TAG = re.compile(r"\(第\d+份\)…?")  # what copied_bank puts before each copy's prompts
FAULTY = re.compile(r"question (\S+):")


def attribution_first(data: dict) -> None:
    """Put a copy's tag after a stem's `据…，` opening, where the check expects the opening,
    and in full-width brackets, as the check wants them next to Chinese text."""
    sources = {f["id"]: f.get("source") or "" for f in data["formulas"]}
    for question in data["questions"]:
        prompt, tag = question["prompt"], COPY_TAG.match(question["prompt"])
        if not tag:
            continue
        moved = tag.group().replace("(", "（").replace(")", "）")
        rest = prompt[tag.end():]
        opening = attribution(question.get("source") or sources.get(question["formulas"][0], ""))
        if opening and rest.startswith(opening):
            question["prompt"] = opening + moved + rest[len(opening):]
        else:
            question["prompt"] = moved + rest


def checked_copy(questions: int, path: Path) -> dict:
    """`copied_bank` less the questions its tags break (a cloze stem cut from mid-sentence)."""
    data = copied_bank(questions + questions // 5)
    attribution_first(data)
    write_bank(data, path)
    faulty = {m.group(1) for p in check_file(path).problems if (m := FAULTY.search(p.message))}
    data["questions"] = [q for q in data["questions"] if q["id"] not in faulty][:questions]
    return data


def mixed_bank(questions: int, path: Path) -> None:
    """The default bank copied, each formula's questions rotated to start with another type."""
    data = checked_copy(questions, path)
    groups: dict[str, list[dict]] = {}
    for question in data["questions"]:
        groups.setdefault(question["formulas"][0], []).append(question)
    ordered = []
    for index, group in enumerate(groups.values()):
        wanted = TYPE_KEYS[index % len(TYPE_KEYS)]
        first = next((q for q in group if q["type"] == wanted), group[0])
        ordered += [first] + [q for q in group if q is not first]
    data["questions"] = ordered
    write_bank(data, path)


class Run:
    """One bench run: a temporary home, the bank, the environment of every child."""

    def __init__(self, home: Path, questions: int, quiet: float, timeout: float, bytecode: bool) -> None:
        self.home, self.quiet, self.timeout = home, quiet, timeout
        self.retries = 0
        self.bank = home / "bank.yaml"
        mixed_bank(questions, self.bank)
        self.default_bank = home / "default.yaml"
        shutil.copyfile(ROOT / "question_banks" / "default.yaml", self.default_bank)
        (home / "config").mkdir()
        (home / "config" / "settings.yaml").write_text("new_per_day: 5000\nreviews_per_day: 5000\n")
        (home / "empty_app.py").write_text(EMPTY_APP)
        self.env = {
            **os.environ, "PYTHONPATH": str(ROOT), "QUIZ_HOME": str(home),
            "TERM": "xterm-256color", "LANG": "C.UTF-8", "COLUMNS": str(COLS), "LINES": str(ROWS),
        }
        if bytecode:
            # As an installed package runs: its modules compiled once, not on every launch
            # (PYTHONDONTWRITEBYTECODE would make each launch compile the trainer's ~100
            # modules again, 100-150 ms the empty app, all of it in installed packages,
            # never pays). The compiled files go to the temporary home, not the checkout.
            self.env.pop("PYTHONDONTWRITEBYTECODE", None)
            self.env["PYTHONPYCACHEPREFIX"] = str(home / "pycache")

    def start(self, trainer: bool, bank: Path | None = None) -> tuple[Terminal, float]:
        argv = [sys.executable, "-m", "quiz", "study", str(bank or self.bank)] if trainer else [
            sys.executable, str(self.home / "empty_app.py")]
        term = Terminal(argv, self.env)
        ready = card_shown(None) if trainer else (lambda lines: any("卡片 0" in line for line in lines))
        try:
            drawn, _ = term.wait(term.started, ready, self.quiet, self.timeout * 4)
        except BaseException:
            term.close()
            raise
        return term, drawn

    def warm_up(self) -> None:
        """Launch each app once, unmeasured, in a home of its own: what they import is then
        compiled (see `bytecode`), and the measured first launch still finds no database."""
        warm = self.home / "warm-up"
        (warm / "config").mkdir(parents=True)
        shutil.copyfile(self.home / "config" / "settings.yaml", warm / "config" / "settings.yaml")
        env, self.env = self.env, {**self.env, "QUIZ_HOME": str(warm)}
        try:
            for trainer in (False, True):
                self.launch(trainer)
        finally:
            self.env = env

    def launch(self, trainer: bool) -> float:
        term, drawn = self.start(trainer, self.default_bank)
        term.close()
        return drawn

    def empty_keys(self, count: int) -> tuple[float, list[tuple[float, float]]]:
        term, first = self.start(False)
        try:
            times = []
            for n in range(1, count + 1):
                t = term.press("\r")
                label = f"卡片 {n}"
                times.append(term.wait(t, lambda lines, label=label: any(label in line for line in lines),
                                       self.quiet, self.timeout))
        finally:
            term.close()
        return first, times

    def answer(self, term: Terminal, keys: list[str]) -> None:
        """Answer the card on show; keys sent before the card took focus are lost, so retry."""
        for attempt in range(4):
            try:
                for key in keys[:-1]:
                    term.wait(term.press(key), any_output, self.quiet, 3)
                term.wait(term.press(keys[-1]), feedback_shown, self.quiet, 3 if attempt < 3 else self.timeout)
                return
            except BenchError:
                if attempt == 3:
                    raise
                self.retries += 1

    def trainer_cards(self, count: int) -> tuple[float, list[tuple[str, float, float]]]:
        term, first = self.start(True)
        try:
            times = []
            for _ in range(count):
                if DONE_MARK in "\n".join(term.lines()):
                    term.wait(term.press("m"), card_shown(None), self.quiet, self.timeout)
                kind = card_type(term.lines())
                assert kind is not None
                answer, go_on = ANSWER_KEYS[kind]
                self.answer(term, answer)
                before = term.lines()[:-1]
                t = term.press(go_on)
                times.append((kind, *term.wait(t, card_shown(before), self.quiet, self.timeout)))
        finally:
            term.close()
        return first, times


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def summary(values: list[float]) -> str:
    return (f"p50 {pct(values, .5) * 1000:7.1f}  p95 {pct(values, .95) * 1000:7.1f}  "
            f"max {max(values) * 1000:7.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=2000, help="questions in the bench bank")
    parser.add_argument("--cards", type=int, default=200, help="cards answered (and Enter presses on the empty app)")
    parser.add_argument("--launches", type=int, default=3, help="further launches of each app, alternating")
    parser.add_argument("--quiet", type=float, default=100, help="ms without output that end a step")
    parser.add_argument("--timeout", type=float, default=15, help="s to wait for one step")
    parser.add_argument("--no-bytecode", action="store_true",
                        help="keep PYTHONDONTWRITEBYTECODE if set: every launch compiles the trainer's modules")
    args = parser.parse_args()
    started = perf_counter()
    with tempfile.TemporaryDirectory(prefix="quiz-tui-bench-") as tmp:
        run = Run(Path(tmp), args.questions, args.quiet / 1000, args.timeout, not args.no_bytecode)
        if not args.no_bytecode:
            run.warm_up()
        empty_first, empty_keys = run.empty_keys(args.cards)
        trainer_first, cards = run.trainer_cards(args.cards)
        launches: dict[bool, list[float]] = {False: [empty_first], True: []}
        default_first = run.launch(True)
        for _ in range(max(1, args.launches)):
            launches[False].append(run.launch(False))
            launches[True].append(run.launch(True))
    kinds = sorted({kind for kind, _, _ in cards}, key=TYPE_NAMES.index)
    print(f"bank: {args.questions} questions   pty {COLS}x{ROWS}   quiet {args.quiet:.0f} ms   "
          f"{len(cards)} cards: " + ", ".join(f"{k} {sum(c[0] == k for c in cards)}" for k in kinds)
          + ("   (modules compiled each launch)" if args.no_bytecode else ""))
    empty_launch = statistics.median(launches[False])
    next_launch = statistics.median(launches[True])
    print(f"launch -> first card, empty app: {empty_launch * 1000:6.0f} ms (median of {len(launches[False])})")
    for label, value in (("default bank, first time (check, new database)", default_first),
                         (f"default bank, next times (median of {len(launches[True])})", next_launch),
                         (f"{args.questions}-question bank, first time", trainer_first)):
        print(f"launch -> first card, {label:48} {value * 1000:6.0f} ms  ratio {value / empty_launch:4.2f}x"
              "   (target <= 1.5x)")
    for index, label in ((1, "drawn"), (2, "settled")):
        trainer = [c[index] for c in cards]
        empty = [k[index - 1] for k in empty_keys]
        print(f"key -> next card {label:7}  trainer  {summary(trainer)}")
        print(f"key -> next card {label:7}  empty    {summary(empty)}")
        print(f"{'':25}ratio    p50 {pct(trainer, .5) / pct(empty, .5):5.1f}x  "
              f"p95 {pct(trainer, .95) / pct(empty, .95):5.1f}x" + ("   (target p95 < 30 ms)" if index == 1 else ""))
    for kind in kinds:
        drawn = [c[1] for c in cards if c[0] == kind]
        print(f"  drawn, after {kind:6} ({len(drawn):3}): {summary(drawn)}")
    print(f"answers sent again (keys lost before the card took focus): {run.retries}; "
          f"bench wall time {perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
