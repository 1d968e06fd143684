"""Text on the study, feedback and exam screens follows Chinese line-breaking rules at 80 columns."""

from __future__ import annotations

import re

from quiz.tui.screens.exam import ExamScreen
from quiz.tui.widgets.cloze_card import ClozeCard
from tests.helpers.learner import answer_keys, drill, started

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
def _long_prompts() -> list[str]:
    """The eight longest 填空 stems of the default bank (they wrap most at 80 columns)."""
    from quiz.core.bank.io import load_bank
    from quiz.paths import default_bank_path

    cloze = [q for q in load_bank(default_bank_path()).questions if q.type.value == "cloze"]
    return [q.id for q in sorted(cloze, key=lambda q: (-len(q.prompt), q.id))[:8]]


async def test_long_default_bank_prompts_at_80_columns(make_app) -> None:
    from quiz.paths import default_bank_path

    long_prompts = _long_prompts()
    app = make_app("home", bank=default_bank_path())
    async with app.run_test(size=(80, 24)) as pilot:
        await started(app, pilot)
        screen = await drill(app, pilot, *long_prompts)
        problems = []
        seen = []
        for _ in long_prompts:
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
        assert seen == long_prompts
        assert problems == []
