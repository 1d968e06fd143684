"""Chinese line breaking (避头尾, kinsoku): where a paragraph may be broken into lines.

Plain greedy folding breaks CJK text at any character, so lines start with `、` `，` `。`
or `”`, and a blank (`①＿＿＿＿`, `（  ）`) is cut in two. Here text is first cut into
atoms that are never split: a character with the closing punctuation and spaces that
follow it, an opening mark with what follows it, a run of Latin letters or digits, a
blank. Atoms then fill lines greedily by terminal cells (a Chinese character takes two).
Only an atom wider than a whole line is split, character by character.
"""

from __future__ import annotations

import re
import unicodedata

# Closing punctuation: never at the start of a line.
NO_LINE_START = frozenset("、，。；：！？）》」』】〕〉”’…·,.;:!?)]}%％ ")
# Opening punctuation: never at the end of a line.
NO_LINE_END = frozenset("（《「『【〔〈“‘([{")
NO_BREAK = "\u00a0"
# A blank as the trainer draws it: a circled number and full-width low lines, or brackets.
BLANK_RE = re.compile(r"(?:[①-⑳]|\(\d+\))?＿+|（\s*）|\(\s*\)|_{2,}")


def cells(text: str) -> int:
    """Terminal cells taken by `text` (wide and full-width characters take two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text
               if not unicodedata.combining(ch))


def atoms(text: str) -> list[tuple[int, int]]:
    """The unbreakable pieces of one paragraph, as (start, end) offsets.

    A no-break space (U+00A0) joins everything around it up to the next ordinary space
    (a menu entry ` k  换题库` never splits).
    """
    blanks = {m.start(): m.end() for m in BLANK_RE.finditer(text)}
    pieces: list[tuple[int, int]] = []
    i, n = 0, len(text)
    while i < n:
        start = i
        i = _piece_end(text, i, blanks)
        if NO_BREAK in text[start:i + 1]:
            # a no-break space holds everything up to the next ordinary space together
            while i < n and text[i] != " ":
                i += 1
            while i < n and text[i] in NO_LINE_START:
                i += 1
        pieces.append((start, i))
    return pieces


def _piece_end(text: str, i: int, blanks: dict[int, int]) -> int:
    n = len(text)
    while i < n and text[i] in NO_LINE_END and i not in blanks:  # opening marks join on
        i += 1
    if i in blanks:
        i = blanks[i]
    elif i < n and text[i].isascii() and text[i].isalnum():
        while i < n and text[i].isascii() and text[i].isalnum():
            i += 1
    elif i < n:
        i += 1
    while i < n and text[i] in NO_LINE_START:  # closing marks and spaces stay behind
        i += 1
    return i


def line_spans(text: str, width: int) -> list[tuple[int, int]]:
    """One paragraph (no newlines) as lines of at most `width` cells, by the rules above."""
    width = max(width, 2)
    lines: list[tuple[int, int]] = []
    start, used = 0, 0
    for a, b in atoms(text):
        size = cells(text[a:b])
        if used and used + size > width:
            lines.append((start, a))
            start, used = a, 0
        if size > width:  # only a piece wider than a line is split
            for k in range(a, b):
                one = cells(text[k])
                if used and used + one > width:
                    lines.append((start, k))
                    start, used = k, 0
                used += one
            continue
        used += size
    lines.append((start, len(text)))
    return lines
