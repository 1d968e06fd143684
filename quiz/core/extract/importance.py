"""How much a formula matters to an examiner, from evidence in the text (0 to 1).

Features, each 0 or 1 unless said otherwise, and their weights:
- quoted (0.2): the label or list stands in quotation marks, the mark of a coined term;
- heading (0.2): it stands in a heading or a short line of its own;
- repeated (0.2): the label or the list's first item occurs again in the document
  (0.1 for a second time, 0.2 for three or more);
- cue (0.2): a cue word of weight (必须, 务必, 关键, 根本, 首要, 核心, 总要求, 预期目标…) in
  its sentence;
- national (0.2): the document is a national one (its title or citation names the 中央,
  国务院, 全国 or a 全会/党代表大会 of the whole Party).
The trainer introduces new cards in this order and papers pick the most important first.
"""

from __future__ import annotations

import re

from quiz.core.formula import Formula, FormulaKind

_CUES = re.compile(r"必须|务必|关键|根本|首要|核心|总体|总要求|总目标|主要目标|预期目标|重中之重")
_NATIONAL = re.compile(r"中共中央|中央委员会|国务院|全国人民代表大会|全国|党的[一二三四五六七八九十]+大|全会")
_HEADING_MAX = 30


def _line_around(text: str, start: int, end: int) -> str:
    """The line holding text[start:end], or a window one longer than a heading may be
    when the line runs on (so the slice stays short on a one-line document)."""
    lo = max(0, start - _HEADING_MAX - 1)
    break_before = text.rfind("\n", lo, start)
    lo = break_before + 1 if break_before != -1 else lo
    hi = text.find("\n", end, end + _HEADING_MAX + 1)
    return text[lo: hi if hi != -1 else end + _HEADING_MAX + 1]


def _occurrences(text: str, key: str, most: int = 3) -> int:
    """How often `key` occurs in `text` (without overlaps, as str.count), counting no
    further than `most`: the feature only tells one, two and three or more apart."""
    found = 0
    pos = text.find(key)
    while pos != -1 and found < most:
        found += 1
        pos = text.find(key, pos + len(key))
    return found


def importance(formula: Formula, text: str, title: str, counts: dict[str, int]) -> float:
    """The importance of one formula occurrence in a document (`title`: its citation and
    first line; `counts` caches how often each key occurs, one count per key and document)."""
    start, end = formula.span
    score = 0.0
    key = formula.label if formula.kind in (FormulaKind.NUMBERED, FormulaKind.COMPOSITE) else (
        formula.items[0] if formula.items else formula.label)
    if f"“{formula.label}”" in formula.evidence or formula.evidence.startswith("“"):
        score += 0.2
    line = _line_around(text, start, end)
    if len(line.strip()) <= _HEADING_MAX and key in line:
        score += 0.2
    if key and len(key) >= 2:
        if key not in counts:
            counts[key] = _occurrences(text, key)
        occurrences = counts[key]
        score += 0.2 if occurrences >= 3 else 0.1 if occurrences == 2 else 0.0
    if _CUES.search(formula.evidence[:300]):
        score += 0.2
    if _NATIONAL.search(title):
        score += 0.2
    return round(min(score, 1.0), 2)
