"""选择/判断: options picked by letter or number; multi-choice toggles, then Enter."""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.reactive import reactive
from textual.widgets import Static

from quiz.cjk_text import CjkText
from quiz.core.model import FALSE_ANSWER, LETTERS, TRUE_ANSWER, Question, QuestionType
from quiz.tui.widgets.base import AnswerInput, pooled

# Keys that mean 对 / 错 besides A/B and 1/2.
TRUE_KEYS = {"t", "y", "√"}
FALSE_KEYS = {"f", "n", "×", "x"}


class ChoiceOption(Static):
    """One option row; clicking it picks it."""

    def __init__(self, index: int, letter: str = "", label: str = "") -> None:
        super().__init__(classes="choice-option")
        self.index = index
        self.letter = letter
        self.label = label

    def set_label(self, label: str) -> None:
        """Show this row as option `label` of a new question, unmarked."""
        self.letter, self.label = LETTERS[self.index], label
        self.show()

    def show(self, box: str = "", verdict: str = "") -> None:
        """The row with a check box (multiple choice) and, once answered, ✔ or ✘.

        Selection and verdict are shown by a sign, not by colour alone.
        """
        text = Text()
        if box:
            text.append(f"{box} ")
        text.append(f"{self.letter}．", style="bold")
        text.append(self.label)
        if verdict:
            text.append(f"  {verdict}", style="bold green" if verdict.startswith("✔") else "bold red")
        self.update(CjkText(text))

    def on_click(self, event: events.Click) -> None:
        event.stop()
        parent = self.parent
        if isinstance(parent, ChoiceList):
            parent.focus()
            parent.pick(self.index)


class ChoiceList(AnswerInput):
    """Single choice and true/false answer on one key; multiple choice toggles, Enter submits."""

    BINDINGS = [
        Binding("up", "move(-1)", "上", show=False, id="choice.up"),
        Binding("down", "move(1)", "下", show=False, id="choice.down"),
        Binding("space", "pick_cursor", "选", show=False, id="choice.pick"),
        Binding("enter", "confirm", "提交", id="choice.submit"),
    ]

    DEFAULT_CSS = """
    ChoiceList { height: auto; }
    ChoiceList .choice-prompt { margin-bottom: 1; }
    ChoiceList .choice-option { padding: 0 1; }
    ChoiceList .choice-option.-cursor { background: $boost; }
    ChoiceList:focus .choice-option.-cursor { background: $accent 30%; }
    ChoiceList .choice-option.-selected { color: $text-accent; text-style: bold; }
    """

    cursor: reactive[int] = reactive(0)

    def __init__(self, question: Question, *, id: str | None = None) -> None:
        super().__init__(question, id=id)
        self.selected: set[int] = set()
        self._prompt = Static(classes="choice-prompt")
        self._rows: list[ChoiceOption] = []

    @property
    def multiple(self) -> bool:
        return self.question.type == QuestionType.MULTIPLE_CHOICE

    @property
    def labels(self) -> tuple[str, ...]:
        if self.question.type == QuestionType.TRUE_FALSE:
            return (TRUE_ANSWER, FALSE_ANSWER)
        return self.question.options

    def compose(self) -> ComposeResult:
        yield self._prompt
        self._rows = [ChoiceOption(index) for index in range(len(self.labels))]
        yield from self._rows

    def on_mount(self) -> None:
        super().on_mount()
        self._paint()

    def fill(self) -> None:
        self.selected = set()
        self.set_reactive(ChoiceList.cursor, 0)
        pooled(self._rows, len(self.labels), ChoiceOption, self)
        self._paint()

    def _paint(self) -> None:
        """The prompt and rows of `self.question` (what is chosen is kept)."""
        if self.multiple:
            hint = "(多选: 按字母切换, Enter 提交)"
        elif self.question.type == QuestionType.TRUE_FALSE:
            hint = "(1 对 / 2 错)"
        else:
            hint = "(按字母或数字作答)"
        self._prompt.update(CjkText(Text(self.question.prompt + hint)))
        for row in self.rows:
            row.set_label(self.labels[row.index])
        self._refresh_rows()

    @property
    def rows(self) -> list[ChoiceOption]:
        """The rows of the question on show (more may be mounted, hidden, for longer ones)."""
        return self._rows[: len(self.labels)]

    def watch_cursor(self) -> None:
        self._refresh_rows()

    def _refresh_rows(self) -> None:
        for row in self.rows:
            row.set_class(row.index == self.cursor, "-cursor")
            row.set_class(row.index in self.selected, "-selected")
            if self.multiple and not self.frozen:
                row.show("☑" if row.index in self.selected else "☐")

    def mark(self, result: object) -> None:
        """After answering: ✔ on a right choice, ✘ on a wrong one, the right ones named."""
        if self.question.type == QuestionType.TRUE_FALSE:
            right = {self.labels.index(a) for a in self.question.answers if a in self.labels}
        else:
            right = {LETTERS.index(a.upper()) for a in self.question.answers if a.upper() in LETTERS}
        for row in self.rows:
            chosen, correct = row.index in self.selected, row.index in right
            box = ("☑" if chosen else "☐") if self.multiple else ""
            if chosen:
                row.show(box, "✔ 选对了" if correct else "✘ 选错了")
            else:
                row.show(box, "✔ 正确答案" if correct else "")

    def current_answer(self) -> tuple[str, ...]:
        if self.question.type == QuestionType.TRUE_FALSE:
            return tuple(self.labels[i] for i in sorted(self.selected))
        return tuple(LETTERS[i] for i in sorted(self.selected))

    def draft(self) -> tuple[str, ...] | None:
        return self.current_answer() if self.multiple and self.selected else None

    def restore(self, given: tuple[str, ...]) -> None:
        for part in given:
            if part in self.labels:
                self.selected.add(self.labels.index(part))
            elif len(part) == 1 and part.upper() in LETTERS[: len(self.labels)]:
                self.selected.add(LETTERS.index(part.upper()))
        self._refresh_rows()

    def pick(self, index: int) -> None:
        """Choose option `index`: answers at once, or toggles it for multiple choice."""
        if self.frozen or not 0 <= index < len(self.labels):
            return
        self.cursor = index
        if self.multiple:
            self.selected ^= {index}
            self._refresh_rows()
            return
        self.selected = {index}
        self._refresh_rows()
        self.submit()

    def on_key(self, event: events.Key) -> None:
        index = self._index_for_key(event.character or "")
        if index is not None:
            event.stop()
            event.prevent_default()
            self.pick(index)

    def _index_for_key(self, char: str) -> int | None:
        lowered = char.lower()
        if self.question.type == QuestionType.TRUE_FALSE:
            if lowered in TRUE_KEYS or char == TRUE_ANSWER:
                return 0
            if lowered in FALSE_KEYS or char == FALSE_ANSWER:
                return 1
        if char.isdigit() and char != "0":
            return int(char) - 1
        if len(char) == 1 and char.upper() in LETTERS[: len(self.labels)]:
            return LETTERS.index(char.upper())
        return None

    def action_move(self, step: int) -> None:
        if self.labels:
            self.cursor = (self.cursor + step) % len(self.labels)

    def action_pick_cursor(self) -> None:
        self.pick(self.cursor)

    def action_confirm(self) -> None:
        if self.multiple:
            if self.selected:
                self.submit()
        else:
            self.pick(self.cursor)
