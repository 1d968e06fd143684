"""连线: join each left entry (a label) to a right entry (its content) with keys or mouse.

Keys: up/down (or the digit) choose a left entry; a letter joins it to that right
entry and moves on to the next unjoined one; backspace unjoins; Enter submits.
Mouse: click a left entry, then a right entry.
"""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.reactive import reactive
from textual.widgets import Static

from quiz.cjk_text import CjkText
from quiz.core.model import Question
from quiz.tui.widgets.base import AnswerInput, pooled
from quiz.tui.widgets.choice_list import LETTERS


class BoardEntry(Static):
    """One entry of either column; clicking it picks it."""

    def __init__(self, side: str, index: int) -> None:
        # Alternate shading tells long, wrapped entries apart.
        super().__init__(classes=f"board-entry board-{side}" + (" -alt" if index % 2 else ""))
        self.side = side
        self.index = index

    def on_click(self, event: events.Click) -> None:
        event.stop()
        board = next((a for a in self.ancestors if isinstance(a, MatchingBoard)), None)
        if board is None:
            return
        board.focus()
        if self.side == "left":
            board.cursor = self.index
        else:
            board.join(board.cursor, self.index)


class MatchingBoard(AnswerInput):
    """The two columns and the joins made so far."""

    BINDINGS = [
        Binding("up", "move(-1)", "上", show=False, id="board.up"),
        Binding("down", "move(1)", "下", show=False, id="board.down"),
        Binding("backspace", "unjoin", "取消连线", id="board.unjoin"),
        Binding("enter", "confirm", "提交", id="board.submit"),
    ]

    DEFAULT_CSS = """
    MatchingBoard { height: auto; }
    MatchingBoard .board-prompt { margin-bottom: 1; }
    MatchingBoard .board-columns { height: auto; }
    MatchingBoard .board-column { height: auto; width: 1fr; }
    MatchingBoard .board-left-column { max-width: 30; }
    MatchingBoard .board-entry { padding: 0 1; }
    MatchingBoard .board-right.-alt { background: $boost; }
    MatchingBoard .board-left.-cursor { background: $boost; }
    MatchingBoard:focus .board-left.-cursor { background: $accent 30%; }
    MatchingBoard .board-entry.-joined { color: $text-success; }
    """

    cursor: reactive[int] = reactive(0)

    def __init__(self, question: Question, *, id: str | None = None) -> None:
        super().__init__(question, id=id)
        self._set_sides()
        self._prompt = Static(classes="board-prompt")
        self._columns = {
            "left": Vertical(classes="board-column board-left-column"),
            "right": Vertical(classes="board-column"),
        }
        self._entries: dict[str, list[BoardEntry]] = {"left": [], "right": []}

    def _set_sides(self) -> None:
        self.lefts = tuple(left for left, _ in self.question.pairs)
        self.rights = self.question.options
        self.joins: dict[int, int] = {}  # left index -> right index

    def compose(self) -> ComposeResult:
        yield self._prompt
        with Horizontal(classes="board-columns"):
            for side, count in (("left", len(self.lefts)), ("right", len(self.rights))):
                self._entries[side] = [BoardEntry(side, index) for index in range(count)]
                with self._columns[side]:
                    yield from self._entries[side]

    def on_mount(self) -> None:
        super().on_mount()
        self._paint()

    def fill(self) -> None:
        self._set_sides()
        self.set_reactive(MatchingBoard.cursor, 0)
        for side, count in (("left", len(self.lefts)), ("right", len(self.rights))):
            pooled(self._entries[side], count, lambda index, side=side: BoardEntry(side, index),
                   self._columns[side])
        self._paint()

    def _paint(self) -> None:
        """The prompt and entries of `self.question` (the joins made are kept)."""
        self._prompt.update(CjkText(Text(self.question.prompt)))
        self._refresh_entries()

    @property
    def entries(self) -> list[BoardEntry]:
        """The entries of the question on show, left column first."""
        return self._entries["left"][: len(self.lefts)] + self._entries["right"][: len(self.rights)]

    def watch_cursor(self) -> None:
        self._refresh_entries()

    def _refresh_entries(self) -> None:
        joined_by = {right: left for left, right in self.joins.items()}
        for entry in self.entries:
            if entry.side == "left":
                right = self.joins.get(entry.index)
                tail = f" → {LETTERS[right]}" if right is not None else " → ?"
                entry.update(CjkText(Text.assemble(
                    (f"{entry.index + 1}. ", "bold"), self.lefts[entry.index], tail)))
                entry.set_class(entry.index == self.cursor, "-cursor")
                entry.set_class(right is not None, "-joined")
            else:
                left = joined_by.get(entry.index)
                head = f"{LETTERS[entry.index]}．"
                tail = f"  ← {left + 1}" if left is not None else ""
                entry.update(CjkText(Text.assemble((head, "bold"), self.rights[entry.index], tail)))
                entry.set_class(left is not None, "-joined")

    def join(self, left: int, right: int) -> None:
        """Join a left entry to a right entry (a right entry joins one left at most)."""
        if self.frozen or not (0 <= left < len(self.lefts) and 0 <= right < len(self.rights)):
            return
        for other, chosen in list(self.joins.items()):
            if chosen == right:
                del self.joins[other]
        self.joins[left] = right
        unjoined = [i for i in range(len(self.lefts)) if i not in self.joins]
        after = [i for i in unjoined if i > left] or unjoined
        self.cursor = after[0] if after else left
        self._refresh_entries()

    def current_answer(self) -> tuple[str, ...]:
        return tuple(
            self.rights[self.joins[i]] if i in self.joins else "" for i in range(len(self.lefts))
        )

    def draft(self) -> tuple[str, ...] | None:
        return self.current_answer() if self.joins else None

    def restore(self, given: tuple[str, ...]) -> None:
        """Join each left entry to the right entry it was given (by its text)."""
        self.joins = {}
        for left, right_text in enumerate(given[: len(self.lefts)]):
            free = [i for i, text in enumerate(self.rights)
                    if text == right_text and i not in self.joins.values()]
            if free:
                self.joins[left] = free[0]
        self._refresh_entries()

    def on_key(self, event: events.Key) -> None:
        char = event.character or ""
        if self.frozen or len(char) != 1:
            return
        if char.isdigit() and 0 < int(char) <= len(self.lefts):
            self.cursor = int(char) - 1
        elif char.upper() in LETTERS[: len(self.rights)]:
            self.join(self.cursor, LETTERS.index(char.upper()))
        else:
            return
        event.stop()
        event.prevent_default()

    def action_move(self, step: int) -> None:
        if self.lefts:
            self.cursor = (self.cursor + step) % len(self.lefts)

    def action_unjoin(self) -> None:
        if not self.frozen:
            self.joins.pop(self.cursor, None)
            self._refresh_entries()

    def action_confirm(self) -> None:
        if self.joins:
            self.submit()
