"""How a printed question reads: attribution, full-width punctuation, quotes, one sentence.

An exam setter prints a stem as a sentence of the report: opened by its attribution
(`据…，`), Chinese punctuation between Chinese text, quotes that close, a `。` at the end,
and no more context than one sentence, trimmed at clause boundaries. The generator
writes stems with these helpers and `quiz check` reads them back with the same rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

MAX_STEM = 160  # characters of a printed stem, attribution included
MAX_CONTEXT = 110  # characters of the report's sentence a cloze stem keeps
END_MARKS = "。？！"
SENTENCE_ENDS = "。！？；;\n"
CLAUSE_ENDS = "，：；。！？\n,:;"  # half-width too: the evidence is as printed
_HALF_TO_FULL = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}
_HALF_MARK = re.compile(r"[,:;?!()]")
_SPACED_MARK = re.compile(r"(?<=[，：；（）？！])\s+|\s+(?=[，：；（）？！])")
_PAIRS = {"“": "”", "《": "》", "（": "）", "‘": "’", "「": "」", "『": "』"}
_CLOSERS = {close: open_ for open_, close in _PAIRS.items()}
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff“”‘’《》（）、，。：；？！…—_]")  # _: a blank


def _is_cjk(char: str) -> bool:
    return bool(char) and bool(_CJK.match(char))


def _neighbours(text: str, index: int) -> tuple[str, str]:
    """The nearest characters before and after `index` that are not spaces."""
    # Walks from `index` (slicing and stripping the text for each mark made long
    # evidence quadratic in its commas).
    before = index - 1
    while before >= 0 and text[before].isspace():
        before -= 1
    after, end = index + 1, len(text)
    while after < end and text[after].isspace():
        after += 1
    return (text[before] if before >= 0 else ""), (text[after] if after < end else "")


def half_width_marks(text: str) -> list[str]:
    """The half-width marks (`, : ; ? ! ( )`) that stand next to Chinese text."""
    found = []
    for index, char in enumerate(text):
        if char in _HALF_TO_FULL:
            before, after = _neighbours(text, index)
            if _is_cjk(before) or _is_cjk(after):
                found.append(char)
    return found


def full_width(text: str) -> str:
    """The text with half-width marks next to Chinese text made full-width."""
    out, last = [], 0
    for mark in _HALF_MARK.finditer(text):
        index = mark.start()
        before, after = _neighbours(text, index)
        if _is_cjk(before) or _is_cjk(after):
            out.append(text[last:index])
            out.append(_HALF_TO_FULL[mark.group()])
            last = index + 1
    out.append(text[last:])
    return _SPACED_MARK.sub("", "".join(out))


def quotes_balanced(text: str) -> bool:
    """Whether every opening quote or bracket closes, in order (“…《…》…”)."""
    stack: list[str] = []
    for char in text:
        if char in _PAIRS:
            stack.append(char)
        elif char in _CLOSERS:
            if not stack or stack[-1] != _CLOSERS[char]:
                return False
            stack.pop()
    return not stack


def attribution(source: str) -> str:
    """The opening of a stem that names the report: `据…，`."""
    return f"据{full_width(source)}，" if source else ""


def sentence(text: str) -> str:
    """The text closed by `。`: trailing clause marks replaced, nothing doubled."""
    text = text.rstrip().rstrip("，、；：")
    return text if text.endswith(tuple(END_MARKS)) else text + "。"


def _depths(text: str) -> list[int]:
    """The quote depth before each character (0 outside every quote)."""
    depth, depths = 0, []
    for char in text:
        depths.append(depth)
        if char in _PAIRS:
            depth += 1
        elif char in _CLOSERS and depth:
            depth -= 1
    return depths


def excerpt_bounds(text: str, spans: Sequence[tuple[int, int]],
                   limit: int = MAX_CONTEXT) -> tuple[int, int]:
    """The part of `text` to print around `spans`: their sentence, trimmed at clauses.

    Cuts fall only after a clause mark outside every quote, so a quote is never cut in
    two; clauses are added around the spans while the excerpt stays within `limit`.
    """
    low = min(s for s, _ in spans)
    high = max(e for _, e in spans)
    depths = _depths(text)
    ends = [i + 1 for i, ch in enumerate(text) if ch in CLAUSE_ENDS and depths[i] == 0]
    stops = [i + 1 for i, ch in enumerate(text) if ch in SENTENCE_ENDS and depths[i] == 0]
    start = max([s for s in stops if s <= low], default=0)
    end = min([s for s in stops if s >= high], default=len(text))
    cuts_before = sorted(c for c in ends if start <= c <= low)
    cuts_after = sorted(c for c in ends if high <= c <= end)
    left = cuts_before[-1] if cuts_before else start
    right = cuts_after[0] if cuts_after else end
    before = [c for c in cuts_before if c < left][::-1] + ([start] if start < left else [])
    after = [c for c in cuts_after if c > right] + ([end] if end > right else [])
    grown = True
    while grown:
        grown = False
        if before and right - before[0] <= limit:
            left = before.pop(0)
            grown = True
        elif after and after[0] - left <= limit:
            right = after.pop(0)
            grown = True
    return left, right


def stem_problems(prompt: str) -> list[str]:
    """What keeps a stem from being printed as it is (length, marks, quotes, ending)."""
    problems = []
    if len(prompt) > MAX_STEM:
        problems.append(f"the stem is {len(prompt)} characters long (at most {MAX_STEM})")
    marks = half_width_marks(prompt)
    if marks:
        problems.append(f"half-width `{''.join(dict.fromkeys(marks))}` between Chinese text")
    if not quotes_balanced(prompt):
        problems.append("the quotes or brackets of the stem do not balance")
    if not prompt.rstrip().endswith(tuple(END_MARKS)):
        problems.append("the stem does not end with `。`")
    return problems
