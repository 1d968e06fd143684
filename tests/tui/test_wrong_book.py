"""The 错题本 lists wrong answers and drills them."""

from __future__ import annotations

from quiz.tui.screens.study import StudyScreen
from quiz.tui.screens.wrong_book import WrongBookScreen
from tests.helpers.learner import answer_keys, started


async def test_wrong_answer_lands_in_the_wrong_book_and_drills(make_app) -> None:
    app = make_app("study")
    async with app.run_test(size=(100, 32)) as pilot:
        await started(app, pilot)
        wrong = app.screen.question
        await pilot.press(*answer_keys(wrong, wrong=True))
        await pilot.pause()
        await pilot.press("escape", "w")
        await pilot.pause()
        book = app.screen
        assert isinstance(book, WrongBookScreen)
        assert [e.question_id for e in book.entries] == [wrong.id]
        assert "错错" in str(book.query_one("#wrong-book-table").get_row_at(0)[2])
        await pilot.press("d")
        await pilot.pause()
        drill = app.screen
        assert isinstance(drill, StudyScreen) and drill.question.id == wrong.id
        await pilot.press(*answer_keys(wrong))
        await pilot.pause()
        assert drill.result.correct
        await pilot.press("enter")
        await pilot.pause()
        assert drill.state == "done"
