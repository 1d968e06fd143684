"""`quiz extract`: list the formulas found in reports."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click
from rich.segment import Segment, Segments
from rich.table import Table
from rich.text import Text

from quiz.cjk_text import CjkText
from quiz.core.errors import ExitCode, NothingFound, QuizError
from quiz.core.formula import Formula, FormulaKind, count_text
from quiz.core.text.controls import visible
from quiz.ui_text import console, error_console, print_error

KINDS = [k.value for k in FormulaKind]
# Statements and targets are shown when asked for: their labels are sentence cues and
# indicators (一般公共预算收入), which tools that score numbered formulas by the digits in
# a label would count as formulas.
DEFAULT_KINDS = (FormulaKind.NUMBERED, FormulaKind.COMPOSITE, FormulaKind.LIST,
                 FormulaKind.LABEL_ONLY)


def _table(rows: list[Formula], *, header: bool) -> Table:
    # Fixed widths where a column would fit its content: every chunk of rows is laid out
    # alike, so chunks printed one after another read as one table.
    table = Table(show_lines=False, header_style="bold", expand=True, show_header=header)
    table.add_column("文档", no_wrap=True, overflow="ellipsis", width=14)
    table.add_column("提法", overflow="fold", ratio=2)
    table.add_column("数", overflow="fold", width=7)
    table.add_column("条目", overflow="fold", ratio=5)
    table.add_column("类别", no_wrap=True, width=10)
    table.add_column("完整", overflow="fold", ratio=1)
    for f in rows:
        if f.kind == FormulaKind.LABEL_ONLY:
            status = "—"
        else:
            status = "✓" if f.complete else f"✗ {f.problem or ''}".strip()
        table.add_row(
            # Chinese line breaking: no line of a cell opens with 、 or a closing mark
            Text(visible(Path(f.doc).stem)), CjkText(visible(f.label)), Text(count_text(f.count)),
            CjkText(visible("、".join(f.items))), Text(f.kind.value), Text(visible(status)),
        )
    return table


class _TableStream:
    """The table printed as formulas are found, a chunk of rows at a time.

    Each chunk is laid out as a table of its own; the top border of every chunk but the
    first and the bottom border of every chunk but the last are left out, so the output
    is one table, without holding every row (and its layout) in memory until the end.
    """

    CHUNK = 200

    def __init__(self) -> None:
        self.rows = 0
        self._bottom: list[Segment] | None = None

    def add(self, formulas: list[Formula]) -> None:
        for start in range(0, len(formulas), self.CHUNK):
            self._print(formulas[start : start + self.CHUNK])

    def _print(self, rows: list[Formula]) -> None:
        out = console()
        lines = out.render_lines(_table(rows, header=not self.rows), out.options,
                                 new_lines=True)
        if self.rows:
            lines = lines[1:]  # the top border: the table goes on
        self.rows += len(rows)
        self._bottom = lines[-1]
        out.print(Segments(segment for line in lines[:-1] for segment in line))

    def close(self) -> None:
        if self._bottom is not None:
            console().print(Segments(self._bottom))


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="输出 JSON 数组 (见 docs/extract-format.md)。")
@click.option("--kind", "kinds", multiple=True, type=click.Choice([*KINDS, "all"]),
              help="只列这一类提法 (可重复); `all` 在默认的 numbered、composite、list、"
                   "label_only 之外加上 statement 和 target。")
@click.option("--show-corrections", is_flag=True,
              help="同时列出 corrections.yaml 改动文本的每一处。")
def extract(paths: tuple[Path, ...], as_json: bool, kinds: tuple[str, ...],
            show_corrections: bool) -> None:
    """找出报告中的数字化提法。

    PATH 可以是 .txt、.md、.html、.docx 或 .pdf 文件, 或一个目录 (读取其中所有这类文件)。
    """
    from quiz.core.extract import extract_formulas  # deferred: `quiz --help` stays cheap
    from quiz.core.text.corpus import document_paths, read_each

    wanted = set(FormulaKind) if "all" in kinds else (
        {FormulaKind(k) for k in kinds} if kinds else set(DEFAULT_KINDS))
    files = document_paths(list(paths))
    formulas: list[Formula] = []  # kept for --json only: the table is printed as it goes
    table = _TableStream()
    failures: list[QuizError] = []
    corrections = []
    read = 0
    for _, doc in read_each(files):
        if isinstance(doc, QuizError):  # reported, and the other files are still read
            failures.append(doc)
            print_error(doc)
            continue
        read += 1
        found = [f for f in extract_formulas(doc) if f.kind in wanted]
        if not found and len(files) > 1:
            print_error(f"{doc.path}: 没有找到提法")
        if as_json:
            formulas.extend(found)
        else:
            table.add(found)
        corrections.extend(doc.corrections)
    total = len(formulas) if as_json else table.rows
    if as_json:
        json.dump([f.to_dict() for f in formulas], sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif total:
        table.close()
        unusable = f", {len(failures)} 个文件无法使用" if failures else ""
        console().print(Text(f"{read} 个文件中共出现 {total} 处提法{unusable}"))
    if show_corrections:
        out = error_console() if as_json else console()
        for applied in corrections:
            c = applied.correction
            out.print(Text(visible(f"{applied.doc}: {c.find} -> {c.replace}  (corrections.yaml:"
                                   f"{c.line}{'; ' + c.note if c.note else ''})")))
        if not corrections:
            out.print(Text("没有应用任何更正"))
    if failures:
        raise click.exceptions.Exit(int(failures[0].exit_code))
    if not total:
        where = str(files[0]) if len(files) == 1 else f"{len(files)} 个文件"
        raise NothingFound("没有找到提法", path=where,
                           hint="文本中没有“五张名片”这样带数字的提法")


__all__ = ["extract", "ExitCode"]
