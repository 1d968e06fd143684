"""Running an export: select the questions, build the papers, write every file atomically."""

from __future__ import annotations

from pathlib import Path
from typing import cast

from quiz.core.atomic import pending_files
from quiz.core.errors import SETTING
from quiz.core.export.base import (
    AnswerMode,
    ExportOptions,
    PaperWriter,
    QuestionSet,
    QuestionWriter,
)
from quiz.core.export.layout import combined_blocks, key_blocks, paper_blocks
from quiz.core.export.paper import build_paper
from quiz.core.export.registry import ExportFormat, get_format
from quiz.core.export.selection import BadOption, Selection, select_questions
from quiz.core.model import Bank

KEY_SUFFIX = "-答案"


def output_stem(path: Path, fmt: ExportFormat) -> str:
    """The file name without the format's suffix (which may have two parts)."""
    name = path.name
    return name[: -len(fmt.suffix)] if name.endswith(fmt.suffix) else path.stem


def default_output(bank: Bank, fmt: ExportFormat, directory: Path) -> Path:
    """Where an export goes when no -o is given: the bank's name in `directory`."""
    stem = Path(bank.path).stem if bank.path else "quiz"
    return directory / f"{stem}{fmt.suffix}"


def planned_outputs(
    output: Path, fmt: ExportFormat, options: ExportOptions
) -> list[tuple[str, Path, Path | None]]:
    """For each paper (one per variant): its variant name, path and answer-key path."""
    suffix = output.name[len(output_stem(output, fmt)) :] or fmt.suffix
    stem = output_stem(output, fmt)
    plans = []
    for variant in options.variants or ("",):
        base = f"{stem}-{variant}" if variant else stem
        paper = output.with_name(base + suffix)
        key = output.with_name(base + KEY_SUFFIX + suffix)
        plans.append((variant, paper, key if options.answers is AnswerMode.SEPARATE else None))
    return plans


def run_export(
    bank: Bank,
    format_name: str,
    output: Path,
    selection: Selection,
    options: ExportOptions,
) -> list[Path]:
    """Write the export; return the files written. Nothing is left behind on error."""
    fmt = get_format(format_name)
    if not fmt.is_paper:
        _reject_paper_options(fmt, options)
    chosen = QuestionSet(
        bank,
        select_questions(bank, selection, options.counts, seed=options.seed,
                         paper=fmt.is_paper and options.assemble, per_formula=options.per_formula),
        options.title or bank.title,
    )
    writer = fmt.writer()
    with pending_files() as pending:
        if not fmt.is_paper:
            cast("QuestionWriter", writer)(chosen, pending.temp_for(output))
            return pending.commit()
        write = cast("PaperWriter", writer)
        for variant, paper_path, key_path in planned_outputs(output, fmt, options):
            paper = build_paper(
                chosen,
                points=options.points,
                variant=variant,
                seed=options.seed,
                time_minutes=options.time_minutes,
            )
            appended = options.answers is AnswerMode.APPENDED
            blocks = combined_blocks(paper) if appended else paper_blocks(paper)
            # A paper appears only after its key (atomic.py): never one without the other.
            write(blocks, pending.temp_for(paper_path, last=key_path is not None),
                  title=paper.full_title)
            if key_path is not None:
                write(key_blocks(paper), pending.temp_for(key_path), title=paper.full_title)
        return pending.commit()


def _reject_paper_options(fmt: ExportFormat, options: ExportOptions) -> None:
    used = [
        name
        for name, value in (
            ("variants", options.variants),
            ("points", options.points),
            ("time_minutes", options.time_minutes),
            ("answers", options.answers is not AnswerMode.SEPARATE),
        )
        if value
    ]
    if used:
        raise BadOption(
            f"{SETTING} 只适用于试卷, 不适用于 {fmt.name}",
            hint="试卷格式: docx, html, pdf, md", settings=tuple(used),
        )
