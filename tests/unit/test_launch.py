"""`quiz`'s plain trainer forms skip click; everything else is the command line's."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from quiz.launch import trainer_args


def test_only_the_plain_trainer_forms_skip_the_command_line() -> None:
    assert trainer_args([]) == (None, "home")
    assert trainer_args(["study"]) == (None, "study")
    assert trainer_args(["exam", "my bank.yaml"]) == (Path("my bank.yaml"), "exam")
    for args in (["study", "--db", "x.db"], ["study", "--help"], ["study", "a", "b"],
                 ["check"], ["--version"], ["study", ""], ["generate", "corpus"]):
        assert trainer_args(args) is None, args


def test_the_command_line_still_answers_what_is_not_a_plain_form(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "quiz", "study", "--help"],
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0 and "用法" in done.stdout
    done = subprocess.run([sys.executable, "-m", "quiz", "nonsense"],
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 2 and "nonsense" in done.stderr


def test_a_plain_launch_does_not_import_click() -> None:
    code = ("import sys, quiz.launch, quiz.trainer, quiz.reported, quiz.tui.app, "
            "quiz.tui.screens.study, quiz.core.workspace_load; "
            "print('click' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, check=True)
    assert done.stdout.strip() == "False"
