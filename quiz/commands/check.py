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
    """Check BANK... (default: the default bank) for broken YAML, missing fields, bad ids,
    invariants and fairness.

    Exits 1 when a bank has problems, or with the code of the first bank that could not
    be read at all (docs/exit-codes.md).
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
        out.print(Text(f"{name}: questions per type"), soft_wrap=True)
        table = Table(show_header=False, box=None)
        table.add_column()
        table.add_column(justify="right")
        for qtype in QuestionType:
            table.add_row(f"{TYPE_NAMES_ZH[qtype]} {qtype.value}", str(report.counts[qtype.value]))
        table.add_row("共计 total", str(sum(report.counts.values())))
        out.print(table)
        count = len(report.problems)
        verdict = f"{count} problem{'' if count == 1 else 's'}" if count else "no problems"
        out.print(Text(f"{name}: {verdict}"), soft_wrap=True)
    if failed:
        ctx.exit(int(failed[0].exit_code))
    if problems:
        ctx.exit(int(ExitCode.PROBLEMS))
