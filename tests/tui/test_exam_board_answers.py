"""Matching and ordering answers in a mock exam: marked as answered, shown again on return,
and a resumed exam opens at the question the learner was on."""

from __future__ import annotations

from quiz.core.model import QuestionType
from quiz.tui.screens.exam import ExamScreen
from quiz.tui.screens.exam_palette import palette_line
from tests.helpers.learner import answer_keys, shown, started
from tests.tui.test_exam_keeps_work import start_exam


async def go_to(pilot, exam: ExamScreen, position: int) -> None:
    """Step with Ctrl+N / Ctrl+P until `position` is shown."""
    while exam.index != position:
        await pilot.press("ctrl+n" if exam.index < position else "ctrl+p")
        await pilot.pause()
    await pilot.pause()


def position_of(exam: ExamScreen, kind: QuestionType) -> int:
    return next(i for i, q in enumerate(exam.questions) if q.type == kind)


def marks(exam: ExamScreen) -> list[str]:
    """The palette line's mark per question (`✓` answered, `·` not, `▸` current)."""
    return [part[-1] for part in palette_line(exam.paper, exam.index).split()]


async def test_matching_joins_are_kept_when_moving_on_and_shown_again(make_app) -> None:
    app = make_app("exam")
    async with app.run_test(size=(100, 32)) as pilot:
        exam = await start_exam(app, pilot)
        where = position_of(exam, QuestionType.MATCHING)
        question = exam.questions[where]
        await go_to(pilot, exam, where)
        await pilot.press(*answer_keys(question)[:-1])  # joined, Enter not pressed
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert marks(exam)[where] == "✓"
        assert "已答 1" in shown(exam.query_one("#exam-status"))
        await go_to(pilot, exam, where)
        assert exam.current_widget().current_answer() == tuple(question.answers)
        assert app.trainer.exams.resume(app.trainer.bank).answers[where] == tuple(question.answers)


async def test_ordering_moves_are_kept_when_moving_on_and_shown_again(make_app) -> None:
    app = make_app("exam")
    async with app.run_test(size=(100, 32)) as pilot:
        exam = await start_exam(app, pilot)
        where = position_of(exam, QuestionType.ORDERING)
        question = exam.questions[where]
        assert list(question.options) != list(question.answers)
        await go_to(pilot, exam, where)
        await pilot.press(*answer_keys(question)[:-1])  # reordered, Enter not pressed
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert marks(exam)[where] == "✓"
        await go_to(pilot, exam, where)
        assert exam.current_widget().current_answer() == tuple(question.answers)


async def test_submitted_board_answers_are_shown_again(make_app) -> None:
    app = make_app("exam")
    async with app.run_test(size=(100, 32)) as pilot:
        exam = await start_exam(app, pilot)
        for kind in (QuestionType.MATCHING, QuestionType.ORDERING):
            where = position_of(exam, kind)
            question = exam.questions[where]
            await go_to(pilot, exam, where)
            await pilot.press(*answer_keys(question))  # with Enter: moves on by itself
            await pilot.pause()
            assert exam.index != where and marks(exam)[where] == "✓"
            await go_to(pilot, exam, where)
            assert exam.current_widget().current_answer() == tuple(question.answers)


async def test_an_untouched_ordering_question_is_not_answered(make_app) -> None:
    app = make_app("exam")
    async with app.run_test(size=(100, 32)) as pilot:
        exam = await start_exam(app, pilot)
        where = position_of(exam, QuestionType.ORDERING)
        await go_to(pilot, exam, where)
        await pilot.press("down", "up")  # only the cursor moved
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert marks(exam)[where] == "·"


async def test_a_resumed_exam_opens_where_the_learner_was(make_app) -> None:
    app = make_app("exam")
    async with app.run_test(size=(100, 32)) as pilot:
        exam = await start_exam(app, pilot)
        where = position_of(exam, QuestionType.MATCHING)
        await go_to(pilot, exam, min(where + 2, len(exam.questions) - 1))
        await go_to(pilot, exam, where)  # back to a question that is not the first unanswered
        await pilot.press(*answer_keys(exam.questions[where])[:2])
        await pilot.pause()
        await pilot.press("ctrl+c")
    again = make_app("home")
    async with again.run_test(size=(100, 32)) as pilot:
        await started(again, pilot)
        await pilot.press("r")
        await pilot.pause()
        await pilot.pause()
        exam = again.screen
        assert isinstance(exam, ExamScreen)
        assert exam.index == where
