"""Bad banks and databases: a screen says what is wrong; nothing crashes; the DB is untouched."""

from __future__ import annotations

import hashlib
from pathlib import Path

import yaml

from quiz.tui.app import create_app
from quiz.tui.screens.problem import ProblemScreen
from quiz.tui.screens.study import StudyScreen
from tests.helpers.learner import shown, started


async def problem_text(app) -> str:
    async with app.run_test(size=(100, 32)) as pilot:
        await started(app, pilot)
        assert isinstance(app.screen, ProblemScreen)
        return " ".join(shown(w) for w in app.screen.query(".problem-box Static"))


async def test_missing_bank(tmp_path: Path, db_path: Path) -> None:
    text = await problem_text(create_app(tmp_path / "nope.yaml", db_path))
    assert "找不到题库" in text and "quiz generate" in text
    assert not db_path.exists()


async def test_bank_failing_check(tmp_path: Path, small_bank_path: Path, db_path: Path) -> None:
    data = yaml.safe_load(small_bank_path.read_text(encoding="utf-8"))
    data["questions"][3]["answers"] = ["Z"]  # a single choice whose answer is no option
    bad = tmp_path / "bad.yaml"
    bad.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    text = await problem_text(create_app(bad, db_path))
    assert "题库无法使用" in text and "quiz check" in text and "bad.yaml" in text
    assert not db_path.exists()


async def test_empty_bank(tmp_path: Path, db_path: Path) -> None:
    empty = tmp_path / "empty.yaml"
    empty.write_text("bank: {title: 空}\nformulas: []\nquestions: []\n", encoding="utf-8")
    text = await problem_text(create_app(empty, db_path))
    assert "题库里没有题目" in text
    assert not db_path.exists()


async def test_corrupt_database_left_untouched(small_bank_path: Path, db_path: Path) -> None:
    db_path.write_bytes(b"this is not a database" * 100)
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    text = await problem_text(create_app(small_bank_path, db_path))
    assert "数据库" in text and "没有被改动" in text
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before


async def test_all_suspended_says_how_to_unsuspend(make_app) -> None:
    app = make_app("study")
    async with app.run_test(size=(100, 32)) as pilot:
        await started(app, pilot)
        session = app.trainer.session
        for question in app.trainer.bank.questions:
            session.suspend(question.id)
        await pilot.press("escape", "s")
        await pilot.pause()
        assert isinstance(app.screen, StudyScreen) and app.screen.state == "done"
        text = shown(app.screen.query_one("#study-summary"))
        assert "都已暂停" in text and "b" in text


async def test_broken_settings_file(small_bank_path: Path, db_path: Path) -> None:
    from quiz import paths

    paths.config_file().parent.mkdir(parents=True, exist_ok=True)
    paths.config_file().write_text("new_per_day: 20\nreviews_per_day: lots\n", encoding="utf-8")
    text = await problem_text(create_app(small_bank_path, db_path))
    assert "设置文件有问题" in text and ":2:" in text
    assert not db_path.exists()
