"""`quiz generate`: turn reports into a question bank, with a progress bar."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import click
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.text import Text

from quiz.core.errors import NothingFound, OutputError
from quiz.core.model import TYPE_NAMES_ZH, Bank, QuestionType
from quiz.paths import default_corpus_dir, generated_bank_path
from quiz.ui_text import console


@click.command("generate")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="要写的题库 (默认: 源码目录中为 question_banks/default.yaml, "
                   "否则为数据目录中的默认题库)。")
@click.option("--force", is_flag=True,
              help="覆盖输出题库, 包括手工改过的地方。")
@click.option("--title", default=None, help="题库标题 (默认: 沿用原标题, 或取自文件名)。")
def generate(paths: tuple[Path, ...], output: Path | None, force: bool, title: str | None) -> None:
    """提取报告 (默认: corpus/) 中的提法, 写成题库。"""
    from quiz.core.bank.build import default_title, generate_steps
    from quiz.core.bank.io import load_bank, save_bank
    from quiz.core.text.corpus import document_paths, iter_documents

    sources = list(paths) or [default_corpus_dir()]
    output = output or generated_bank_path()
    existing = load_bank(output) if output.exists() and not force else None
    title = title or (existing.title if existing else default_title(output))
    total = len(document_paths(sources))
    bank: Bank | None = None
    warnings: tuple[str, ...] = ()
    with Progress(TextColumn("[progress.description]{task.description}"), BarColumn(),
                  MofNCompleteColumn(), TextColumn("{task.fields[formulas]} 条提法"),
                  console=console(), transient=True) as progress:
        reading = progress.add_task("读取", total=total, formulas=0)
        documents = []
        for document in iter_documents(sources):
            documents.append(document)
            progress.advance(reading)
        task = progress.add_task("提取", total=len(documents), formulas=0)
        for step in generate_steps(documents, title=title, existing=existing, force=force):
            progress.update(task, completed=step.done, formulas=step.formulas)
            bank = step.bank or bank
            warnings = step.warnings or warnings
    for warning in warnings:
        console().print(Text(f"注意: {warning}"), soft_wrap=True)
    if bank is None or not bank.formulas:
        names = ", ".join(str(p) for p in sources)
        raise NothingFound(f"{names} 中没有找到提法, 未写题库")
    try:
        save_bank(bank, output)
    except OSError as exc:
        raise OutputError(f"无法写入题库: {exc.strerror or exc}", path=str(output)) from exc
    counts = Counter(q.type for q in bank.questions)
    summary = ", ".join(f"{TYPE_NAMES_ZH[t]} {counts[t]}" for t in QuestionType if counts[t])
    message = Text(f"{output}: {len(bank.formulas)} 条提法, {len(bank.questions)} 道题")
    message.append(f" ({summary})")
    console().print(message, soft_wrap=True)
