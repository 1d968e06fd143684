"""A study session driven by keys: every question type, Chinese and pinyin, hint, undo, self-grade."""

from __future__ import annotations

import sqlite3

from quiz.core.model import QuestionType
from quiz.tui.screens.study import StudyScreen
from tests.helpers.learner import FIVE_CARDS, THREE_PRESSURES, answer_keys, drill, shown, started


def review_count(db_path) -> int:
    with sqlite3.connect(db_path) as conn:
        return conn.execute("SELECT count(*) FROM reviews").fetchone()[0]


async def test_every_question_type_answered_and_committed(make_app, db_path) -> None:
    app = make_app("study")
    seen: dict[QuestionType, bool] = {}
    async with app.run_test(size=(100, 32)) as pilot:
        await started(app, pilot)
        screen = app.screen
        assert isinstance(screen, StudyScreen)
        for _ in range(40):
            if screen.state == "done":
                if len(seen) == len(QuestionType):
                    break
                await pilot.press("m")
                await pilot.pause()
                continue
            question = screen.question
            await pilot.press(*answer_keys(question))
            await pilot.pause()
            assert screen.state == "feedback", question.id
            seen[question.type] = screen.result.correct
            # Recorded before the next card is shown.
            assert review_count(db_path) == screen.study_log.done
            await pilot.press("enter")
            await pilot.pause()
    assert set(seen) == set(QuestionType)
    assert all(seen.values()), seen


async def test_wrong_answer_shows_answer_diff_and_source(make_app) -> None:
    app = make_app("study")
    async with app.run_test(size=(100, 32)) as pilot:
        await started(app, pilot)
        screen = app.screen
        question = screen.question
        await pilot.press(*answer_keys(question, wrong=True))
        await pilot.pause()
        assert screen.result.correct is False
        assert screen.rating == 1
        text = shown(screen.query_one("#study-feedback"))
        assert "✘ 错误" in text
        assert question.source in text
        assert "正确答案" in text and "你的答案" in text


async def test_pinyin_initials_and_typed_chinese(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await started(app, pilot)
        screen = await drill(app, pilot, FIVE_CARDS, THREE_PRESSURES)
        await pilot.press(*"mfqq", "enter")
        await pilot.pause()
        assert screen.result.correct and screen.result.given == ("mfqq",)
        await pilot.press("enter")
        await pilot.pause()
        assert screen.question.id == THREE_PRESSURES
        # Chinese as an input method delivers it: composed characters; pinyin in between.
        await pilot.press(*"需求收缩", "enter", *"gjcj", "enter", *"预期转弱", "enter")
        await pilot.pause()
        assert screen.result.correct, screen.result
        assert screen.result.given == ("需求收缩", "gjcj", "预期转弱")


async def test_hint_reveals_first_character_and_counts(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await started(app, pilot)
        screen = await drill(app, pilot, FIVE_CARDS)
        await pilot.press("ctrl+t")
        await pilot.pause()
        box = screen.query_one("#blank-0")
        assert box.value == "民"
        await pilot.press(*"富区强", "enter")
        await pilot.pause()
        assert screen.result.correct
        # A hinted answer is never rated Easy.
        assert screen.rating < 4


async def test_undo_in_a_drill_asks_the_card_again(make_app, db_path) -> None:
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await started(app, pilot)
        screen = await drill(app, pilot, FIVE_CARDS, THREE_PRESSURES)
        await pilot.press(*"民富区强", "enter", "enter")
        await pilot.pause()
        assert screen.question.id == THREE_PRESSURES
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert screen.question.id == FIVE_CARDS and review_count(db_path) == 0
        # The card that was on show when undoing comes next again.
        await pilot.press(*"民富区强", "enter", "enter")
        await pilot.pause()
        assert screen.question.id == THREE_PRESSURES


async def test_change_rating_then_undo(make_app, db_path) -> None:
    app = make_app("study")
    async with app.run_test(size=(100, 32)) as pilot:
        await started(app, pilot)
        screen = app.screen
        first = screen.question
        await pilot.press(*answer_keys(first), "2")
        await pilot.pause()
        assert screen.rating == 2
        with sqlite3.connect(db_path) as conn:
            assert conn.execute("SELECT rating FROM reviews").fetchall() == [(2,)]
        await pilot.press("enter")
        await pilot.pause()
        assert screen.question is not first
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert screen.question.id == first.id and screen.state == "question"
        assert review_count(db_path) == 0


async def test_self_grade(make_app, db_path) -> None:
    app = make_app("study")
    async with app.run_test(size=(100, 32)) as pilot:
        await started(app, pilot)
        screen = app.screen
        first = screen.question
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert screen.state == "reveal"
        assert "民富区强" in shown(screen.query_one("#study-feedback"))
        await pilot.press("3")
        await pilot.pause()
        assert screen.question is not None and screen.question.id != first.id
        with sqlite3.connect(db_path) as conn:
            assert conn.execute("SELECT rating FROM reviews").fetchall() == [(3,)]


async def test_quit_mid_session_keeps_answers(make_app, db_path) -> None:
    app = make_app("study")
    async with app.run_test(size=(100, 32)) as pilot:
        await started(app, pilot)
        await pilot.press(*answer_keys(app.screen.question))
        await pilot.pause()
        await pilot.press("ctrl+c")
        await pilot.pause()
    assert review_count(db_path) == 1


async def test_flag_from_the_session(make_app) -> None:
    app = make_app("study")
    async with app.run_test(size=(100, 32)) as pilot:
        await started(app, pilot)
        question = app.screen.question
        await pilot.press("ctrl+g")
        await pilot.pause()
        assert app.trainer.session.card_info(question.id).flagged


async def test_all_blanks_typed_into_the_first_box(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await started(app, pilot)
        screen = await drill(app, pilot, THREE_PRESSURES)
        await pilot.press(*"需求收缩", "space", *"gjcj", "space", *"预期转弱", "enter")  # one Enter
        await pilot.pause()
        assert screen.result is not None and screen.result.correct, screen.result


async def test_choices_show_selection_and_verdict_by_sign(make_app) -> None:
    from quiz.tui.widgets.choice_list import ChoiceOption

    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await started(app, pilot)
        multiple = next(q for q in app.trainer.bank.questions if q.type == QuestionType.MULTIPLE_CHOICE)
        await drill(app, pilot, multiple.id)
        rows = list(app.screen.query(ChoiceOption))
        first = multiple.answers[0]
        await pilot.press(first.lower())
        await pilot.pause()
        marks = {row.letter: shown(row).strip()[:1] for row in rows}
        assert marks[first] == "☑" and list(marks.values()).count("☑") == 1
        await pilot.press("enter")  # only one of the right options: wrong
        await pilot.pause()
        texts = {row.letter: shown(row) for row in rows}
        assert "✔ 选对了" in texts[first]
        assert all("✔ 正确答案" in texts[a] for a in multiple.answers[1:])
