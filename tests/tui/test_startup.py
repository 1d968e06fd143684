"""Start-up stays light: building and running the app does not import jieba, and what it
loads is kept out of the cyclic garbage collector's full collections."""

from __future__ import annotations

import gc
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.helpers.learner import started


def test_starting_the_app_does_not_import_jieba(small_bank_path: Path, tmp_path: Path) -> None:
    code = textwrap.dedent(
        f"""
        import asyncio, sys
        from quiz.tui.app import create_app

        async def main():
            app = create_app({str(small_bank_path)!r}, {str(tmp_path / "db.sqlite3")!r}, "study")
            async with app.run_test(size=(80, 24)) as pilot:
                await app.workers.wait_for_complete()
                await pilot.pause()
                assert type(app.screen).__name__ == "StudyScreen", app.screen
        asyncio.run(main())
        print("jieba" in sys.modules)
        """
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "False"


async def test_what_start_up_loaded_is_frozen_out_of_the_collector_while_the_app_runs(make_app) -> None:
    gc.unfreeze()
    app = make_app("study")
    async with app.run_test(size=(80, 24)) as pilot:
        await started(app, pilot)
        assert gc.get_freeze_count() > 10_000  # Textual and the modules, once the app started
        await pilot.pause(0.5)  # the grader's tables are loaded 0.3 s after the first screen
        await app.workers.wait_for_complete()
        assert gc.get_freeze_count() > 100_000  # the bank and the grader's tables too
    assert gc.get_freeze_count() == 0  # the app's end lets it all go
