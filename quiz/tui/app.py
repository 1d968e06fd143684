"""The trainer App: start-up, modes (home, study, exam), global bindings. No feature logic.

Start-up stays light: the bank is read in a worker (opening.py), behind a loading screen
only when that takes a while, and the heavy parts of the core (jieba, fsrs) are imported
only by the screens and the worker that need them.
"""

from __future__ import annotations

import gc
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from textual import on, work
from textual.app import App
from textual.binding import Binding
from textual.worker import Worker, WorkerState

from quiz.core.clock import Now
from quiz.core.errors import DatabaseCorrupt, ExitCode
from quiz.core.workspace import Workspace
from quiz.tui.opening import BankFailed, BankOpened, StepStarted, open_in_worker

if TYPE_CHECKING:
    from textual.screen import Screen

    from quiz.core.workspace_load import WorkspaceLoad
    from quiz.tui.screens.loading import LoadingScreen

Mode = Literal["home", "study", "exam"]

# Seconds of opening at start-up before the loading screen is shown. A bank read from its
# cache opens well within it: a loading screen drawn meanwhile (its styles, layout and
# frames) took the interpreter from the reading worker and delayed the first card by
# tens of milliseconds.
LOADING_SCREEN_AFTER = 0.25


class QuizApp(App):
    """提法通: study sessions, mock exams and progress for one question bank."""

    # the study screen's rules come with the app's: a screen's own sheet, added when it is
    # first pushed, makes Textual parse every sheet again before the first card
    CSS_PATH = ["app.tcss", "screens/study.tcss"]
    TITLE = "提法通"
    ENABLE_COMMAND_PALETTE = False
    BINDINGS = [
        Binding("q", "quit", "退出", id="app.quit"),
        # Ctrl-C quits too (exit code 130, docs/exit-codes.md); every answer is already
        # committed, so nothing is lost.
        Binding("ctrl+c", "interrupt", "退出", show=False, priority=True, id="app.quit-ctrl-c"),
    ]

    def __init__(
        self, bank_path: Path, db_path: Path | None = None, mode: Mode = "home", now: Now | None = None,
        load: WorkspaceLoad | None = None,
    ) -> None:
        super().__init__()
        self.bank_path = bank_path
        self.db_path = db_path
        self.start_mode: Mode = mode
        self.now = now
        self.trainer: Workspace | None = None
        self._opening = False  # a bank is being opened
        self._step: tuple[int, str] | None = None  # the step of opening under way
        self._loading: LoadingScreen | None = None  # the loading screen, once shown
        self._load = load  # the bank's load begun before the app, if any (`quiz study`)

    def on_mount(self) -> None:
        # What is loaded by now (Textual, the modules of the trainer) lives as long as the
        # app: out of the cyclic collector's way, which `quiz study` turned off until here.
        gc.freeze()
        gc.enable()
        load, self._load = self._load, None
        if load is not None and load.done():
            # Read while Textual loaded: the first screen comes at once, with no worker's
            # message to wait for. (Pushed once the app's own mount is done: pushed from
            # within it, launches took 40-50 ms more CPU before the first card.)
            try:
                trainer = load.result()
            except Exception as error:  # noqa: BLE001 - shown on the problem screen
                self.call_later(self._show_problem, error)
            else:
                self.call_later(self._opened, trainer)
            return
        self._open_bank(load)
        self.set_timer(LOADING_SCREEN_AFTER, self._show_loading)

    def _open_bank(self, load: WorkspaceLoad | None = None) -> None:
        self._opening, self._step = True, None
        open_in_worker(self, self.bank_path, self.db_path, self.now, load)

    def _show_loading(self) -> None:
        """Opening the bank at start-up takes a while: show its steps."""
        if self._opening and self._loading is None:
            from quiz.tui.screens.loading import LoadingScreen

            self._loading = LoadingScreen(self.bank_path, self._step)
            self.push_screen(self._loading)

    def _show_first(self, screen: Screen) -> None:
        """Show the first screen of an opened bank in place of the loading screen, or over
        the blank screen the app starts on."""
        if self._loading is not None and self.screen is self._loading:
            self.switch_screen(screen)
        else:
            self.push_screen(screen)
        self._loading = None

    @on(StepStarted)
    def _step_started(self, message: StepStarted) -> None:
        self._step = (message.index, message.name)
        if self._loading is not None:
            self._loading.show_step(message.index, message.name)

    @on(BankOpened)
    def _loaded(self, message: BankOpened) -> None:
        self._opened(message.trainer)

    def _opened(self, trainer: Workspace) -> None:
        self._opening = False
        if self.trainer is not None:
            self.trainer.close()
            gc.unfreeze()  # the old bank can go; what stays is frozen again after warm-up
        self.trainer = trainer
        # After the first screen is painted, so the two do not compete for the interpreter.
        self.set_timer(0.3, self.warm_up_grading)
        self.apply_theme(self.trainer.settings.theme)
        if self.start_mode == "study":
            # Straight onto the study screen: the home screen (its stats read from the
            # database) is built only when the learner leaves, not before the first card.
            from quiz.tui.screens.study import StudyScreen

            self._show_first(StudyScreen(self.trainer))
            return
        from quiz.tui.screens.home import HomeScreen

        self._show_first(HomeScreen(self.trainer))
        if self.start_mode == "exam" or self.trainer.exams.resume(self.trainer.bank):
            self.open_exam()

    @work(thread=True, exclusive=True, exit_on_error=False, group="warm-up")
    def warm_up_grading(self) -> None:
        """Load the grader's tables (pinyin, traditional->simplified) while the first card is read."""
        from quiz.core.review.grading import text_matches

        text_matches("预热", "yr", pinyin=True)
        # What is loaded by now (Textual, the bank, the first screen, the grader's tables)
        # lives as long as the bank is open: move it out of the cyclic collector's way.
        # Else every full collection walks all of it, 50-130 ms with the learner waiting
        # for the next card. Unfrozen when another bank is opened (`_loaded`).
        gc.freeze()

    @on(BankFailed)
    def _failed(self, message: BankFailed) -> None:
        self._opening = False
        self._show_problem(message.error)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """A worker that failed unexpectedly: a problem screen at start-up or for a damaged
        database, else a notice."""
        if event.state != WorkerState.ERROR:
            return
        error = event.worker.error
        if self._loading is not None or self.trainer is None:
            self._show_problem(error or RuntimeError("unknown error"))
        elif isinstance(error, DatabaseCorrupt):
            self.database_damaged(error)
        else:
            self.notify(f"出错了: {error}", severity="error", markup=False)

    def _show_problem(self, error: BaseException) -> None:
        from quiz.tui.screens.problem import ProblemScreen

        self._show_first(ProblemScreen(error))

    def database_damaged(self, error: DatabaseCorrupt) -> None:
        """Pages of the database went bad while it was open: say so, on top of everything,
        and leave with the database's exit code. Nothing more is written to it."""
        from quiz.tui.screens.problem import ProblemScreen

        if not isinstance(self.screen, ProblemScreen):
            self.push_screen(ProblemScreen(error))

    def _handle_exception(self, error: Exception) -> None:
        # A damaged database can surface in any handler or timer that reads or writes it
        # (the next card, an exam's autosave): a problem screen, not a crash dump.
        if isinstance(error, DatabaseCorrupt) and self.is_running:
            self.call_later(self.database_damaged, error)
            return
        super()._handle_exception(error)

    def action_interrupt(self) -> None:
        """Ctrl-C: leave with the documented code of an interrupted command."""
        self.exit(return_code=int(ExitCode.INTERRUPTED))

    def apply_theme(self, name: str) -> None:
        """Use the theme named in the settings; an unknown name keeps the current one."""
        if name in self.available_themes:
            self.theme = name
        else:
            self.notify(f"未知主题 {name}, 沿用 {self.theme}", severity="warning", markup=False)

    def open_bank(self, bank_path: Path) -> None:
        """Close the open bank and load another one (the home screen follows)."""
        # The old bank's store closes once the new one is open (see `_loaded`): the
        # home screen still refreshes from it while the picker closes.
        from quiz.tui.screens.loading import LoadingScreen

        self.bank_path = bank_path
        self.start_mode = "home"
        self._loading = LoadingScreen(self.bank_path)
        self.switch_screen(self._loading)
        self._open_bank()

    def leave_screen(self) -> None:
        """Back to the screen beneath, or to the home screen when the trainer opened on this one."""
        if len(self.screen_stack) > 2:  # (the bottom one is Textual's default screen)
            self.pop_screen()
            return
        from quiz.tui.screens.home import HomeScreen

        assert self.trainer is not None
        self.switch_screen(HomeScreen(self.trainer))

    def open_study(self, drill: list | None = None) -> None:
        """Start a study session (or a drill of the given questions)."""
        from quiz.tui.screens.study import StudyScreen

        assert self.trainer is not None
        self.push_screen(StudyScreen(self.trainer, drill=drill))

    def open_exam(self) -> None:
        """Offer the exam in progress, if any; else set up a mock exam."""
        from quiz.tui.screens.exam_setup import ExamSetupScreen

        trainer = self.trainer
        assert trainer is not None
        paper = trainer.exams.resume(trainer.bank)
        if paper is None:
            self.push_screen(ExamSetupScreen(trainer))
            return
        from quiz.tui.screens.ask import AskScreen
        from quiz.tui.screens.exam import ExamScreen

        left = max(0, int(paper.plan.seconds - paper.elapsed_s))
        answered = len(paper.questions) - paper.unanswered()
        message = (f"有一场未交卷的模拟考试: 已答 {answered}/{len(paper.questions)} 题,"
                   f" 剩余时间 {left // 60:02d}:{left % 60:02d}。继续作答吗?")

        def chosen(choice: str | None) -> None:
            if choice == "resume":
                self.push_screen(ExamScreen(trainer, paper))
            elif choice == "discard":
                trainer.exams.forget()
                self.push_screen(ExamSetupScreen(trainer))

        self.push_screen(AskScreen(message, [("r", "继续作答", "resume"),
                                             ("d", "放弃并重新设置", "discard")]), chosen)

    async def action_quit(self) -> None:
        """Quit; an exam in progress keeps its time used (its answers are already saved)."""
        from quiz.tui.screens.exam import ExamScreen

        for screen in self.screen_stack:
            if isinstance(screen, ExamScreen):
                screen.pause()
        self.exit()

    def on_unmount(self) -> None:
        gc.unfreeze()  # (an app run inside a longer process leaves nothing frozen behind)
        if self.trainer is not None:
            self.trainer.close()


def create_app(
    bank_path: Path | str, db_path: Path | str | None = None, mode: Mode = "home", *, now: Now | None = None,
    load: WorkspaceLoad | None = None,
) -> QuizApp:
    """The one way to build the trainer (used by the CLI, the tests and the bench); `load`:
    the bank's load already begun (`WorkspaceLoad` of the same bank, database and clock)."""
    return QuizApp(Path(bank_path), Path(db_path) if db_path else None, mode, now, load)
