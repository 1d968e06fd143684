"""Start-up stays light: building and running the app does not import jieba."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path


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
