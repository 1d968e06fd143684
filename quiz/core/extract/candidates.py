"""What the stages hand each other: a label found in the text, and a candidate list of
items for it."""

from __future__ import annotations

from dataclasses import dataclass

from quiz.core.text.numerals import LabelShape


@dataclass(frozen=True)
class LabelMatch:
    """A numbered label found in the text (stage 1).

    `noun` is the word the items are expected to share or name (名片, 坚决, 农); for a
    label such as 3个“坚决” it is the quoted word. `bracket` is where a bracketed
    expansion opens inside a quoted label (“一岗三责（管工作、…）”), or -1.
    """

    label: str
    start: int  # includes the opening quote when quoted
    end: int
    quoted: bool
    shape: LabelShape
    noun: str = ""
    bracket: int = -1


@dataclass(frozen=True)
class ItemsFound:
    """A candidate list of items (stage 2): the items, the span that holds them, which
    finder found it, and whether the list is complete."""

    items: tuple[str, ...]
    start: int
    end: int
    complete: bool = True
    problem: str | None = None
    pieces: tuple[tuple[int, int], ...] = ()  # separate evidence sentences, when spread out
    finder: str = ""
