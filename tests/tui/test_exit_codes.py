"""The trainer leaves with the documented exit codes (docs/exit-codes.md), never hangs on a
bank it cannot read, and shows no control character from a file name."""

from __future__ import annotations

import hashlib
from pathlib import Path

from quiz.core.bank.io import load_bank
from quiz.core.review.db import Store
from quiz.core.review.session import StudySession
from quiz.core.review.settings import Settings
from quiz.tui.app import create_app
from quiz.tui.screens.problem import ProblemScreen
from tests.helpers.learner import shown, started

BANK = "bank: {title: t}\nformulas:\n- {id: F1, label: 三个, items: [a, b, c], evidence: x}\n" \
       "questions:\n- id: %s\n  type: cloze\n  formulas: [F1]\n  prompt: ____\n  answers: [a]\n"


async def _problem_exit(app) -> tuple[int | None, str]:
    async with app.run_test(size=(100, 32)) as pilot:
        await started(app, pilot)
        assert isinstance(app.screen, ProblemScreen)
        detail = shown(app.screen.query_one("#problem-detail"))
        await pilot.press("q")
        await pilot.pause()
    return app.return_code, detail


async def test_a_bank_with_a_4301_digit_number_is_a_problem_screen_with_code_4(
        tmp_path: Path, db_path: Path) -> None:
    bank = tmp_path / "int.yaml"
    bank.write_text(BANK % ("9" * 4301), encoding="utf-8")
    code, detail = await _problem_exit(create_app(bank, db_path))
    assert code == 4 and "int.yaml:5:" in detail


async def test_corrupted_pages_are_a_problem_screen_with_code_6(
        small_bank_path: Path, db_path: Path) -> None:
    with Store.open(db_path) as store:
        StudySession(store, load_bank(small_bank_path), Settings())
    data = bytearray(db_path.read_bytes())
    data[4096:] = b"\xa5" * (len(data) - 4096)  # every page but the header's
    db_path.write_bytes(bytes(data))
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    code, detail = await _problem_exit(create_app(small_bank_path, db_path))
    assert code == 6 and "已损坏" in detail
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before


async def test_missing_bank_exits_3_and_shows_no_escape(tmp_path: Path, db_path: Path) -> None:
    code, detail = await _problem_exit(create_app(tmp_path / "x\x1b]0;title\x07.yaml", db_path))
    assert code == 3
    assert "\x1b" not in detail and "\\x1b" in detail


async def test_ctrl_c_exits_130(make_app) -> None:
    app = make_app("home")
    async with app.run_test(size=(100, 32)) as pilot:
        await started(app, pilot)
        await pilot.press("ctrl+c")
        await pilot.pause()
    assert app.return_code == 130


