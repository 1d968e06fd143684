"""The learner's answer with its differences from the expected one marked."""

from __future__ import annotations

from collections.abc import Sequence
from difflib import SequenceMatcher

from rich.text import Text
from textual.widgets import Static

WRONG = "bold red strike"
MISSING = "bold green underline"
RIGHT = "green"


def diff_answer(given: str, expected: str) -> Text:
    """`given` with wrong characters struck out and missing ones inserted, underlined."""
    text = Text()
    if not given:
        text.append("(空)", style="dim")
        text.append(" ")
        text.append(expected, style=MISSING)
        return text
    matcher = SequenceMatcher(a=given, b=expected, autojunk=False)
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        if op == "equal":
            text.append(given[a0:a1])
        if op in ("replace", "delete"):
            text.append(given[a0:a1], style=WRONG)
        if op in ("replace", "insert"):
            text.append(expected[b0:b1], style=MISSING)
    return text


def diff_answers(
    given: Sequence[str], expected: Sequence[str], per_answer: Sequence[bool], *, sep: str = "  "
) -> Text:
    """Each answer in turn: right ones in green, wrong ones with the differences marked."""
    text = Text()
    count = max(len(given), len(expected), len(per_answer))
    for index in range(count):
        if index:
            text.append(sep)
        mine = given[index] if index < len(given) else ""
        theirs = expected[index] if index < len(expected) else ""
        right = per_answer[index] if index < len(per_answer) else mine == theirs
        if right:
            text.append(mine or theirs, style=RIGHT)
        else:
            text.append_text(diff_answer(mine, theirs))
    return text


class DiffView(Static):
    """Shows `diff_answers` for one graded answer."""

    def show(self, given: Sequence[str], expected: Sequence[str], per_answer: Sequence[bool]) -> None:
        self.update(diff_answers(given, expected, per_answer))
