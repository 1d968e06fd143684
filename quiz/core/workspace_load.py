"""`load_workspace` in a thread of its own, started before the UI library is imported.

`quiz study` starts one first thing: the bank is read and the database opened while
Textual loads, so the trainer can show its first screen at once, without a blank frame
and a message from a worker in between. Whoever needs the workspace waits for it with
`result()`, which also reports the steps of the load, those already taken included.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from quiz.core.clock import Now
from quiz.core.workspace import Workspace, load_workspace

Progress = Callable[[int, str], None]


class WorkspaceLoad:
    """A workspace being loaded in a daemon thread; `result()` gives it or raises its error."""

    def __init__(self, bank_path: Path, db_path: Path | None, now: Now | None = None) -> None:
        self.bank_path, self.db_path, self.now = bank_path, db_path, now
        self._lock = threading.Lock()
        self._steps: list[tuple[int, str]] = []
        self._progress: Progress | None = None
        self._done = threading.Event()
        self._workspace: Workspace | None = None
        self._error: BaseException | None = None
        threading.Thread(target=self._load, name="workspace load", daemon=True).start()

    def _load(self) -> None:
        try:
            self._workspace = load_workspace(self.bank_path, self.db_path, self.now, self._step)
        except BaseException as error:  # noqa: BLE001 - raised again by result(), in its caller
            self._error = error
        finally:
            self._done.set()

    def _step(self, index: int, name: str) -> None:
        with self._lock:
            self._steps.append((index, name))
            progress = self._progress
        if progress is not None:
            progress(index, name)

    def done(self) -> bool:
        """The load has finished (well or not): `result()` will not wait."""
        return self._done.is_set()

    def result(self, progress: Progress | None = None) -> Workspace:
        """Wait for the workspace; the load's error is raised here. `progress` is told the
        steps taken so far, then each next one as it starts."""
        if progress is not None:
            with self._lock:  # (a step that comes meanwhile waits: the steps keep their order)
                for index, name in self._steps:
                    progress(index, name)
                self._progress = progress
        self._done.wait()
        if self._error is not None:
            raise self._error
        assert self._workspace is not None
        return self._workspace
