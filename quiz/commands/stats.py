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
    help="复习数据库 (默认: 数据目录中的那个)。",
)


@click.command("stats")
@_DB_OPTION
def stats(db_path: Path | None) -> None:
    """到期复习、今日复习、连续天数、真实记忆率和难记题。"""
    from rich.table import Table

    from quiz.core.clock import Clock
    from quiz.core.review.db import Store
    from quiz.core.review.session import compute_stats
    from quiz.core.review.settings import load_settings

    settings = load_settings()
    day = Clock().study_day(settings.day_start_hour)
    with Store.open(db_path) as store:
        data = compute_stats(store, day)
    table = Table(title="复习统计", show_header=False, box=None)
    table.add_column(style="bold")
    table.add_column(justify="right")
    table.add_row("今日到期", str(data.due_today))
    table.add_row("未来 7 天到期", str(data.due_next_7))
    table.add_row("今日已复习", str(data.reviews_today))
    table.add_row("连续学习 (天)", str(data.streak))
    retention = "—" if data.retention_30d is None else f"{data.retention_30d:.1%}"
    table.add_row("30 天真实记忆率", retention)
    table.add_row("难记题", str(data.leeches))
    if settings.exam_date is not None:
        left = (settings.exam_date - day.date).days
        table.add_row("考试日期", f"{settings.exam_date.isoformat()} (还有 {left} 天)")
    console().print(table)


@click.command("exam-date")
@click.argument("when")
@_DB_OPTION
def exam_date(when: str, db_path: Path | None) -> None:
    """设置考试日期 (YYYY-MM-DD), 或用 `none` 清除。

    设置后复习间隔不会越过考试日期, 学过的题在考前都会再出现; 最后几天优先最薄弱的题。
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
        console().print("已清除考试日期。", markup=False)
        return
    left = (chosen - day.date).days
    console().print(
        f"考试日期已设为 {chosen.isoformat()} (还有 {left} 天); "
        f"{moved} 次复习提前到了考试之前。",
        markup=False,
    )


def _parse_when(when: str, today: date) -> date | None:
    from quiz.core.review.settings import parse_exam_date

    if when.strip().lower() in ("none", "clear", "off"):
        return None
    try:
        chosen = parse_exam_date(when)
    except ValueError as exc:
        raise BadInput(f"{exc}", hint="例如 quiz exam-date 2026-06-20") from exc
    assert chosen is not None
    if chosen < today:
        raise BadInput(
            f"考试日期 {chosen.isoformat()} 已经过去 (今天是 {today.isoformat()})",
            hint="请给出今天或以后的日期",
        )
    if chosen > today + timedelta(days=3650):
        raise BadInput(f"考试日期 {chosen.isoformat()} 在十年以后")
    return chosen
