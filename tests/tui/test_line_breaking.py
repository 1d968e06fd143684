"""Text on the study, feedback and exam screens follows Chinese line-breaking rules at 80 columns."""

from __future__ import annotations

import re

from quiz.tui.screens.exam import ExamScreen
from quiz.tui.widgets.cloze_card import ClozeCard
from tests.tui.conftest import answer_keys, drill, started

CLOSING = "、，。；：”）》"
FRAME = " │┃▎▍▌▊█▏▕╎┆"


def screen_lines(app) -> list[str]:
    """The screen as the terminal shows it, one string per row."""
    return [strip.text for strip in app.screen._compositor.render_strips()]


def bad_lines(app) -> list[str]:
    """Rows whose text (after the frame and a label column) starts with closing punctuation,
    or that end inside a blank that goes on in the next row."""
    bad = []
    lines = screen_lines(app)
    for row, line in enumerate(lines):
        for piece in re.split(r" {2,}", line.strip(FRAME)):
            if piece.strip(FRAME)[:1] in set(CLOSING):
                bad.append(line)
        if re.search(r"＿\s*$", line) and row + 1 < len(lines) and lines[row + 1].strip(FRAME).startswith("＿"):
            bad.append(line)
    return bad


async def test_study_and_feedback_lines_at_80_columns(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await started(app, pilot)
        questions = list(app.trainer.bank.questions)
        screen = await drill(app, pilot, *[q.id for q in questions])
        problems = []
        for _ in questions:
            question = screen.question
            problems += bad_lines(app)
            await pilot.press(*answer_keys(question, wrong=True))
            await pilot.pause()
            problems += bad_lines(app)
            await pilot.press("enter")
            await pilot.pause()
        assert problems == []


async def test_exam_lines_at_80_columns(make_app) -> None:
    app = make_app("exam")
    async with app.run_test(size=(80, 24)) as pilot:
        await started(app, pilot)
        await pilot.press("ctrl+s")
        await pilot.pause()
        exam = app.screen
        assert isinstance(exam, ExamScreen)
        problems = []
        for _ in list(exam.questions):
            await pilot.pause()
            problems += bad_lines(app)
            await pilot.press("ctrl+n")
        assert problems == []


# Default-bank 填空 whose prompts plain folding breaks before 、 or ， at 80 columns.
LONG_PROMPTS = [
    "000_6af6b510167a07b9/1+5+9+1/cloze/label",
    "000_6af6b510167a07b9/九大重点任务/cloze/item-0",
    "000_6af6b510167a07b9/1+5+9+1/cloze/item-0",
    "000_6af6b510167a07b9/1+5+9+1/cloze/item-1",
    "000_6af6b510167a07b9/九大重点任务/cloze/all",
    "002_a0322750131d4922/三提三敢/cloze/all",
    "004_54d0cbe4cf41eb1c/五个百强区/cloze/all",
    "004_54d0cbe4cf41eb1c/五个振兴/cloze/all",
]


async def test_long_default_bank_prompts_at_80_columns(make_app) -> None:
    from quiz.paths import default_bank_path

    app = make_app("home", bank=default_bank_path())
    async with app.run_test(size=(80, 24)) as pilot:
        await started(app, pilot)
        screen = await drill(app, pilot, *LONG_PROMPTS)
        problems = []
        seen = []
        for _ in LONG_PROMPTS:
            seen.append(screen.question.id)
            problems += bad_lines(app)
            card = app.screen.query(ClozeCard).first()
            for box in card.inputs:
                box.value = "错"
            card.submit()
            await pilot.pause()
            problems += bad_lines(app)  # the feedback
            await pilot.press("enter")
            await pilot.pause()
        assert seen == LONG_PROMPTS
        assert problems == []
