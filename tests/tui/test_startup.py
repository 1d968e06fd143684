"""Start-up stays light: building and running the app does not import jieba, what it
loads is kept out of the cyclic garbage collector's full collections, and a loading
screen is shown only when opening the bank takes a while."""

from __future__ import annotations

import gc
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest
from textual.widgets import ProgressBar

from quiz.core.errors import ExitCode, QuizError
from quiz.core.workspace import LOAD_STEPS
from quiz.core.workspace_load import WorkspaceLoad
from quiz.tui.app import LOADING_SCREEN_AFTER, create_app
from quiz.tui.screens.loading import LoadingScreen
from quiz.tui.screens.problem import ProblemScreen
from tests.helpers.learner import shown, started


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


async def test_a_quick_open_shows_the_first_card_without_a_loading_screen(make_app) -> None:
    app = make_app("study")
    pushed: list[str] = []
    push = app.push_screen

    def spy(screen, *args, **kwargs):
        pushed.append(type(screen).__name__)
        return push(screen, *args, **kwargs)

    app.push_screen = spy  # type: ignore[method-assign]
    async with app.run_test(size=(80, 24)) as pilot:
        await started(app, pilot)
        assert [type(s).__name__ for s in app.screen_stack] == ["Screen", "StudyScreen"]
        await pilot.pause(LOADING_SCREEN_AFTER + 0.1)  # the loading screen's time has passed
        assert pushed == ["StudyScreen"]
        await pilot.press("escape")  # the trainer opened on this screen: back to the home screen
        await pilot.pause()
        assert [type(s).__name__ for s in app.screen_stack] == ["Screen", "HomeScreen"]


async def test_a_slow_open_shows_its_steps_then_the_first_card_in_their_place(
        make_app, monkeypatch) -> None:
    from quiz.core import workspace

    release = threading.Event()
    load = workspace.load_workspace

    def slow_load(bank_path, db_path, now, progress):
        def step(index: int, name: str) -> None:
            progress(index, name)
            if index == 2:  # checking the bank, as a first open does
                release.wait(10)

        return load(bank_path, db_path, now, step)

    monkeypatch.setattr(workspace, "load_workspace", slow_load)
    app = make_app("study")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause(LOADING_SCREEN_AFTER + 0.2)
        assert isinstance(app.screen, LoadingScreen)
        assert shown(app.screen.query_one("#loading-step")).strip() == f"{LOAD_STEPS[2]} …"
        assert app.screen.query_one(ProgressBar).progress == 2
        release.set()
        await started(app, pilot)
        assert [type(s).__name__ for s in app.screen_stack] == ["Screen", "StudyScreen"]


async def test_a_load_begun_before_the_app_gives_the_same_first_card_without_a_worker(
        small_bank_path: Path, tmp_path: Path, clock, monkeypatch) -> None:
    from quiz.tui import app as app_module

    app = create_app(small_bank_path, tmp_path / "worker.sqlite3", "study", now=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(app, pilot)
        first_card = app.screen.question.id  # opened in a worker, as the tests' apps are

    load = WorkspaceLoad(small_bank_path, tmp_path / "begun.sqlite3", clock)
    load.result()  # finished, as it is by the time Textual has loaded
    workers: list[object] = []
    monkeypatch.setattr(app_module, "open_in_worker", lambda *args, **kwargs: workers.append(args))
    app = create_app(small_bank_path, tmp_path / "begun.sqlite3", "study", now=clock, load=load)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(app, pilot)
        assert [type(s).__name__ for s in app.screen_stack] == ["Screen", "StudyScreen"]
        assert app.screen.question.id == first_card
    assert workers == []


async def test_a_load_still_running_at_start_is_waited_for_in_a_worker_with_its_steps_shown(
        small_bank_path: Path, tmp_path: Path, clock, monkeypatch) -> None:
    release = threading.Event()
    from quiz.core import workspace

    load_workspace = workspace.load_workspace

    def slow_load(bank_path, db_path, now, progress):
        def step(index: int, name: str) -> None:
            progress(index, name)
            if index == 2:
                release.wait(10)

        return load_workspace(bank_path, db_path, now, step)

    monkeypatch.setattr("quiz.core.workspace_load.load_workspace", slow_load)
    load = WorkspaceLoad(small_bank_path, tmp_path / "db.sqlite3", clock)
    app = create_app(small_bank_path, tmp_path / "db.sqlite3", "study", now=clock, load=load)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause(LOADING_SCREEN_AFTER + 0.2)
        assert isinstance(app.screen, LoadingScreen)
        assert shown(app.screen.query_one("#loading-step")).strip() == f"{LOAD_STEPS[2]} …"
        release.set()
        await started(app, pilot)
        assert [type(s).__name__ for s in app.screen_stack] == ["Screen", "StudyScreen"]


async def test_a_load_begun_before_the_app_that_failed_is_a_problem_screen_with_its_code(
        tmp_path: Path, clock) -> None:
    missing = tmp_path / "missing.yaml"
    load = WorkspaceLoad(missing, tmp_path / "db.sqlite3", clock)
    with pytest.raises(QuizError):
        load.result()
    app = create_app(missing, tmp_path / "db.sqlite3", "study", now=clock, load=load)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(app, pilot)
        assert isinstance(app.screen, ProblemScreen)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == int(ExitCode.NOT_FOUND)
