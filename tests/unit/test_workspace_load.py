"""A workspace loaded in a thread begun before the UI: its steps, its result, its error."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from quiz.core import workspace
from quiz.core.errors import InputNotFound
from quiz.core.workspace import LOAD_STEPS
from quiz.core.workspace_load import WorkspaceLoad


def test_the_steps_taken_before_and_after_the_wait_are_each_reported_once_in_order(
        small_bank_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    halfway = threading.Event()
    release = threading.Event()
    load_workspace = workspace.load_workspace

    def paused(bank_path, db_path, now, progress):
        def step(index: int, name: str) -> None:
            progress(index, name)
            if index == 1:
                halfway.set()
                release.wait(10)

        return load_workspace(bank_path, db_path, now, step)

    monkeypatch.setattr("quiz.core.workspace_load.load_workspace", paused)
    load = WorkspaceLoad(small_bank_path, tmp_path / "db.sqlite3")
    assert halfway.wait(10) and not load.done()
    steps: list[int] = []
    threading.Timer(0.05, release.set).start()  # the rest of the steps come during the wait
    trainer = load.result(lambda index, name: steps.append(index))
    try:
        assert steps == list(range(len(LOAD_STEPS)))
        assert load.done() and trainer.bank.questions
        assert load.result() is trainer  # asked again: the same workspace, at once
    finally:
        trainer.close()


def test_the_loads_error_is_raised_to_whoever_waits(tmp_path: Path) -> None:
    load = WorkspaceLoad(tmp_path / "missing.yaml", tmp_path / "db.sqlite3")
    with pytest.raises(InputNotFound):
        load.result()
    assert not (tmp_path / "db.sqlite3").exists()  # a bank that fails never reaches the database
