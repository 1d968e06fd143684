"""Looking back over the reviews: the wrong-answer book, exam history and statistics."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

from quiz.core.clock import Day, from_us, to_us
from quiz.core.review.db import Store
from quiz.core.review.types import ExamResult, Stats, WrongEntry


def wrong_book(store: Store) -> list[WrongEntry]:
    """Wrong answers and leeches of visible questions, newest first.

    An exam question left unanswered is not a wrong answer (its answer text is empty).
    """
    rows = store.query(
        "SELECT c.question_id AS qid, r.answer AS answer, r.at AS at, c.lapses AS lapses,"
        " c.leech AS leech FROM reviews r JOIN cards c USING (card_id)"
        " WHERE r.correct = 0 AND c.hidden = 0"
        " UNION ALL SELECT a.question_id, a.answer, e.finished, coalesce(c.lapses, 0),"
        " coalesce(c.leech, 0) FROM exam_answers a JOIN exams e ON e.id = a.exam_id"
        " LEFT JOIN cards c ON c.question_id = a.question_id"
        " WHERE a.correct = 0 AND a.answer != '' AND coalesce(c.hidden, 0) = 0"
        " UNION ALL SELECT question_id, NULL, last_review, lapses, leech FROM cards"
        " WHERE leech = 1 AND hidden = 0 ORDER BY at DESC",
    )
    found: dict[str, tuple[list[str], sqlite3.Row]] = {}
    for row in rows:
        answers, _first = found.setdefault(row["qid"], ([], row))
        answer = row["answer"]
        if answer is not None and answer.strip() and answer not in answers:
            answers.append(answer)
    return [
        WrongEntry(
            question_id=qid, wrong_answers=tuple(answers), lapses=first["lapses"],
            leech=bool(first["leech"]), last_wrong=from_us(first["at"]),
        )
        for qid, (answers, first) in found.items()
    ]


def exam_history(store: Store) -> list[ExamResult]:
    """Past mock exams, newest first."""
    results = []
    for exam in store.query("SELECT * FROM exams ORDER BY finished DESC, id DESC"):
        answers = store.query(
            "SELECT question_id, answer, correct FROM exam_answers WHERE exam_id = ?"
            " ORDER BY position", (exam["id"],),
        )
        results.append(ExamResult(
            bank_title=exam["bank_title"], started=from_us(exam["started"]),
            finished=from_us(exam["finished"]), score=exam["score"], total=exam["total"],
            answers=tuple((a["question_id"], a["answer"], bool(a["correct"])) for a in answers),
        ))
    return results


def compute_stats(store: Store, day: Day) -> Stats:
    """Statistics over visible cards and all reviews, by the learner's study days."""
    visible = "reps > 0 AND hidden = 0 AND suspended = 0"
    end, week_end = to_us(day.end), to_us(day.end + timedelta(days=7))
    due_today = store.scalar(f"SELECT count(*) FROM cards WHERE {visible} AND due < ?", (end,))
    due_next_7 = store.scalar(
        f"SELECT count(*) FROM cards WHERE {visible} AND due >= ? AND due < ?", (end, week_end))
    reviews_today = store.scalar("SELECT count(*) FROM reviews WHERE at >= ?", (to_us(day.start),))
    month_ago = to_us(day.now - timedelta(days=30))
    passed, total = store.query(
        "SELECT sum(rating > 1), count(*) FROM reviews WHERE at >= ? AND prior_state = 2",
        (month_ago,),
    )[0]
    leeches = store.scalar("SELECT count(*) FROM cards WHERE leech = 1 AND hidden = 0")
    epoch = date(1970, 1, 1)
    today_number = (day.date - epoch).days
    heatmap = {
        epoch + timedelta(days=r[0]): r[1]
        for r in store.query(
            f"SELECT {day.sql_day('at')} AS d, count(*) FROM reviews WHERE at >= ? GROUP BY d",
            (to_us(day.start - timedelta(days=364)),),
        )
    }
    forecast: dict[date, int] = {}
    for number, count in store.query(
        f"SELECT {day.sql_day('due')} AS d, count(*) FROM cards WHERE {visible} AND due < ?"
        " GROUP BY d", (to_us(day.start + timedelta(days=30)),),
    ):
        when = epoch + timedelta(days=max(number, today_number))
        forecast[when] = forecast.get(when, 0) + count
    streak = 0
    cursor = day.date if heatmap.get(day.date) else day.date - timedelta(days=1)
    while heatmap.get(cursor):
        streak += 1
        cursor -= timedelta(days=1)
    return Stats(
        due_today=due_today, due_next_7=due_next_7, reviews_today=reviews_today,
        streak=streak, retention_30d=(passed / total) if total else None, leeches=leeches,
        heatmap=heatmap, forecast=forecast,
    )
