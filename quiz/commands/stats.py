"""`quiz stats` and `quiz exam-date`: the review database seen from the command line."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import click

from quiz.core.errors import BadInput
from quiz.ui_text import console

# The engine (sqlite3, fsrs) and rich.table are imported inside the commands so that
# registering them keeps `quiz --help` fast.

_DB_OPTION = click.option(
    "--db", "db_path", type=click.Path(path_type=Path), default=None,
    help="The review database (default: the one in the data dir).",
)


@click.command("stats")
@_DB_OPTION
def stats(db_path: Path | None) -> None:
    """Due reviews, reviews today, streak, true retention and leeches."""
    from rich.table import Table

    from quiz.core.clock import Clock
    from quiz.core.review.db import Store
    from quiz.core.review.session import compute_stats
    from quiz.core.review.settings import load_settings

    settings = load_settings()
    day = Clock().study_day(settings.day_start_hour)
    with Store.open(db_path) as store:
        data = compute_stats(store, day)
    table = Table(title="复习统计 Review statistics", show_header=False, box=None)
    table.add_column(style="bold")
    table.add_column(justify="right")
    table.add_row("今日到期 Due today", str(data.due_today))
    table.add_row("未来7天 Due in the next 7 days", str(data.due_next_7))
    table.add_row("今日已复习 Reviews today", str(data.reviews_today))
    table.add_row("连续学习 Streak (days)", str(data.streak))
    retention = "—" if data.retention_30d is None else f"{data.retention_30d:.1%}"
    table.add_row("30天真实记忆率 True retention, 30 days", retention)
    table.add_row("难记题 Leeches", str(data.leeches))
    if settings.exam_date is not None:
        left = (settings.exam_date - day.date).days
        table.add_row("考试日期 Exam date", f"{settings.exam_date.isoformat()} ({left} days)")
    console().print(table)


@click.command("exam-date")
@click.argument("when")
@_DB_OPTION
def exam_date(when: str, db_path: Path | None) -> None:
    """Set the exam date (YYYY-MM-DD), or clear it with `none`.

    Intervals are then capped so that every studied question comes up again before the
    exam; the last days favour the weakest questions.
    """
    from quiz.core.clock import Clock
    from quiz.core.review.db import Store
    from quiz.core.review.scheduling import Scheduling
    from quiz.core.review.session import apply_exam_date
    from quiz.core.review.settings import load_settings, save_settings

    settings = load_settings()
    day = Clock().study_day(settings.day_start_hour)
    chosen = _parse_when(when, day.date)
    settings.exam_date = chosen
    with Store.open(db_path) as store:
        save_settings(settings)
        moved = apply_exam_date(store, settings, day, Scheduling(settings.desired_retention))
    if chosen is None:
        console().print("Exam date cleared.", markup=False)
        return
    left = (chosen - day.date).days
    console().print(
        f"Exam date set to {chosen.isoformat()} ({left} days left); "
        f"{moved} reviews moved before it.",
        markup=False,
    )


def _parse_when(when: str, today: date) -> date | None:
    from quiz.core.review.settings import parse_exam_date

    if when.strip().lower() in ("none", "clear", "off"):
        return None
    try:
        chosen = parse_exam_date(when)
    except ValueError as exc:
        raise BadInput(f"{exc}", hint="e.g. quiz exam-date 2026-06-20") from exc
    assert chosen is not None
    if chosen < today:
        raise BadInput(
            f"the exam date {chosen.isoformat()} is in the past (today is {today.isoformat()})",
            hint="give a date from today on",
        )
    if chosen > today + timedelta(days=3650):
        raise BadInput(f"the exam date {chosen.isoformat()} is more than ten years away")
    return chosen
