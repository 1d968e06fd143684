"""Looking back over the reviews: the wrong-answer book, exam history and statistics."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

from quiz.core.clock import Day, from_us
from quiz.core.review.db import Store
from quiz.core.review.types import ExamResult, Stats, WrongEntry


def wrong_book(store: Store) -> list[WrongEntry]:
    """Wrong answers and leeches of visible questions, newest first (an exam question left
    unanswered is no wrong answer)."""
    found: dict[str, tuple[list[str], sqlite3.Row]] = {}
    for row in store.wrong_answers():
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
    return [
        ExamResult(
            bank_title=exam["bank_title"], started=from_us(exam["started"]),
            finished=from_us(exam["finished"]), score=exam["score"], total=exam["total"],
            answers=tuple((a["question_id"], a["answer"], bool(a["correct"])) for a in answers),
        )
        for exam, answers in store.exams()
    ]


def compute_stats(store: Store, day: Day) -> Stats:
    """Statistics over visible cards and all reviews, by the learner's study days."""
    due_today = store.count_due(day.end)
    due_next_7 = store.count_due(day.end + timedelta(days=7), since=day.end)
    reviews_today = store.count_reviews_since(day.start)
    passed, total = store.review_passes_since(day.now - timedelta(days=30))
    leeches = store.count_leeches()
    epoch = date(1970, 1, 1)
    today_number = (day.date - epoch).days
    heatmap = {
        epoch + timedelta(days=number): count
        for number, count in store.reviews_per_day(day, day.start - timedelta(days=364))
    }
    forecast: dict[date, int] = {}
    for number, count in store.due_per_day(day, day.start + timedelta(days=30)):
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
