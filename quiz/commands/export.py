"""`quiz export`: exam papers (docx, html, pdf, md) and files for Anki, Moodle and spreadsheets."""

from __future__ import annotations

from pathlib import Path

import click
from rich.text import Text

from quiz.ui_text import console

FORMAT_HELP = "docx, html, pdf, md (papers); apkg, gift, moodle-xml, csv, xlsx"
# The export settings (ExportOptions fields) as this command's flags spell them.
FLAGS = {
    "selection": "--select", "counts": "--count", "points": "--points",
    "variants": "--variants", "time_minutes": "--time", "answers": "--answers",
    "per_formula": "--per-formula",
}


@click.command("export")
@click.argument("bank", required=False, type=click.Path(path_type=Path))
@click.option("-f", "--format", "format_name",
              help=f"{FORMAT_HELP}. Default: from the -o file name.")
@click.option("-o", "--output", type=click.Path(path_type=Path),
              help="File to write (default: the bank's name in the current directory).")
@click.option("--select", "selects", multiple=True, metavar="KEY=VALUE",
              help="Keep questions by doc=, label= or type= (repeatable; values with commas).")
@click.option("--count", "counts", multiple=True, metavar="[TYPE=]N",
              help="Questions per type: 10, or cloze=10,single_choice=5.")
@click.option("--points", "points", multiple=True, metavar="[TYPE=]N",
              help="Points per question of a type (papers): 2, or cloze=2,matching=5.")
@click.option("--variants", help="Shuffled versions of the paper, e.g. A,B.")
@click.option("--seed", type=int, default=0, show_default=True,
              help="Seed for choosing and shuffling questions: same seed, same paper.")
@click.option("--time", "time_minutes", type=click.IntRange(min=1),
              help="Exam time in minutes, printed in the header.")
@click.option("--answers", type=click.Choice(["separate", "appended", "none"]),
              default="separate", show_default=True,
              help="Answer key as a second file (<name>-答案), after a page break, or none.")
@click.option("--title", help="Paper title (default: the bank's title).")
@click.option("--per-formula", type=click.IntRange(min=0), default=2, show_default=True,
              help="Questions about one formula on a paper; 0: any number.")
def export(bank: Path | None, format_name: str | None, output: Path | None, selects: tuple[str, ...],
           counts: tuple[str, ...], points: tuple[str, ...], variants: str | None, seed: int,
           time_minutes: int | None, answers: str, title: str | None, per_formula: int) -> None:
    """Write BANK (default: the built-in bank) as an exam paper or for another program."""
    from quiz.core.errors import QuizError

    try:
        _export(bank, format_name, output, selects, counts, points, variants, seed,
                time_minutes, answers, title, per_formula)
    except QuizError as error:
        raise error.spelled_as(FLAGS) from None


def _export(bank: Path | None, format_name: str | None, output: Path | None,
            selects: tuple[str, ...], counts: tuple[str, ...], points: tuple[str, ...],
            variants: str | None, seed: int, time_minutes: int | None, answers: str,
            title: str | None, per_formula: int) -> None:
    from quiz.core.bank.open import open_checked_bank
    from quiz.core.export import (
        AnswerMode,
        ExportOptions,
        Selection,
        UnknownFormat,
        default_output,
        format_for_path,
        get_format,
        run_export,
    )
    from quiz.core.export.selection import parse_per_type, parse_variants
    from quiz.paths import default_bank_path

    if format_name:
        fmt = get_format(format_name)
    elif output is not None:
        fmt = format_for_path(output)
    else:
        raise UnknownFormat("no format given", hint=f"give --format: {FORMAT_HELP}")
    options = ExportOptions(
        title=title,
        counts=parse_per_type(counts, "counts"),
        points=parse_per_type(points, "points"),
        variants=parse_variants(variants),
        seed=seed,
        time_minutes=time_minutes,
        answers=AnswerMode(answers),
        per_formula=per_formula or None,
        assemble=True,
    )
    selection = Selection.parse(selects)
    bank_path = bank or default_bank_path()
    loaded = open_checked_bank(bank_path)
    target = output or default_output(loaded, fmt, Path.cwd())
    for path in run_export(loaded, fmt.name, target, selection, options):
        console().print(Text(f"wrote {path}"))
