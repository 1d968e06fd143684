"""Benchmark of the review engine on a large database.

Builds a database of 100,000 questions (in formulas of 6) and 1,000,000 reviews spread
over the past year, then measures:

- opening the store and building today's queue (Store.open + StudySession + the first
  question + the counts), against a bare `sqlite3.connect` + `SELECT count(*)`: with
  the bank built in memory (its questions hashed to see whether the cards need syncing)
  and as the trainer opens it, read from an unchanged file (its stamp compared);
- grading and committing one answer (grade() + StudySession.record()), against a bare
  sqlite INSERT + COMMIT in the same database with the same pragmas;
- database bytes per review (the growth of the file from the reviews alone);
- one answer as the study screen gives it: grade, record, the next card and the counts;
- for scale only: `stats()` and `wrong_book()` on that database;
- the overdue case: 70,000 cards made due in the past (a learner back after weeks away),
  then the open + queue and the answer + next card again;
- opening a bank of 100,000 questions (`load_workspace`, as the trainer does: settings,
  read, check, database) the first time and the next time, each in a fresh process with
  its CPU time and peak RSS, against `json.load` of the same data (bank_load.py).

Run: python bench/queue_bench.py [--questions N] [--reviews N] [--overdue N]
                                 [--bank-questions N] [--keep PATH]
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

from quiz.core.clock import Clock, to_us
from quiz.core.model import Bank, Question, QuestionType
from quiz.core.review.db import Store
from quiz.core.review.grading import grade
from quiz.core.review.scheduling import card_id_for
from quiz.core.review.session import StudySession
from quiz.core.review.settings import Settings

NOW = datetime(2026, 3, 2, 10, 0, tzinfo=UTC).astimezone()
ANSWERS_TIMED = 100  # answers timed per case (each: grade, record, next card, counts)
ANSWERS = ["民富区强", "改革创新", "宜居宜业", "绿色美丽", "法治和谐", "科创", "智造", "需求收缩"]


def make_bank(questions: int) -> Bank:
    items = []
    for i in range(questions):
        formula = f"doc{i // 600:03d}/formula{i // 6:05d}"
        items.append(Question(
            id=f"{formula}/cloze/item-{i % 6}", type=QuestionType.CLOZE,
            formula_ids=(formula,), prompt="打造____“五张名片”", answers=(ANSWERS[i % 8],),
        ))
    return Bank(title="基准题库", formulas=(), questions=tuple(items))


def build(path: Path, bank: Bank, reviews: int, rng: random.Random) -> tuple[int, int]:
    """Fill the database; returns (file size before reviews, after reviews)."""
    with Store.open(path) as store:
        store.sync_bank(bank)
    conn = sqlite3.connect(path, isolation_level=None)
    studied = [q.id for q in bank.questions[: int(len(bank.questions) * 0.6)]]
    now_us = to_us(NOW)
    day = 86_400 * 1_000_000
    conn.execute("BEGIN")
    conn.executemany(
        "UPDATE cards SET state = 2, stability = ?, difficulty = ?, due = ?, last_review = ?,"
        " introduced = ?, reps = ? WHERE question_id = ?",
        (
            (rng.uniform(1, 120), rng.uniform(1, 10), now_us + rng.randint(-3, 90) * day,
             now_us - rng.randint(1, 30) * day, now_us - rng.randint(30, 365) * day,
             rng.randint(1, 30), qid)
            for qid in studied
        ),
    )
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = path.stat().st_size
    card_ids = [card_id_for(qid) for qid in studied]
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO reviews (card_id, at, rating, correct, prior_state, duration_ms, answer,"
        " session_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            (rng.choice(card_ids), now_us - rng.randint(60, 365 * 86_400) * 1_000_000,
             rating, int(rating > 1), 2, rng.randint(1500, 30000), ANSWERS[n % 8], 1 + n // 50)
            for n in range(reviews)
            for rating in (rng.choice((1, 2, 3, 3, 3, 3, 4)),)
        ),
    )
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return before, path.stat().st_size


def make_overdue(path: Path, bank: Bank, overdue: int, rng: random.Random, now: datetime) -> None:
    """Make `overdue` cards studied and due 1-40 days before `now`."""
    now_us = to_us(now)
    day = 86_400 * 1_000_000
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    conn.executemany(
        "UPDATE cards SET state = 2, stability = ?, difficulty = ?, due = ?, last_review = ?,"
        " introduced = ?, reps = ? WHERE question_id = ?",
        (
            (rng.uniform(1, 60), rng.uniform(1, 10), now_us - rng.randint(1, 40) * day,
             now_us - rng.randint(41, 90) * day, now_us - rng.randint(91, 365) * day,
             rng.randint(1, 30), q.id)
            for q in bank.questions[:overdue]
        ),
    )
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def timed(fn, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def queue_and_answers(path: Path, bank: Bank, settings: Settings, now: datetime = NOW
                      ) -> tuple[tuple[float, float], list[float], list[float]]:
    """Median open + queue (bank in memory, bank from a file); per answer: grade + record,
    and grade + record + next card + counts."""
    # What open_checked_bank gives for a file unchanged since the last sync (bank/cache.py)
    from_file = replace(bank, file_stamp='[1, "bench", "/banks/bench.yaml", 1, 1]')

    def open_and_queue(opened: Bank = bank) -> None:
        with Store.open(path) as store:
            session = StudySession(store, opened, settings, now=lambda: now, fuzz=False)
            assert session.next_question() is not None
            session.counts()

    open_and_queue()  # the first open after a change registers the bank or warms the cache
    queue = statistics.median(timed(open_and_queue, 7))
    open_and_queue(from_file)  # the stamp is stored
    queue_file = statistics.median(timed(lambda: open_and_queue(from_file), 7))
    open_and_queue()  # the sync of the bank in memory forgets the stamp again
    with Store.open(path) as store:
        session = StudySession(store, bank, settings, now=lambda: now, fuzz=False)
        first = session.next_question()
        assert first is not None
        grade(first, ["mfqq"])  # loads pypinyin and zhconv once, as the first answer of a day does
        clock = [now]
        session.clock = Clock(lambda: clock[0])  # learning cards come due as time goes on
        answers, turns = [], []
        question = session.next_question(extra=True)
        for n in range(ANSWERS_TIMED):
            assert question is not None
            typed = ["mfqq" if n % 3 else question.answers[0]]
            t0 = time.perf_counter()
            result = grade(question, typed, elapsed_s=6.0)
            session.record(question, result.suggested, typed[0], duration_s=6.0)
            t1 = time.perf_counter()
            question = session.next_question(extra=True)
            session.counts()
            turns.append(time.perf_counter() - t0)
            answers.append(t1 - t0)
            clock[0] += timedelta(seconds=20)
    return (queue, queue_file), answers, turns


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=100_000)
    parser.add_argument("--reviews", type=int, default=1_000_000)
    parser.add_argument("--overdue", type=int, default=70_000, help="cards due in the past (0: skip)")
    parser.add_argument("--bank-questions", type=int, default=100_000, help="bank to open (0: skip)")
    parser.add_argument("--keep", type=Path, help="build the database here and keep it")
    args = parser.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="quiz-bench-"))
    try:
        return run(args, workdir)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)  # the database and a bank of ~120 MB


def run(args: argparse.Namespace, workdir: Path) -> int:
    rng = random.Random(20260302)
    path = args.keep or workdir / "bench.sqlite3"
    if path.exists():
        path.unlink()

    start = time.perf_counter()
    bank = make_bank(args.questions)
    before, after = build(path, bank, args.reviews, rng)
    print(f"built {args.questions:,} questions and {args.reviews:,} reviews "
          f"in {time.perf_counter() - start:.1f} s ({after / 1e6:.1f} MB)")
    settings = Settings()

    def baseline_open() -> None:
        conn = sqlite3.connect(path)
        conn.execute("SELECT count(*) FROM reviews").fetchone()
        conn.close()

    base = statistics.median(timed(baseline_open, 7))
    queue, answers, turns = queue_and_answers(path, bank, settings)
    with Store.open(path) as store:
        session = StudySession(store, bank, settings, now=lambda: NOW, fuzz=False)
        stats_times = timed(session.stats, 3)
        book_times = timed(session.wrong_book, 3)
        wrong_entries = len(session.wrong_book())

    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute("CREATE TABLE IF NOT EXISTS bench_scratch (a INTEGER, b TEXT)")

    def baseline_insert() -> None:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO bench_scratch VALUES (1, '民富区强')")
        conn.execute("COMMIT")

    insert = statistics.median(timed(baseline_insert, 300))
    conn.close()
    per_review = (after - before) / args.reviews

    def report(case: str, queues: tuple[float, float], answers: list[float],
               turns: list[float]) -> None:
        answer, turn = statistics.median(answers), statistics.median(turns)
        p95 = sorted(turns)[int(len(turns) * 0.95)]
        for how, queue in zip(("bank in memory", "bank from a file"), queues, strict=True):
            print(f"[{case}] open + today's queue, {how}: {queue * 1000:7.1f} ms (target < 100 ms)"
                  f"  = {queue / base:5.1f} x bare connect + SELECT count(*) ({base * 1000:.1f} ms)")
        print(f"[{case}] grade + commit answer: {answer * 1000:7.2f} ms (target < 5 ms)    "
              f"= {answer / insert:5.1f} x bare INSERT + COMMIT ({insert * 1000:.2f} ms)")
        print(f"[{case}] answer + next card + counts: median {turn * 1000:6.2f} ms, p95 {p95 * 1000:6.2f} ms "
              f"= {turn / insert:5.1f} x bare INSERT + COMMIT")

    report("idle", queue, answers, turns)
    print(f"bytes per review:      {per_review:7.1f} B  (whole file {after / args.reviews:.1f} B "
          "per review, cards included)")
    print(f"stats (heatmap, forecast, retention): {statistics.median(stats_times) * 1000:.0f} ms; "
          f"wrong book ({wrong_entries:,} questions): {statistics.median(book_times) * 1000:.0f} ms "
          "(no target; shown for scale)")
    if args.overdue:
        # The next day, so that the answers above do not count against its review limit.
        later = NOW + timedelta(days=1)
        make_overdue(path, bank, args.overdue, rng, later)
        with Store.open(path) as store:
            counts = StudySession(store, bank, settings, now=lambda: later, fuzz=False).counts()
        print(f"overdue case, the next day: {args.overdue:,} cards due in the past; {counts}")
        report("overdue", *queue_and_answers(path, bank, settings, later))
    if args.bank_questions:
        from bank_load import bank_load_report

        bank_load_report(args.bank_questions, workdir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
