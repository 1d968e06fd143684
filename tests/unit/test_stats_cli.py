"""`quiz stats` and `quiz exam-date` through the real command group."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from click.testing import CliRunner

from quiz.cli import main
from quiz.core.errors import ExitCode
from quiz.core.review.db import Store
from quiz.core.review.session import StudySession
from quiz.core.review.settings import Settings, load_settings
from tests.helpers.banks import one_per_formula


def _today() -> date:
    return (datetime.now().astimezone() - timedelta(hours=Settings().day_start_hour)).date()


def test_stats_on_a_fresh_database(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["stats", "--db", str(tmp_path / "r.sqlite3")])
    assert result.exit_code == 0, result.output
    assert "今日到期" in result.output and "难记题" in result.output
    assert "—" in result.output  # no retention figure without reviews


def test_stats_counts_todays_reviews(tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite3"
    bank = one_per_formula(3)
    with Store.open(db) as store:
        session = StudySession(store, bank, Settings())
        for q in bank.questions:
            session.record(q, 4, "答案")
    result = CliRunner().invoke(main, ["stats", "--db", str(db)])
    assert result.exit_code == 0, result.output
    line = next(ln for ln in result.output.splitlines() if "今日已复习" in ln)
    assert line.split()[-1] == "3"
    streak = next(ln for ln in result.output.splitlines() if "连续学习" in ln)
    assert streak.split()[-1] == "1"


def test_stats_on_a_non_database_is_one_clean_line(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.txt"
    bogus.write_text("hello\n" * 50)
    before = bogus.read_bytes()
    result = CliRunner().invoke(main, ["stats", "--db", str(bogus)])
    assert result.exit_code == ExitCode.DATABASE
    assert "Traceback" not in result.output
    assert "不是 SQLite 文件" in result.output
    assert bogus.read_bytes() == before


def test_exam_date_is_saved_and_pulls_reviews_back(tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite3"
    bank = one_per_formula(2)
    with Store.open(db) as store:
        session = StudySession(store, bank, Settings(), fuzz=False)
        for q in bank.questions:
            session.record(q, 4, "答案")  # due in about 8 days
    exam = _today() + timedelta(days=5)
    result = CliRunner().invoke(main, ["exam-date", exam.isoformat(), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "2 次复习提前" in result.output
    assert load_settings().exam_date == exam
    with Store.open(db) as store:
        for q in bank.questions:
            card = store.card(q.id)
            assert card is not None and card.due is not None
            assert card.due.astimezone().date() < exam
    cleared = CliRunner().invoke(main, ["exam-date", "none", "--db", str(db)])
    assert cleared.exit_code == 0 and "已清除" in cleared.output
    assert load_settings().exam_date is None


def test_exam_date_in_the_past_or_unparseable(tmp_path: Path) -> None:
    db = tmp_path / "r.sqlite3"
    past = (_today() - timedelta(days=1)).isoformat()
    for bad, message in ((past, "已经过去"), ("2026-13-40", "YYYY-MM-DD"), ("next week", "YYYY-MM-DD")):
        result = CliRunner().invoke(main, ["exam-date", bad, "--db", str(db)])
        assert result.exit_code == ExitCode.BAD_INPUT, result.output
        assert message in result.output and "Traceback" not in result.output
    assert load_settings().exam_date is None
    assert not db.exists()  # nothing was created for a refused date
