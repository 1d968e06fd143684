"""Database reads for the home counts, stats and the 错题本 run off the UI thread."""

from __future__ import annotations

import threading

from tests.helpers.learner import shown, started


async def test_counts_stats_and_wrong_book_are_read_in_workers(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(100, 32)) as pilot:
        await started(app, pilot)
        session = app.trainer.session
        threads: dict[str, list[str]] = {}
        for name in ("counts", "stats", "wrong_book", "exam_history"):
            original = getattr(session, name)

            def spy(*args, _name=name, _original=original, **kwargs):
                threads.setdefault(_name, []).append(threading.current_thread().name)
                return _original(*args, **kwargs)

            setattr(session, name, spy)
        app.screen.refresh_counts()
        for key in ("t", "escape", "w", "escape"):
            await pilot.press(key)
            await app.workers.wait_for_complete()
            await pilot.pause()
            if key == "w":
                assert "错题本" in shown(app.screen.query_one("#wrong-book-title"))
            if key == "t":
                assert "今日已答" in shown(app.screen.query_one("#stats-numbers"))
        main = threading.main_thread().name
        assert set(threads) == {"counts", "stats", "wrong_book", "exam_history"}
        assert all(main not in names for names in threads.values()), threads
