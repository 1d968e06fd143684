"""`quiz check`: validate banks, every problem with its file and line."""

from __future__ import annotations

from pathlib import Path

import click
from rich.table import Table
from rich.text import Text

from quiz.core.errors import ExitCode, QuizError
from quiz.core.model import TYPE_NAMES_ZH, QuestionType
from quiz.core.text.controls import visible
from quiz.ui_text import console, print_error


@click.command("check")
@click.argument("banks", nargs=-1, type=click.Path(path_type=Path))
@click.pass_context
def check(ctx: click.Context, banks: tuple[Path, ...]) -> None:
    """检查题库 (默认: 内置题库): YAML、字段、编号、题目规则与公平性。

    有题库存在问题时退出码为 1; 有题库完全无法读取时, 退出码为第一个这样的题库的
    退出码 (见 docs/exit-codes.md)。
    """
    from quiz.core.bank.check import check_file
    from quiz.paths import default_bank_path

    banks = banks or (default_bank_path(),)
    out = console()
    problems = 0
    failed: list[QuizError] = []
    for path in banks:
        try:
            report = check_file(path, semantics=True)
        except QuizError as exc:
            print_error(exc)
            failed.append(exc)
            continue
        problems += len(report.problems)
        for problem in report.problems:
            out.print(Text(visible(str(problem))), soft_wrap=True)
        name = visible(str(path))
        if sum(report.counts.values()):  # a bank that could not be read has nothing to count
            out.print(Text(f"{name}: 各题型题数"), soft_wrap=True)
            table = Table(show_header=False, box=None)
            table.add_column()
            table.add_column(justify="right")
            for qtype in QuestionType:
                table.add_row(f"{TYPE_NAMES_ZH[qtype]} {qtype.value}", str(report.counts[qtype.value]))
            table.add_row("共计", str(sum(report.counts.values())))
            out.print(table)
        count = len(report.problems)
        verdict = f"{count} 个问题" if count else "没有问题"
        out.print(Text(f"{name}: {verdict}"), soft_wrap=True)
    if failed:
        ctx.exit(int(failed[0].exit_code))
    if problems:
        ctx.exit(int(ExitCode.PROBLEMS))
