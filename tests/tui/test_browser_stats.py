"""The browser (search, open a formula, suspend) and the stats screen."""

from __future__ import annotations

from textual.widgets import DataTable

from quiz.tui.screens.browser import BrowserScreen
from quiz.tui.screens.formula import FormulaScreen
from quiz.tui.screens.stats import StatsScreen
from quiz.tui.widgets.heatmap import Heatmap
from tests.helpers.learner import FIVE_CARDS, drill, shown, started


async def test_search_open_formula_and_suspend(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        await pilot.press("b")
        await pilot.pause()
        browser = app.screen
        assert isinstance(browser, BrowserScreen)
        assert browser.query_one(DataTable).row_count == 4
        await pilot.press(*"需求收缩")  # an item of 三重压力
        await pilot.pause()
        table = browser.query_one(DataTable)
        assert table.row_count == 1
        await pilot.press("enter", "enter")  # to the list, then open the row
        await pilot.pause()
        formula = app.screen
        assert isinstance(formula, FormulaScreen) and formula.formula.label == "三重压力"
        first = formula.questions[0]
        await pilot.press("s")
        await pilot.pause()
        assert app.trainer.session.card_info(first.id).suspended
        assert "暂停" in str(formula.query_one(DataTable).get_row_at(0)[-1])
        await pilot.press("s")
        await pilot.pause()
        assert not app.trainer.session.card_info(first.id).suspended


async def test_stats_count_todays_reviews(make_app, clock) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await started(app, pilot)
        await drill(app, pilot, FIVE_CARDS)
        await pilot.press(*"民富区强", "enter", "escape")
        await pilot.pause()
        await pilot.press("t")
        await pilot.pause()
        stats = app.screen
        assert isinstance(stats, StatsScreen)
        assert stats.query_one(Heatmap).counts.get(clock().astimezone().date()) == 1
        assert "今日已答 1" in shown(stats.query_one("#stats-numbers"))


async def test_search_by_pinyin_and_traditional_characters(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(160, 40)) as pilot:
        await started(app, pilot)
        await pilot.press("b")
        await app.workers.wait_for_complete()  # the pinyin index
        await pilot.pause()
        browser = app.screen
        table = browser.query_one(DataTable)
        search = browser.query_one("#browser-search")
        for query in ("wzmp", "wuzhangmingpian", "五張名片", "五张名片"):
            search.value = query
            await pilot.pause()
            labels = [str(table.get_row_at(i)[0]) for i in range(table.row_count)]
            assert labels == ["五张名片"], (query, labels)
        # the item column uses the width there is (not a fixed 30 cells at 160 columns)
        items = list(table.columns.values())[1]
        assert items.width > 80
