"""A screen that says what is wrong (bank, database) and what to do about it."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import Footer, Static

from quiz import paths
from quiz.core.errors import (
    DatabaseCorrupt,
    DatabaseError,
    ExitCode,
    InputNotFound,
    NothingFound,
    QuizError,
)
from quiz.core.text.controls import visible


def describe(error: BaseException) -> tuple[str, str]:
    """A headline and the advice for a loading error."""
    if isinstance(error, InputNotFound):
        return "找不到题库", (
            "请先运行 `quiz generate` 生成题库, 或用 `quiz study 题库.yaml` 打开另一个题库。"
        )
    if isinstance(error, DatabaseCorrupt):
        return "复习记录数据库已损坏", (
            "之前确认的答案都已提交到该文件, 刚才这一步没有保存, 也不会再往里记录新的答案。"
            "请先备份该文件 (连同同名的 -wal 文件), 再用 `sqlite3 文件 .recover` 尝试修复; "
            "要继续学习, 可用 `quiz study --db 另一个文件` 打开一份新的复习记录。"
        )
    if isinstance(error, DatabaseError):
        return "复习记录数据库无法使用", (
            "数据库没有被改动。请先备份该文件; 要继续学习, 可用 "
            "`quiz study --db 另一个文件` 打开一份新的复习记录。"
        )
    if isinstance(error, QuizError) and error.path == str(paths.config_file()):
        return "设置文件有问题", "请修正该文件中指出的那一行, 或删除它以恢复默认设置。"
    if isinstance(error, NothingFound):
        return "题库里没有题目", "请用 `quiz generate` 重新生成题库, 或打开另一个题库。"
    if isinstance(error, QuizError):
        return "题库无法使用", "请运行 `quiz check 题库.yaml` 查看问题所在并修正后再打开。"
    return "出现意外错误", "请把下面的信息报告给维护者。"


class ProblemScreen(Screen):
    """Names the problem, says what to do; the only key is quit."""

    BINDINGS = [Binding("q,escape", "leave", "退出", id="problem.quit")]

    def __init__(self, error: BaseException) -> None:
        super().__init__()
        self.error = error

    def exit_code(self) -> int:
        """The documented exit code of the problem (docs/exit-codes.md)."""
        if isinstance(self.error, QuizError):
            return int(self.error.exit_code)
        return int(ExitCode.PROBLEMS)

    def action_leave(self) -> None:
        self.app.exit(return_code=self.exit_code())

    def compose(self) -> ComposeResult:
        headline, advice = describe(self.error)
        with Vertical(classes="problem-box"):
            yield Static(Text(headline, style="bold red"), classes="problem-headline")
            yield Static(Text(visible(str(self.error))), classes="problem-detail",
                         id="problem-detail")
            yield Static(Text(advice), classes="problem-advice")
        yield Footer()
