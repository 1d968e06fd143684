"""The mock exam in progress, kept in the review database answer by answer.

One exam at a time per database: its plan, questions and time used sit under the `meta`
key `exam.current`, each answer in a row of `exam_draft`. Every change is its own
transaction, so `q`, Ctrl-C or a killed terminal leaves the exam resumable, opening at
the question the learner was on. The
statements are the store's (`drafts.py`); the table is created on first use, so an older
database simply gains it. The set-up's last values sit under
`exam.last_plan`.
"""

from __future__ import annotations

import json

from quiz.core.clock import from_us, require_utc, to_us
from quiz.core.model import Bank
from quiz.core.review.db import Store
from quiz.core.review.exam import ExamPaper, ExamPlan

_CURRENT = "exam.current"
_LAST_PLAN = "exam.last_plan"


class ExamStore:
    """Save, resume and forget the exam in progress; remember the last set-up."""

    def __init__(self, store: Store) -> None:
        self.store = store
        with store.transaction():
            store.ensure_exam_draft()

    def _meta(self, key: str) -> str | None:
        return self.store.meta_value(key)

    def begin(self, paper: ExamPaper) -> None:
        """Start keeping `paper` (replacing any exam in progress)."""
        head = {
            "bank_title": paper.bank_title, "plan": paper.plan.to_dict(),
            "questions": [q.id for q in paper.questions],
            "started": to_us(require_utc(paper.started)), "elapsed_s": paper.elapsed_s,
            "position": paper.position,
        }
        with self.store.transaction():
            self.store.clear_exam_draft()
            self._put_meta(_CURRENT, json.dumps(head, ensure_ascii=False))
            self._put_meta(_LAST_PLAN, json.dumps(paper.plan.to_dict()))
            for position, given in paper.answers.items():
                self._put_answer(position, given)

    def save_answer(self, position: int, given: tuple[str, ...], elapsed_s: float) -> None:
        """Keep one answer (an empty one clears it) and the time used so far."""
        with self.store.transaction():
            self._put_answer(position, given)
            self._set_elapsed(elapsed_s)

    def save_time(self, elapsed_s: float) -> None:
        with self.store.transaction():
            self._set_elapsed(elapsed_s)

    def save_position(self, position: int) -> None:
        """Keep which question is shown, so a resumed exam opens there."""
        with self.store.transaction():
            self._set_head("position", position)

    def _set_elapsed(self, elapsed_s: float) -> None:
        self._set_head("elapsed_s", elapsed_s)

    def _set_head(self, key: str, value: float | int) -> None:
        raw = self._meta(_CURRENT)
        if raw is None:
            return
        head = json.loads(raw)
        head[key] = value
        self._put_meta(_CURRENT, json.dumps(head, ensure_ascii=False))

    def _put_answer(self, position: int, given: tuple[str, ...]) -> None:
        self.store.put_exam_answer(position, json.dumps(list(given), ensure_ascii=False))

    def _put_meta(self, key: str, value: str) -> None:
        self.store.put_meta_value(key, value)

    def resume(self, bank: Bank) -> ExamPaper | None:
        """The exam in progress on this bank, or None (none, another bank, questions gone)."""
        raw = self._meta(_CURRENT)
        if raw is None:
            return None
        head = json.loads(raw)
        questions = [bank.question(qid) for qid in head["questions"]]
        if head["bank_title"] != bank.title or not questions or None in questions:
            return None
        answers = {
            int(row["position"]): tuple(json.loads(row["answer"]))
            for row in self.store.exam_answers_kept()
        }
        return ExamPaper(
            bank_title=head["bank_title"], plan=ExamPlan.from_dict(head["plan"]),
            questions=[q for q in questions if q is not None],
            started=from_us(head["started"]), answers=answers,
            elapsed_s=float(head.get("elapsed_s", 0.0)),
            position=head.get("position") if isinstance(head.get("position"), int) else None,
        )

    def forget(self) -> None:
        """Drop the exam in progress (handed in or discarded)."""
        with self.store.transaction():
            self.store.clear_exam_draft()
            self.store.delete_meta_value(_CURRENT)

    def last_plan(self) -> ExamPlan | None:
        """The set-up used last time, if any."""
        raw = self._meta(_LAST_PLAN)
        return ExamPlan.from_dict(json.loads(raw)) if raw else None
