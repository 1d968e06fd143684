"""Settings changes are saved and take effect at once."""

from __future__ import annotations

from quiz.core.review.settings import load_settings
from quiz.tui.screens.settings import SettingsScreen
from tests.helpers.learner import shown, started


async def test_settings_saved_and_applied(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await started(app, pilot)
        await pilot.press("o")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SettingsScreen)
        screen.query_one("#settings-new_per_day").value = "1"
        screen.query_one("#settings-exam_date").value = "2026-12-01"
        screen.query_one("#settings-pinyin").value = False
        screen.query_one("#settings-theme").value = "textual-light"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, SettingsScreen)
        saved = load_settings()
        assert saved.new_per_day == 1 and saved.pinyin is False
        assert app.theme == "textual-light"
        assert app.trainer.session.counts().new == 1
        assert "距考试还有 10 天" in shown(app.screen.query_one("#home-countdown"))
        # Pinyin off: initials no longer count as an answer.
        await pilot.press("s")
        await pilot.pause()
        await pilot.press(*"mfqq", "enter")
        await pilot.pause()
        assert app.screen.result.correct is False


async def test_bad_setting_is_refused_with_a_notice(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await started(app, pilot)
        await pilot.press("o")
        await pilot.pause()
        app.screen.query_one("#settings-desired_retention").value = "1.5"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, SettingsScreen)
        assert any("没有保存" in str(n.message) for n in app._notifications)
        # one language, the setting's own name: not `desired_retention must be ...`
        notice = next(str(n.message) for n in app._notifications if "没有保存" in str(n.message))
        assert "目标记忆保持率须在 0.5 到 0.99 之间" in notice
        assert "desired_retention" not in notice and "must" not in notice
        assert load_settings().desired_retention == 0.9


async def test_the_open_theme_menu_names_its_keys_in_chinese(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 40)) as pilot:
        await started(app, pilot)
        await pilot.press("o")
        await pilot.pause()
        app.screen.query_one("#settings-theme").focus()
        await pilot.press("enter")  # open the menu: its keys are the footer's now
        await pilot.pause()
        footer = " ".join(b.binding.description for b in app.active_bindings.values()
                          if b.binding.show)
        assert "关闭菜单" in footer and "Dismiss" not in footer
