"""Driving the trainer like a learner: the keys that answer, waiting, reading the screen."""

from __future__ import annotations

from quiz.core.model import Question, QuestionType
from quiz.tui.app import QuizApp

LETTERS = "ABCDEFGH"


def answer_keys(question: Question, *, wrong: bool = False) -> list[str]:
    """The keys a learner presses to answer `question` (rightly, or wrongly)."""
    kind = question.type
    if kind == QuestionType.CLOZE:
        keys: list[str] = []
        for answer in question.answers:
            keys += list("错错" if wrong else answer) + ["enter"]
        return keys
    if kind == QuestionType.SINGLE_CHOICE:
        right = question.answers[0]
        return [next(c for c in LETTERS[: len(question.options)] if c != right) if wrong else right.lower()]
    if kind == QuestionType.MULTIPLE_CHOICE:
        letters = question.answers[:1] if wrong and len(question.answers) > 1 else question.answers
        return [c.lower() for c in letters] + ["enter"]
    if kind == QuestionType.TRUE_FALSE:
        is_true = question.answers[0] == "对"
        return ["1" if is_true != wrong else "2"]
    if kind == QuestionType.MATCHING:
        keys = []
        rights = list(question.answers)
        if wrong:
            rights = rights[1:] + rights[:1]
        for index, right in enumerate(rights):
            keys += [str(index + 1), LETTERS[question.options.index(right)].lower()]
        return keys + ["enter"]
    if kind == QuestionType.ORDERING:
        order = list(question.options)
        target = list(reversed(question.answers)) if wrong else list(question.answers)
        keys, cursor = [], 0
        for place, item in enumerate(target):
            at = order.index(item)
            keys += ["down"] * (at - cursor) if at >= cursor else ["up"] * (cursor - at)
            keys += ["shift+up"] * (at - place)
            order.insert(place, order.pop(at))
            cursor = place
        return keys + ["enter"]
    raise AssertionError(kind)


async def started(app: QuizApp, pilot) -> None:
    """Wait until the bank is loaded and the first screen shown, with its counts read."""
    await app.workers.wait_for_complete()
    await pilot.pause()
    await app.workers.wait_for_complete()  # the first screen's own reads
    await pilot.pause()


def shown(widget) -> str:
    """The plain text a Static shows (rendered wide, so nothing wraps)."""
    import io

    from rich.console import Console

    console = Console(width=400, file=io.StringIO(), record=True)
    console.print(widget.content)
    return console.export_text()


FIVE_CARDS = "000_6af6b510167a07b9/五张名片/cloze/item-0"  # 民富区强
THREE_PRESSURES = "004_54d0cbe4cf41eb1c/三重压力/cloze/all"  # three blanks, any order


async def drill(app: QuizApp, pilot, *question_ids: str):
    """Open a drill of these questions (so a test does not depend on the queue's order)."""
    questions = [app.trainer.bank.question(qid) for qid in question_ids]
    assert all(questions), question_ids
    app.open_study(drill=questions)
    await pilot.pause()
    await pilot.pause()
    return app.screen
