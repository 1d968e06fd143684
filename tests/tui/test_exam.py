"""A timed mock exam to its score; time running out hands the paper in."""

from __future__ import annotations

from quiz.core.review.exam import DEFAULT_POINTS
from quiz.tui.screens.exam import ExamScreen
from quiz.tui.screens.exam_result import ExamResultScreen
from quiz.tui.screens.exam_setup import ExamSetupScreen
from tests.helpers.learner import answer_keys, shown, started


async def test_exam_to_its_score_and_history(make_app) -> None:
    app = make_app("exam")
    async with app.run_test(size=(100, 32)) as pilot:
        await started(app, pilot)
        assert isinstance(app.screen, ExamSetupScreen)
        app.screen.query_one("#exam-count").value = "8"
        await pilot.press("ctrl+s")
        await pilot.pause()
        exam = app.screen
        assert isinstance(exam, ExamScreen)
        assert "剩余时间 30:00" in shown(exam.query_one("#exam-status"))
        wrong_id = exam.questions[0].id
        for index, question in enumerate(list(exam.questions)):
            await pilot.press(*answer_keys(question, wrong=index == 0))
            await pilot.pause()
            # No feedback during the exam.
            assert not exam.query("#study-feedback")
        await pilot.press("y")  # the hand-in question after the last answer
        await pilot.pause()
        assert isinstance(app.screen, ExamResultScreen)
        result = app.screen.result
        full = sum(DEFAULT_POINTS[q.type] for q in exam.questions)
        assert result.total == full
        assert result.score == full - DEFAULT_POINTS[exam.questions[0].type]
        text = shown(app.screen.query_one("#exam-result-text"))
        assert f"得分 {result.score:g} / {full:g}" in text
        history = app.trainer.session.exam_history()
        assert len(history) == 1 and history[0].score == result.score
        assert wrong_id in {e.question_id for e in app.trainer.session.wrong_book()}


async def test_time_up_hands_the_paper_in(make_app, clock) -> None:
    app = make_app("exam")
    async with app.run_test(size=(100, 32)) as pilot:
        await started(app, pilot)
        app.screen.query_one("#exam-minutes").value = "1"
        await pilot.press("ctrl+s")
        await pilot.pause()
        exam = app.screen
        await pilot.press(*answer_keys(exam.questions[0]))
        clock.advance(seconds=61)
        exam.tick()
        await pilot.pause()
        assert isinstance(app.screen, ExamResultScreen)
        answers = app.screen.result.answers
        assert len(answers) == len(exam.questions)
        assert answers[0][2] is True
        assert all(not ok and text == "" for _, text, ok in answers[1:]), answers
        # unseen questions are not wrong answers
        assert {e.question_id for e in app.trainer.session.wrong_book()}.isdisjoint(
            a[0] for a in answers[1:])
