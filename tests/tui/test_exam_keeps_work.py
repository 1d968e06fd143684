"""A mock exam keeps its work: no hand-in without asking, resumable after quitting,
time-up scores what is typed, skipped questions can be returned to."""

from __future__ import annotations

from quiz.core.model import QuestionType
from quiz.tui.screens.exam import ExamScreen
from quiz.tui.screens.exam_result import ExamResultScreen
from quiz.tui.screens.exam_setup import ExamSetupScreen
from quiz.tui.screens.home import HomeScreen
from tests.helpers.learner import answer_keys, shown, started


async def start_exam(app, pilot, count: str = "8") -> ExamScreen:
    await started(app, pilot)
    assert isinstance(app.screen, ExamSetupScreen)
    app.screen.query_one("#exam-count").value = count
    await pilot.press("ctrl+s")
    await pilot.pause()
    assert isinstance(app.screen, ExamScreen)
    return app.screen


def typed_keys(question) -> list[str]:
    """The keys of a right answer to a 填空, without the final Enter that submits it."""
    assert question.type == QuestionType.CLOZE
    return answer_keys(question)[:-1]


async def test_escape_mid_exam_keeps_it_and_hands_nothing_in(make_app) -> None:
    app = make_app("exam")
    async with app.run_test(size=(100, 32)) as pilot:
        exam = await start_exam(app, pilot)
        await pilot.press(*answer_keys(exam.questions[0]))
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HomeScreen)
        assert app.trainer.session.exam_history() == []
        assert app.trainer.session.wrong_book() == []
        paper = app.trainer.exams.resume(app.trainer.bank)
        assert paper is not None and len(paper.answers) == 1


async def test_double_ctrl_s_starts_but_does_not_hand_in(make_app) -> None:
    app = make_app("exam")
    async with app.run_test(size=(100, 32)) as pilot:
        await started(app, pilot)
        await pilot.press("ctrl+s", "ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ExamScreen)
        assert app.trainer.session.exam_history() == []


async def test_hand_in_asks_and_counts_the_unanswered(make_app) -> None:
    app = make_app("exam")
    async with app.run_test(size=(100, 32)) as pilot:
        exam = await start_exam(app, pilot)
        await pilot.press(*answer_keys(exam.questions[0]))
        await pilot.press("ctrl+t")
        await pilot.pause()
        assert f"还有 {len(exam.questions) - 1} 题未作答" in shown(app.screen.query_one("#ask-message"))
        await pilot.press("n")
        await pilot.pause()
        assert app.screen is exam and app.trainer.session.exam_history() == []
        await pilot.press("ctrl+t", "y")
        await pilot.pause()
        assert isinstance(app.screen, ExamResultScreen)
        assert len(app.trainer.session.exam_history()) == 1
        # unseen questions score nothing but are not wrong answers
        assert app.trainer.session.wrong_book() == []


async def test_quit_mid_exam_then_resume_on_next_start(make_app) -> None:
    app = make_app("exam")
    async with app.run_test(size=(100, 32)) as pilot:
        exam = await start_exam(app, pilot)
        first, second = exam.questions[0], exam.questions[1]
        await pilot.press(*answer_keys(first))
        await pilot.press(*typed_keys(second))  # typed, not submitted
        await pilot.pause(0.6)
        await pilot.press("ctrl+c")
    again = make_app("home")
    async with again.run_test(size=(100, 32)) as pilot:
        await started(again, pilot)
        assert "未交卷的模拟考试" in shown(again.screen.query_one("#ask-message"))
        assert again.trainer.session.exam_history() == []
        await pilot.press("r")
        await pilot.pause()
        await pilot.pause()
        exam = again.screen
        assert isinstance(exam, ExamScreen)
        assert exam.index == 1  # the question the learner was on, with what was typed
        await pilot.pause()
        assert exam.current_widget().current_answer() == tuple(second.answers)
        await pilot.press("ctrl+t", "y")
        await pilot.pause()
        result = again.screen.result
        assert result.answers[0][2] and result.answers[1][2]


async def test_time_up_scores_what_is_typed(make_app, clock) -> None:
    app = make_app("exam")
    async with app.run_test(size=(100, 32)) as pilot:
        await started(app, pilot)
        app.screen.query_one("#exam-minutes").value = "1"
        exam = await start_exam(app, pilot)
        await pilot.press(*typed_keys(exam.questions[0]))
        clock.advance(seconds=61)
        exam.tick()
        await pilot.pause()
        assert isinstance(app.screen, ExamResultScreen)
        assert app.screen.result.answers[0][2] is True


async def test_skip_and_return_to_a_question(make_app) -> None:
    app = make_app("exam")
    async with app.run_test(size=(100, 32)) as pilot:
        exam = await start_exam(app, pilot)
        first = exam.questions[0]
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert exam.index == 1
        await pilot.press(*answer_keys(exam.questions[1]))
        await pilot.pause()
        await pilot.press("ctrl+l")  # the palette lists the skipped question as 未答
        await pilot.pause()
        await pilot.press("home", "enter")
        await pilot.pause()
        assert exam.index == 0
        await pilot.press(*answer_keys(first))
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert exam.index == 1  # answered questions can be revisited too
        await pilot.press("ctrl+t", "y")
        await pilot.pause()
        answers = app.screen.result.answers
        assert answers[0][2] and answers[1][2]


async def test_setup_refuses_bad_values_and_remembers_good_ones(make_app) -> None:
    app = make_app("exam")
    async with app.run_test(size=(100, 32)) as pilot:
        await started(app, pilot)
        setup = app.screen
        setup.query_one("#exam-count").value = "abc"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is setup
        assert "题目数量须为正整数" in shown(setup.query_one("#exam-setup-error"))
        setup.query_one("#exam-count").value = "5"
        setup.query_one(f"#exam-points-{QuestionType.CLOZE}").value = "0"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is setup
        assert "填空题的分值须大于 0" in shown(setup.query_one("#exam-setup-error"))
        setup.query_one(f"#exam-points-{QuestionType.CLOZE}").value = "2.5"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, ExamScreen)
        await pilot.press("ctrl+t", "y")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        app.open_exam()
        await pilot.pause()
        again = app.screen
        assert again.query_one("#exam-count").value == "5"
        assert again.query_one(f"#exam-points-{QuestionType.CLOZE}").value == "2.5"
