"""Kill the process at every SQL statement of answering and re-rating: no confirmed answer is lost.

A child process answers, re-rates and answers again; a sqlite trace callback ends it with
`os._exit` just before its Nth statement (BEGIN, each write, COMMIT). The child prints
what it has confirmed (after the call returned, i.e. committed); after each kill the
database must hold every confirmed answer exactly once, with the confirmed rating.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from quiz.core.review.db import Store
from tests.helpers.db import sql_rows

CHILD = r'''
import os
import sys
from pathlib import Path

from quiz.core.model import Bank, Question, QuestionType
from quiz.core.review.answers import Answer, StudyLog
from quiz.core.review.db import Store
from quiz.core.review.session import StudySession
from quiz.core.review.settings import Settings

db, kill_at = Path(sys.argv[1]), int(sys.argv[2])
questions = tuple(
    Question(id=f"F{i}/q", type=QuestionType.CLOZE, formula_ids=(f"F{i}",),
             prompt="____", answers=("答案",))
    for i in range(3)
)
store = Store.open(db)
log = StudyLog(StudySession(store, Bank("kill", (), questions), Settings(), fuzz=False))
count = 0

def trace(statement):
    global count
    count += 1
    if count == kill_at:
        os._exit(9)

store._conn.set_trace_callback(trace)

def say(*words):
    print(*words, flush=True)

log.record(Answer(questions[0], 3, "a0", 1.0, None))
say("answer", questions[0].id, 3)
log.rerate(1)
say("answer", questions[0].id, 1)
log.record(Answer(questions[1], 2, "a1", 1.0, None))
say("answer", questions[1].id, 2)
log.rerate(4)
say("answer", questions[1].id, 4)
log.undo()
say("undone", questions[1].id)
say("done")
'''


def _run(script: Path, db: Path, kill_at: int) -> list[list[str]]:
    result = subprocess.run(
        [sys.executable, str(script), str(db), str(kill_at)],
        capture_output=True, text=True, timeout=30, env=os.environ.copy(),
    )
    assert "Traceback" not in result.stderr, result.stderr
    return [line.split() for line in result.stdout.splitlines()]


def _reviews(db: Path) -> dict[str, list[int]]:
    with Store.open(db) as store:
        assert store.integrity_ok()
        rows = sql_rows(
            store, "SELECT c.question_id, r.rating FROM reviews r JOIN cards c USING (card_id)"
            " ORDER BY r.id")
    found: dict[str, list[int]] = {}
    for row in rows:
        found.setdefault(row[0], []).append(row[1])
    return found


def test_a_kill_at_any_statement_loses_no_confirmed_answer(tmp_path: Path) -> None:
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    kills = 0
    for kill_at in range(1, 400):
        db = tmp_path / f"kill-{kill_at}.sqlite3"
        said = _run(script, db, kill_at)
        if said and said[-1] == ["done"]:
            break
        kills += 1
        confirmed: dict[str, int] = {}
        for line in said:
            if line[0] == "answer":
                confirmed[line[1]] = int(line[2])
            elif line[0] == "undone":
                confirmed.pop(line[1])
        if not db.exists():
            assert not confirmed
            continue
        reviews = _reviews(db)
        for question_id, rating in confirmed.items():
            # exactly one review per answer: a re-rating replaces, never drops or doubles
            assert reviews.get(question_id) == [rating], (kill_at, said, reviews)
        for ratings in reviews.values():
            assert len(ratings) == 1, (kill_at, reviews)
    else:
        raise AssertionError("the child never finished")
    assert kills > 15  # every statement of two answers, two re-ratings and an undo
