"""The mouse works too: choose options, join pairs and reorder items by clicking."""

from __future__ import annotations

from quiz.core.model import Question, QuestionType
from quiz.tui.screens.study import StudyScreen
from quiz.tui.widgets.choice_list import ChoiceOption
from quiz.tui.widgets.matching_board import BoardEntry
from quiz.tui.widgets.ordering_list import OrderItem
from tests.helpers.learner import started


def of_type(app, kind: QuestionType) -> Question:
    return next(q for q in app.trainer.bank.questions if q.type == kind)


async def drill_one(app, pilot, kind: QuestionType) -> StudyScreen:
    app.open_study(drill=[of_type(app, kind)])
    await pilot.pause()
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, StudyScreen) and screen.question.type == kind
    return screen


async def test_click_a_single_choice_option(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await started(app, pilot)
        screen = await drill_one(app, pilot, QuestionType.SINGLE_CHOICE)
        right = "ABCD".index(screen.question.answers[0])
        option = [o for o in screen.query(ChoiceOption) if o.index == right][0]
        await pilot.click(option)
        await pilot.pause()
        assert screen.state == "feedback" and screen.result.correct


async def test_click_left_then_right_joins_a_pair(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        screen = await drill_one(app, pilot, QuestionType.MATCHING)
        question = screen.question
        entries = list(screen.query(BoardEntry))
        for index, right in enumerate(question.answers):
            left_entry = next(e for e in entries if e.side == "left" and e.index == index)
            right_index = question.options.index(right)
            right_entry = next(e for e in entries if e.side == "right" and e.index == right_index)
            await pilot.click(left_entry)
            await pilot.click(right_entry)
        await pilot.press("enter")
        await pilot.pause()
        assert screen.result.correct, screen.result


async def test_click_to_move_an_item(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await started(app, pilot)
        screen = await drill_one(app, pilot, QuestionType.ORDERING)
        board = screen.query_one("OrderingList")
        before = list(board.items)
        rows = list(screen.query(OrderItem))
        await pilot.click(rows[0])  # pick up the first item
        await pilot.click(rows[2])  # and put it last
        await pilot.pause()
        assert board.items == before[1:] + before[:1]
