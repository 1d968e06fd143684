"""Text edits that remember where every character came from.

Cleaning a report (dropping page furniture, rejoining split paragraphs, applying
corrections) changes offsets. Each step here records its edits as a sparse map, so that
an offset in the cleaned text can always be traced back to the original file.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Edit:
    """Replace `text[start:end]` with `replacement`."""

    start: int
    end: int
    replacement: str = ""


class OffsetMap:
    """Maps offsets of an edited text back to the text it was made from.

    Stored as runs: `new_starts[i]` begins a run that came from `old_starts[i]`; a run is
    either a verbatim copy (offsets advance together) or a replacement (every offset maps
    to the start of the replaced region).
    """

    __slots__ = ("new_starts", "old_starts", "copied")

    def __init__(self) -> None:
        self.new_starts: list[int] = []
        self.old_starts: list[int] = []
        self.copied: list[bool] = []

    def _add(self, new_start: int, old_start: int, copied: bool) -> None:
        self.new_starts.append(new_start)
        self.old_starts.append(old_start)
        self.copied.append(copied)

    def to_old(self, offset: int) -> int:
        """The offset in the older text that `offset` in the newer text came from."""
        if not self.new_starts:
            return offset
        i = bisect_right(self.new_starts, offset) - 1
        if i < 0:
            return offset
        if self.copied[i]:
            return self.old_starts[i] + (offset - self.new_starts[i])
        return self.old_starts[i]


def apply_edits(text: str, edits: Iterable[Edit]) -> tuple[str, OffsetMap]:
    """Apply sorted, non-overlapping edits; return the new text and its offset map.

    Overlapping edits are skipped (the earlier one wins), so callers may pass matches
    of several patterns without sorting out conflicts themselves.
    """
    pieces: list[str] = []
    offsets = OffsetMap()
    pos = 0  # in old text
    new_len = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if edit.start < pos:
            continue
        if edit.start > pos:
            offsets._add(new_len, pos, True)
            pieces.append(text[pos : edit.start])
            new_len += edit.start - pos
        if edit.replacement:
            offsets._add(new_len, edit.start, False)
            pieces.append(edit.replacement)
            new_len += len(edit.replacement)
        pos = edit.end
    if pos < len(text) or not pieces:
        offsets._add(new_len, pos, True)
        pieces.append(text[pos:])
    return "".join(pieces), offsets


class OffsetChain:
    """A sequence of offset maps, applied newest first, back to the original text."""

    def __init__(self) -> None:
        self.maps: list[OffsetMap] = []

    def push(self, offsets: OffsetMap) -> None:
        self.maps.append(offsets)

    def to_original(self, offset: int) -> int:
        """The offset in the original text for an offset in the final text."""
        for offsets in reversed(self.maps):
            offset = offsets.to_old(offset)
        return offset
