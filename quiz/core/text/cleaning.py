"""Cleaning report text while keeping offsets back to the source.

Reports arrive as newspaper scans and web pages: paragraphs split by page breaks, page
furniture such as (下转8版), Markdown emphasis. Each step here produces edits; the
caller chains their offset maps.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from quiz.core.text.textmap import Edit

# Sentence-final or closing punctuation: a paragraph ending in one of these is complete.
TERMINAL = set("。！？!?；;：:…”’」』)）》】〕.")
CLAUSE_CONTINUES = set("、，,")
_HEADING_START = re.compile(
    r"^(?:#|[一二三四五六七八九十]+[、．]|[（(][一二三四五六七八九十\d]+[)）]|第[一二三四五六七八九十百\d]+[章节部分条篇]"
    r"|■|●|•|\d+[、.．]\s*\S|——)"
)
_LINE_BREAKS = re.compile(r"\r\n?|\u2028|\u2029")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]|\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b[@-_]|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# The character every _INVISIBLE match opens with: one fast scan tells whether to look.
_INVISIBLE_START = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\x1b\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_FURNITURE_INLINE = re.compile(
    r"\s*[(（]\s*(?:上|下)\s*(?:接|转)\s*第?\s*[0-9０-９一二三四五六七八九十百]+\s*版\s*[)）]\s*"
)
# What follows the optional space of _FURNITURE_INLINE: found first, as the optional space
# at its start makes the regex engine try the pattern at every position.
_FURNITURE_BRACKET = re.compile(r"[(（]\s*(?:上|下)\s*(?:接|转)")
_SPACE = re.compile(r"\s")
_FURNITURE_LINE = re.compile(
    r"^[ \t\u3000]*(?:本版版面.*|责任编辑\s*[:：].*|(?:详细|相关)?报道见第?[0-9０-９一二三四五六七八九十]+版.*"
    r"|-->|<!--.*?-->|\(?[本该]?版?(?:编辑|校对|美编|组版)\s*[:：].{0,20})[ \t\u3000]*$",
    re.MULTILINE,
)
_MARKDOWN = re.compile(r"\*\*|__|^[ \t]*#{1,6}[ \t]+|^[ \t]*>[ \t]?", re.MULTILINE)
_CJK_OR_QUOTE = re.compile(r"[\u4e00-\u9fff“‘「『《0-9A-Za-z]")


def line_break_edits(text: str) -> list[Edit]:
    """Unify line breaks to \\n and drop invisible characters."""
    edits = [Edit(m.start(), m.end(), "\n") for m in _LINE_BREAKS.finditer(text)]
    if _INVISIBLE_START.search(text):
        edits += [Edit(m.start(), m.end(), "") for m in _INVISIBLE.finditer(text)]
    return edits


def _inline_furniture(text: str) -> Iterator[re.Match[str]]:
    """The matches _FURNITURE_INLINE.finditer gives, found from their brackets: each match
    starts where the space before its bracket starts (or where the last match ended)."""
    bound = pos = 0
    while (bracket := _FURNITURE_BRACKET.search(text, pos)) is not None:
        start = bracket.start()
        while start > bound and _SPACE.match(text, start - 1):
            start -= 1
        m = _FURNITURE_INLINE.match(text, start)
        if m is None:
            pos = bracket.start() + 1
            continue
        yield m
        bound = pos = m.end()


def furniture_edits(text: str) -> list[Edit]:
    """Drop page furniture: continuation notes, editor lines, stray markup, Markdown marks."""
    edits = [Edit(m.start(), m.end(), "") for m in _inline_furniture(text)]
    edits += [Edit(m.start(), m.end(), "") for m in _FURNITURE_LINE.finditer(text)]
    edits += [Edit(m.start(), m.end(), "") for m in _MARKDOWN.finditer(text)]
    return edits


def is_heading(line: str) -> bool:
    """Whether a line opens like a heading or list entry (一、 （二） 第三章 1. ■ # ——)."""
    return bool(_HEADING_START.match(line))


def _looks_like_prose(line: str) -> bool:
    """A line long or punctuated enough to be a paragraph rather than a title."""
    if any(c in line for c in "。！？；"):
        return True
    return len(line) >= 24 and any(c in line for c in "，,、")


_BYLINE_TAIL = re.compile(r"[。！？!?]\s*(?:[■●—]+|\s)\s*[^。！？!?，,、]{1,12}$")


def _ends_with_byline(line: str) -> bool:
    """True for a paragraph that ends in an author line (`…发展。 ■ 田柏林`)."""
    return bool(_BYLINE_TAIL.search(line))


PARAGRAPH_LINES = 0.85  # prose lines closed by punctuation, in a text a paragraph a line
MIN_LINES = 10  # prose lines a text needs before its habit says anything


def _paragraph_per_line(text: str, lines: list[tuple[int, int]]) -> bool:
    """Whether the text writes a paragraph a line: of its lines that read as prose, nearly
    all close with punctuation. There, an open prose line is a subheading
    (`努力建设人民满意的法治政府…，全面履行好政府职责` over `国务院总理李强5日…`), not a
    paragraph a page break cut; in a scan whose lines break anywhere it is joined."""
    prose = [line for line in (text[start:end].strip(" \t\u3000") for start, end in lines)
             if line and _looks_like_prose(line)]
    closed = sum(line[-1] in TERMINAL for line in prose)
    return len(prose) >= MIN_LINES and closed >= PARAGRAPH_LINES * len(prose)


def paragraph_join_edits(
    text: str, splits_word: Callable[[str, str], bool] | None = None
) -> list[Edit]:
    """Rejoin paragraphs that a page break split in the middle of a sentence.

    A line is continued by the next non-blank line when it ends without closing
    punctuation, the next line does not start a heading, and the line reads as prose
    (long or punctuated; not in a text written a paragraph a line, where it is a
    subheading), ends mid-clause (、，), or the break falls inside a word
    (`splits_word`, backed by the segmenter's dictionary, decides that).
    """
    edits: list[Edit] = []
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    headed = _paragraph_per_line(text, lines)
    for (a_start, a_end), (b_start, b_end) in zip(lines, lines[1:], strict=False):
        a_line = text[a_start:a_end].strip(" \t\u3000")
        b_line = text[b_start:b_end].strip(" \t\u3000")
        if not a_line or not b_line or a_line[-1] in TERMINAL:
            continue
        if is_heading(b_line) or is_heading(a_line) or not _CJK_OR_QUOTE.match(b_line[0]):
            continue
        if "\n" not in text[a_end:b_start] or not _CJK_OR_QUOTE.match(a_line[-1]) and a_line[-1] not in CLAUSE_CONTINUES:
            continue
        if _ends_with_byline(a_line):
            continue
        join = a_line[-1] in CLAUSE_CONTINUES or (_looks_like_prose(a_line) and not headed)
        if not join and splits_word is not None and any(c in a_line for c in "，,、"):
            join = splits_word(a_line, b_line)
        if join:
            cut_start = a_start + len(text[a_start:a_end].rstrip(" \t\u3000"))
            cut_end = b_start + (len(text[b_start:b_end]) - len(text[b_start:b_end].lstrip(" \t\u3000")))
            edits.append(Edit(cut_start, cut_end, ""))
    return edits
