"""Durability and concurrency across real processes: SIGKILL, and two writers at once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from quiz.core.review.db import Store
from tests.helpers.db import sql_rows, sql_value

WORKER = r'''
import sys
import time
from pathlib import Path

from quiz.core.model import Bank, Question, QuestionType
from quiz.core.review.settings import Settings
from quiz.core.review.db import Store
from quiz.core.review.session import StudySession

db, count, tag = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
questions = tuple(
    Question(id=f"F{i}/q", type=QuestionType.CLOZE, formula_ids=(f"F{i}",),
             prompt="____", answers=("答案",))
    for i in range(40)
)
bank = Bank("并发测试", (), questions)
with Store.open(db) as store:
    session = StudySession(store, bank, Settings())
    print("ready", flush=True)
    go = db.with_name("go")
    while not go.exists():  # start line: both workers begin answering together
        time.sleep(0.005)
    for n in range(count):
        question = session.next_question(extra=True)
        session.record(question, 1 + n % 4, f"{tag}-{n}")
        print(f"{tag}-{n}", flush=True)  # printed only after record() committed
'''


def _start(tmp_path: Path, db: Path, count: int, tag: str) -> subprocess.Popen[str]:
    script = tmp_path / "worker.py"
    if not script.exists():  # written once: rewriting it could race a starting worker
        script.write_text(WORKER, encoding="utf-8")
    return subprocess.Popen(
        [sys.executable, str(script), str(db), str(count), tag],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def _answers(db: Path) -> set[str]:
    with Store.open(db) as store:
        assert store.integrity_ok()
        return {r[0] for r in sql_rows(store, "SELECT answer FROM reviews")}


def test_sigkill_loses_no_committed_answer(tmp_path: Path) -> None:
    db = tmp_path / "reviews.sqlite3"
    worker = _start(tmp_path, db, 1_000_000, "k")
    assert worker.stdout is not None
    assert worker.stdout.readline().strip() == "ready"
    (tmp_path / "go").touch()
    confirmed = []
    while len(confirmed) < 60:
        line = worker.stdout.readline().strip()
        assert line, worker.stderr.read() if worker.stderr else "worker died"
        confirmed.append(line)
    os.kill(worker.pid, signal.SIGKILL)  # mid-stream: it keeps answering until killed
    worker.wait(timeout=30)
    assert worker.returncode == -signal.SIGKILL
    confirmed.extend(line.strip() for line in worker.stdout if line.strip())
    stored = _answers(db)
    assert set(confirmed) <= stored
    assert len(stored) >= len(confirmed)


def test_two_processes_study_one_database_at_once(tmp_path: Path) -> None:
    db = tmp_path / "reviews.sqlite3"
    per_worker = 400
    workers = [_start(tmp_path, db, per_worker, tag) for tag in ("a", "b")]
    try:
        for worker in workers:
            assert worker.stdout is not None and worker.stderr is not None
            if worker.stdout.readline().strip() != "ready":
                raise AssertionError(worker.stderr.read())
        (tmp_path / "go").touch()
        for worker in workers:
            out, err = worker.communicate(timeout=240)
            assert worker.returncode == 0, err
            assert len(out.split()) == per_worker
    finally:  # a worker left waiting for the start line would outlive the test
        for worker in workers:
            if worker.poll() is None:
                worker.kill()
                worker.wait()
    stored = _answers(db)
    expected = {f"{tag}-{n}" for tag in ("a", "b") for n in range(per_worker)}
    assert stored == expected
    with Store.open(db) as store:
        assert sql_value(store, "SELECT count(*) FROM reviews") == 2 * per_worker
        assert sql_value(store, "SELECT count(*) FROM sessions") == 2
        assert sql_value(store, "SELECT sum(answers) FROM sessions") == 2 * per_worker
        assert sql_value(store, "SELECT count(*) FROM cards") == 40
        # each answer updated the card it read inside its own transaction: none was lost
        assert sql_value(store, "SELECT sum(reps) FROM cards") == 2 * per_worker
        tags = [r[0][0] for r in sql_rows(store, "SELECT answer FROM reviews ORDER BY id")]
    switches = sum(1 for x, y in zip(tags, tags[1:], strict=False) if x != y)
    assert switches >= 2, "the two workers did not overlap"
