"""A database whose pages go bad while the trainer is open: a problem screen and exit code 6
(docs/exit-codes.md), no crash dump, and every answer confirmed before is still there."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from quiz.tui.screens.exam import ExamScreen
from quiz.tui.screens.problem import ProblemScreen
from tests.helpers.learner import answer_keys, shown, started
from tests.tui.test_exam_keeps_work import start_exam


def damage_table(db_path: Path, table: str) -> None:
    """Overwrite the root page of `table` on disk, as a failing disk would.

    Another connection first moves every page into the main file and changes the schema,
    so the trainer's connection reads its pages from the file again.
    """
    with sqlite3.connect(db_path) as conn:
        conn.execute("CREATE TABLE scratch (x)")
        conn.execute("DROP TABLE scratch")
    conn = sqlite3.connect(db_path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    finally:
        conn.close()
    with db_path.open("r+b") as raw:
        raw.seek((root - 1) * page_size)
        raw.write(b"\xa5" * page_size)


def reviews(db_path: Path) -> int:
    with sqlite3.connect(db_path) as conn:
        return conn.execute("SELECT count(*) FROM reviews").fetchone()[0]


async def test_pages_gone_bad_mid_study_show_a_problem_screen_and_keep_answers(
        make_app, db_path: Path) -> None:
    app = make_app("study")
    async with app.run_test(size=(100, 32)) as pilot:
        await started(app, pilot)
        study = app.screen
        for _ in range(2):
            await pilot.press(*answer_keys(study.question))
            await pilot.pause()
            assert study.state == "feedback"
            await pilot.press("enter")
            await pilot.pause()
        confirmed = study.study_log.done
        damage_table(db_path, "cards")
        await pilot.press(*answer_keys(study.question))
        await pilot.pause()
        await pilot.pause()
        assert study.state == "question"  # this answer was not saved, and not shown as saved
        assert isinstance(app.screen, ProblemScreen)
        assert "数据库已损坏" in shown(app.screen.query_one(".problem-headline"))
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 6
    assert app._exception is None  # no crash dump
    assert confirmed == 2 and reviews(db_path) == confirmed


async def test_pages_gone_bad_mid_exam_show_a_problem_screen(make_app, db_path: Path) -> None:
    app = make_app("exam")
    async with app.run_test(size=(100, 32)) as pilot:
        exam = await start_exam(app, pilot)
        assert isinstance(exam, ExamScreen)
        await pilot.press(*answer_keys(exam.questions[0]))
        await pilot.pause()
        damage_table(db_path, "meta")
        await pilot.press(*answer_keys(exam.questions[1]))
        await pilot.pause(0.6)
        await pilot.pause()
        assert isinstance(app.screen, ProblemScreen)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 6
    assert app._exception is None
