"""排序: move items up and down into the report's order, then Enter.

Keys: up/down move the cursor; shift+up/shift+down (or space to pick up, then up/down)
move the item; Enter submits. Mouse: click an item, then click where it goes.
"""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.reactive import reactive
from textual.widgets import Static

from quiz.cjk_text import CjkText
from quiz.core.model import Question
from quiz.tui.widgets.base import AnswerInput, pooled


class OrderItem(Static):
    """One row; clicking picks it up or drops the held item here."""

    def __init__(self, index: int) -> None:
        super().__init__(classes="order-item")
        self.index = index

    def on_click(self, event: events.Click) -> None:
        event.stop()
        board = next((a for a in self.ancestors if isinstance(a, OrderingList)), None)
        if board is not None:
            board.focus()
            board.click_row(self.index)


class OrderingList(AnswerInput):
    """The items in the learner's current order."""

    BINDINGS = [
        Binding("up", "move(-1)", "上", show=False, id="order.up"),
        Binding("down", "move(1)", "下", show=False, id="order.down"),
        Binding("shift+up", "shift(-1)", "上移", id="order.shift-up"),
        Binding("shift+down", "shift(1)", "下移", id="order.shift-down"),
        Binding("space", "hold", "拿起/放下", id="order.hold"),
        Binding("enter", "confirm", "提交", id="order.submit"),
    ]

    DEFAULT_CSS = """
    OrderingList { height: auto; }
    OrderingList .order-prompt { margin-bottom: 1; }
    OrderingList .order-item { padding: 0 1; }
    OrderingList .order-item.-cursor { background: $boost; }
    OrderingList:focus .order-item.-cursor { background: $accent 30%; }
    OrderingList .order-item.-held { text-style: bold reverse; }
    """

    cursor: reactive[int] = reactive(0)

    def __init__(self, question: Question, *, id: str | None = None) -> None:
        super().__init__(question, id=id)
        self.items = list(question.options)
        self.held = False
        self.moved = False  # an order the learner chose (or restored), not the one shown
        self._prompt = Static(classes="order-prompt")
        self._rows: list[OrderItem] = []

    def compose(self) -> ComposeResult:
        yield self._prompt
        self._rows = [OrderItem(index) for index in range(len(self.items))]
        yield from self._rows

    def on_mount(self) -> None:
        super().on_mount()
        self._paint()

    def fill(self) -> None:
        self.items = list(self.question.options)
        self.held = False
        self.moved = False
        self.set_reactive(OrderingList.cursor, 0)
        pooled(self._rows, len(self.items), OrderItem, self)
        self._paint()

    def _paint(self) -> None:
        """The prompt and rows of `self.question` (the order made is kept)."""
        self._prompt.update(CjkText(Text(self.question.prompt + "(Shift+↑/↓ 或 空格 移动, Enter 提交)")))
        self._refresh_rows()

    def watch_cursor(self) -> None:
        self._refresh_rows()

    def _refresh_rows(self) -> None:
        for row in self._rows[: len(self.items)]:
            row.update(CjkText(Text.assemble((f"{row.index + 1}. ", "bold"), self.items[row.index])))
            row.set_class(row.index == self.cursor, "-cursor")
            row.set_class(self.held and row.index == self.cursor, "-held")

    def current_answer(self) -> tuple[str, ...]:
        return tuple(self.items)

    def draft(self) -> tuple[str, ...] | None:
        return self.current_answer() if self.moved else None

    def restore(self, given: tuple[str, ...]) -> None:
        """Put the items in the order given (ignored unless it is an order of these items)."""
        if sorted(given) == sorted(self.items):
            self.items = list(given)
            self.moved = True
            self._refresh_rows()

    def action_move(self, step: int) -> None:
        if self.held:
            self.action_shift(step)
        elif self.items:
            self.cursor = max(0, min(len(self.items) - 1, self.cursor + step))

    def action_shift(self, step: int) -> None:
        """Move the item under the cursor one place up or down."""
        target = self.cursor + step
        if self.frozen or not 0 <= target < len(self.items):
            return
        items = self.items
        items[self.cursor], items[target] = items[target], items[self.cursor]
        self.moved = True
        self.cursor = target
        self._refresh_rows()

    def action_hold(self) -> None:
        if not self.frozen:
            self.held = not self.held
            self._refresh_rows()

    def click_row(self, index: int) -> None:
        """First click picks an item up; the second puts it at the clicked row."""
        if self.frozen:
            return
        if self.held and index != self.cursor:
            item = self.items.pop(self.cursor)
            self.items.insert(index, item)
            self.held = False
            self.moved = True
        else:
            self.held = not self.held
        self.cursor = index
        self._refresh_rows()

    def action_confirm(self) -> None:
        self.held = False
        self.submit()
