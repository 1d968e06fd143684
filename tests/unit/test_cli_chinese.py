"""The command line speaks Chinese: its help, its usage errors and its own messages."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from quiz.cli import main
from quiz.core.errors import ExitCode

COMMANDS = ["check", "exam", "exam-date", "export", "extract", "generate", "stats", "study"]
# A run of three English words outside backquotes, flags, metavars and file names.
ENGLISH = re.compile(r"(?<![-\w.<`/])[A-Za-z]{2,}(?: [a-z]{2,}){2,}")


@pytest.mark.parametrize("command", [[], *[[c] for c in COMMANDS]])
def test_help_is_in_chinese(command: list[str]) -> None:
    result = CliRunner().invoke(main, [*command, "--help"])
    assert result.exit_code == 0, result.output
    assert "用法:" in result.output and "显示本帮助并退出" in result.output
    english = [m.group(0) for m in ENGLISH.finditer(result.output)]
    assert english == [], english


@pytest.mark.parametrize(("args", "said"), [
    (["export", "--seed", "x"], "'--seed' 的值无效: 'x' 不是有效的整数"),
    (["export", "--time", "0"], "不在范围"),
    (["export", "--answers", "x"], "不是可选值之一"),
    (["export", "--bogus"], "没有选项 '--bogus'"),
    (["nope"], "没有命令 'nope'"),
    (["extract"], "缺少参数 'PATHS...'"),
    (["stats", "--db"], "选项 '--db' 需要 1 个值"),
    (["export", "--sed", "1"], "没有选项 '--sed'。 (是否想用: '--seed', '--select'?)"),
    (["exprt"], "没有命令 'exprt'。 (是否想用: 'export'?)"),
    (["export", "--seed", "integer"], "'integer' 不是有效的整数"),  # the user's words stay
])
def test_usage_errors_are_in_chinese(args: list[str], said: str) -> None:
    result = CliRunner().invoke(main, args)
    assert result.exit_code == ExitCode.USAGE
    assert said in result.output and "错误:" in result.output
    assert "Error" not in result.output and "Usage" not in result.output


def test_a_broken_bank_shows_its_problems_without_an_empty_table(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("title: x\nquestions: [\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(broken)])
    assert result.exit_code == ExitCode.PROBLEMS, result.output
    assert "broken.yaml:" in result.output and "个问题" in result.output
    assert "填空题" not in result.output and "共计" not in result.output
