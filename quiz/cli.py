"""The `quiz` command line: a thin layer that parses arguments and calls the core.

Each subcommand lives in its own module under `quiz/commands/`; this module only builds
the group and turns user errors (QuizError) into one-line messages and exit codes. A
command's module is imported only when that command runs: `quiz --help` lists them from
the table below (their one-line help, as click would shorten it), so it imports neither
Rich nor the extraction stack.
"""

from __future__ import annotations

import importlib
import sys

import click

from quiz.click_zh import install as speak_chinese
from quiz.core.errors import ExitCode
from quiz.reported import reported_errors

# name: (module, command object in it, the first paragraph of its help)
COMMANDS = {
    "check": ("quiz.commands.check", "check",
              "检查题库 (默认: 内置题库): YAML、字段、编号、题目规则与公平性。"),
    "exam": ("quiz.commands.study", "exam", "参加限时模拟考试 (BANK: 题库文件; 默认: 内置题库)。"),
    "exam-date": ("quiz.commands.stats", "exam_date", "设置考试日期 (YYYY-MM-DD), 或用 `none` 清除。"),
    "export": ("quiz.commands.export", "export",
               "把题库 BANK (默认: 内置题库) 导出为试卷, 或供其他程序使用的文件。"),
    "extract": ("quiz.commands.extract", "extract", "找出报告中的数字化提法。"),
    "generate": ("quiz.commands.generate", "generate",
                 "提取报告 (默认: corpus/) 中的提法, 写成题库。"),
    "stats": ("quiz.commands.stats", "stats", "到期复习、今日复习、连续天数、真实记忆率和难记题。"),
    "study": ("quiz.commands.study", "study", "复习今天到期的题 (BANK: 题库文件; 默认: 内置题库)。"),
}


def short_help(text: str, limit: int) -> str:
    """A command's help shortened for the command list, as click shortens its own."""
    return click.Command(None, help=text).get_short_help_str(limit)


speak_chinese()


class QuizGroup(click.Group):
    """A click group that reports QuizError as a clean message, never a traceback, and
    imports a command's module only when the command is used."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*COMMANDS, *self.commands})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.commands or cmd_name not in COMMANDS:
            return self.commands.get(cmd_name)
        module, name, _ = COMMANDS[cmd_name]
        command = getattr(importlib.import_module(module), name)
        self.add_command(command, cmd_name)
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        names = self.list_commands(ctx)
        limit = formatter.width - 6 - max(len(name) for name in names)
        rows = [(name, short_help(COMMANDS[name][2], limit) if name in COMMANDS
                 else self.commands[name].get_short_help_str(limit)) for name in names]
        # click's own word, looked up as click looks it up, so a translation of click's
        # messages applies here too
        with formatter.section(click.core._("Commands")):  # type: ignore[attr-defined]
            formatter.write_dl(rows)

    def invoke(self, ctx: click.Context):  # type: ignore[override]
        with reported_errors():
            return super().invoke(ctx)


@click.group(cls=QuizGroup, invoke_without_command=True)
@click.version_option(package_name="quiz")
@click.pass_context
def main(ctx: click.Context) -> None:
    """提法通: 学习党政报告中的数字化提法。

    不带命令时, 用内置题库打开练习界面。
    """
    if ctx.invoked_subcommand is None:
        from quiz.commands.study import open_default

        open_default(ctx)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

__all__ = ["main", "ExitCode"]
