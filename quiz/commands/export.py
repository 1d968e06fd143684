"""`quiz export`: exam papers (docx, html, pdf, md) and files for Anki, Moodle and spreadsheets."""

from __future__ import annotations

from pathlib import Path

import click
from rich.text import Text

from quiz.ui_text import console

FORMAT_HELP = "docx, html, pdf, md (试卷); apkg, gift, moodle-xml, csv, xlsx"
# The export settings (ExportOptions fields) as this command's flags spell them.
FLAGS = {
    "selection": "--select", "counts": "--count", "points": "--points",
    "variants": "--variants", "time_minutes": "--time", "answers": "--answers",
    "per_formula": "--per-formula",
}


@click.command("export")
@click.argument("bank", required=False, type=click.Path(path_type=Path))
@click.option("-f", "--format", "format_name",
              help=f"{FORMAT_HELP}。默认: 由 -o 的文件名决定。")
@click.option("-o", "--output", type=click.Path(path_type=Path),
              help="要写的文件 (默认: 当前目录下以题库命名的文件)。")
@click.option("--select", "selects", multiple=True, metavar="KEY=VALUE",
              help="按 doc=、label= 或 type= 选题 (可重复; 多个值用逗号分隔)。")
@click.option("--count", "counts", multiple=True, metavar="[TYPE=]N",
              help="每种题型的题数: 10, 或 cloze=10,single_choice=5。")
@click.option("--points", "points", multiple=True, metavar="[TYPE=]N",
              help="每种题型每题的分值 (试卷): 2, 或 cloze=2,matching=5。")
@click.option("--variants", help="打乱顺序的试卷版本, 例如 A,B。")
@click.option("--seed", type=int, default=0, show_default=True,
              help="选题和打乱顺序的随机种子: 种子相同, 试卷相同。")
@click.option("--time", "time_minutes", type=click.IntRange(min=1),
              help="考试时间 (分钟), 印在卷头。")
@click.option("--answers", type=click.Choice(["separate", "appended", "none"]),
              default="separate", show_default=True,
              help="答案: 另写一个文件 (<名称>-答案, separate)、分页后附在卷尾 (appended) 或不要 (none)。")
@click.option("--title", help="试卷标题 (默认: 题库标题)。")
@click.option("--per-formula", type=click.IntRange(min=0), default=2, show_default=True,
              help="一张试卷上考同一提法的题数上限; 0: 不限。")
def export(bank: Path | None, format_name: str | None, output: Path | None, selects: tuple[str, ...],
           counts: tuple[str, ...], points: tuple[str, ...], variants: str | None, seed: int,
           time_minutes: int | None, answers: str, title: str | None, per_formula: int) -> None:
    """把题库 BANK (默认: 内置题库) 导出为试卷, 或供其他程序使用的文件。"""
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
        raise UnknownFormat("没有指定格式", hint=f"请用 --format 指定: {FORMAT_HELP}")
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
        console().print(Text(f"已写入 {path}"))
