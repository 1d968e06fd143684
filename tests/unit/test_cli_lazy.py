"""The command line imports a command's module only when that command runs."""

from __future__ import annotations

import subprocess
import sys

import click
import pytest

from quiz.cli import COMMANDS, main, short_help
from tests.helpers.paths import ROOT


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_the_table_holds_each_commands_own_help(name: str) -> None:
    command = main.get_command(click.Context(main), name)
    assert command is not None and command.name == name
    for limit in (40, 65, 200):
        assert short_help(COMMANDS[name][2], limit) == command.get_short_help_str(limit)


def _modules_after(code: str) -> set[str]:
    done = subprocess.run([sys.executable, "-c", code + "\nimport sys; print(' '.join(sys.modules))"],
                          cwd=ROOT, capture_output=True, text=True, check=True,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    return set(done.stdout.split())


def test_help_imports_no_command_rich_or_extraction() -> None:
    code = ("import sys\nfrom quiz.cli import main\n"
            "try:\n    main(['--help'])\nexcept SystemExit:\n    pass")
    loaded = _modules_after(code)
    assert "click" in loaded
    assert not {m for m in loaded if m.startswith(("quiz.commands", "rich", "jieba", "quiz.core.extract"))}


def test_a_command_imports_its_own_module_only() -> None:
    code = ("from quiz.cli import main\n"
            "try:\n    main(['exam-date', '--help'])\nexcept SystemExit:\n    pass")
    loaded = {m for m in _modules_after(code) if m.startswith("quiz.commands.")}
    assert loaded == {"quiz.commands.stats"}
