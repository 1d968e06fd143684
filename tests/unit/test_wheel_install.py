"""A wheel installed into a fresh venv works from any folder: the bank ships inside it.

Builds the wheel (`pip wheel`, offline from the local wheel cache), installs it with
`--no-deps` into a venv that sees the system's packages for the dependencies, and runs
`quiz` from another folder with the checkout off the path.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

HEADLESS = """
import asyncio, quiz
from quiz.paths import default_bank_path
from quiz.tui.app import create_app
from quiz.tui.screens.home import HomeScreen

async def main():
    app = create_app(default_bank_path())
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen), app.screen
        print("OPENED", len(app.trainer.bank.questions), quiz.__file__, default_bank_path())

asyncio.run(main())
"""


def run(args: list[str], cwd: Path, env: dict[str, str], timeout: float = 40) -> str:
    done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, f"{args}: {done.returncode}\n{done.stdout}\n{done.stderr}"
    return done.stdout


@pytest.mark.slow
def test_wheel_installs_and_runs_from_another_folder(tmp_path: Path) -> None:
    began = time.monotonic()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env["QUIZ_HOME"] = str(tmp_path / "home")
    wheels, venv, elsewhere = tmp_path / "wheels", tmp_path / "venv", tmp_path / "elsewhere"
    elsewhere.mkdir()
    run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(wheels)],
        ROOT, env, timeout=50)
    run([sys.executable, "-m", "venv", "--system-site-packages", "--without-pip", str(venv)],
        elsewhere, env)
    python, quiz = venv / "bin" / "python", venv / "bin" / "quiz"
    (wheel,) = wheels.glob("quiz-*.whl")
    run([str(python), "-m", "pip", "install", "--no-deps", "--no-index", "-q", str(wheel)],
        elsewhere, env)

    assert "用法" in run([str(quiz), "--help"], elsewhere, env)
    checked = run([str(quiz), "check"], elsewhere, env)
    assert str(venv) in checked and "default.yaml" in checked
    opened = run([str(python), "-c", HEADLESS], elsewhere, env)
    assert opened.startswith("OPENED "), opened
    count, module, bank = opened.split()[1:4]
    assert int(count) > 100
    assert module.startswith(str(venv)) and bank.startswith(str(venv))  # not the checkout
    assert time.monotonic() - began < 60
