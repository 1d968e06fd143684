"""Moving through a mock exam loads each question into one widget per kind, not a new one."""

from __future__ import annotations

from quiz.core.model import QuestionType
from quiz.tui.widgets import AnswerInput, answer_kind
from tests.tui.test_exam_keeps_work import start_exam, typed_keys


async def test_one_widget_per_kind_shows_each_question_in_turn(make_app) -> None:
    app = make_app("exam")
    async with app.run_test(size=(100, 32)) as pilot:
        exam = await start_exam(app, pilot, count="12")
        seen: dict[type, AnswerInput] = {}
        for position, question in enumerate(exam.questions):
            assert exam.index == position
            shown = [w for w in exam.query(AnswerInput) if w.display]
            assert [w.question for w in shown] == [question]
            kind = answer_kind(question)
            assert seen.setdefault(kind, shown[0]) is shown[0]  # the same widget as before
            await pilot.press("ctrl+n")
            await pilot.pause()
        assert len(exam.query(AnswerInput)) == len(seen)
        assert len(seen) < len(exam.questions)


async def test_a_draft_comes_back_in_the_reused_widget(make_app) -> None:
    app = make_app("exam")
    async with app.run_test(size=(100, 32)) as pilot:
        exam = await start_exam(app, pilot, count="12")
        first = exam.questions[0]
        assert first.type == QuestionType.CLOZE  # (the test bank's exam opens with one)
        later = next(i for i, q in enumerate(exam.questions) if i and q.type == QuestionType.CLOZE)
        await pilot.press(*typed_keys(first))
        draft = exam.current_widget().draft()
        assert draft
        while exam.index != later:  # another 填空 takes the widget, blank
            await pilot.press("ctrl+n")
            await pilot.pause()
        assert exam.current_widget().draft() is None
        await pilot.press("ctrl+l", "home", "enter")
        await pilot.pause()
        assert exam.index == 0
        assert exam.current_widget().draft() == draft
