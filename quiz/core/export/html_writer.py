"""HTML papers: one self-contained file that prints well from a browser.

The print CSS sets A4 margins, keeps a heading with the question that follows it and a
question with its choices, and starts the answer key on a new page. Report text is always
escaped.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from pathlib import Path

from wcwidth import wcswidth

from quiz.core.export.layout import (
    Blank,
    Block,
    Choices,
    Columns,
    Heading,
    InfoLine,
    KeyItem,
    PageBreak,
    Segment,
    Stem,
    Title,
)

CSS = """
@page { size: A4; margin: 2.2cm 2cm 2.2cm 2cm;
  @bottom-center { content: "第 " counter(page) " 页 共 " counter(pages) " 页"; font-size: 9pt; } }
body { font-family: "Songti SC", "SimSun", "Noto Serif CJK SC", "Source Han Serif SC", serif;
  font-size: 12pt; line-height: 1.9; max-width: 17cm; margin: 1.5em auto; color: #000; }
h1 { font-family: "SimHei", "Heiti SC", "Noto Sans CJK SC", sans-serif; font-size: 18pt;
  text-align: center; margin: 0 0 .2em; }
.note { text-align: center; margin: 0 0 .6em; }
.info { text-align: center; margin: 0 0 1.2em; }
.info > span { margin: 0 .6em; white-space: nowrap; }
h2 { font-family: "SimHei", "Heiti SC", "Noto Sans CJK SC", sans-serif; font-size: 13pt;
  margin: 1.2em 0 .4em; }
.q { margin: .5em 0 0; }
.blank { display: inline-block; border-bottom: 1px solid #000; height: 1.2em;
  vertical-align: baseline; }
.choices { margin: .1em 0 0 2em; }
.choices { display: grid; column-gap: 1em; }
.choices.per-1 { grid-template-columns: 1fr; }
.choices.per-2 { grid-template-columns: repeat(2, 1fr); }
.choices.per-3 { grid-template-columns: repeat(3, 1fr); }
.choices.per-4 { grid-template-columns: repeat(4, 1fr); }
table.match { border-collapse: collapse; margin: .3em 0 .3em 2em; table-layout: fixed;
  width: calc(100% - 2em); }
table.match col.gap { width: 3em; }
table.match td { padding: .25em 0; vertical-align: top; }
.key .notes { margin: 0 0 .4em 2em; color: #222; }
.page-break { break-before: page; page-break-before: always; }
@media print {
  body { margin: 0; max-width: none; }
  h1, h2 { break-after: avoid; page-break-after: avoid; }
  .item, .keep, table.match, tr, .key { break-inside: avoid; page-break-inside: avoid; }
}
"""


def _segments(segments: Sequence[Segment]) -> str:
    parts = []
    for segment in segments:
        if isinstance(segment, Blank):
            parts.append(f'<span class="blank" style="width:{segment.cells / 2:.0f}em"></span>')
        else:
            parts.append(escape(segment))
    return "".join(parts)


def _block(block: Block) -> str:
    if isinstance(block, Title):
        return f"<h1>{escape(block.text)}</h1>\n<p class=\"note\">{escape(block.note)}</p>"
    if isinstance(block, InfoLine):
        spans = [f'<span>{escape(f)}：<span class="blank" style="width:5em"></span></span>'
                 for f in block.fields]
        if block.time_text:
            spans.append(f"<span>{escape(block.time_text)}</span>")
        return f'<p class="info">{"".join(spans)}</p>'
    if isinstance(block, Heading):
        return f"<h2>{escape(block.text)}</h2>"
    if isinstance(block, Stem):
        number = f"{block.number}. " if block.number else ""
        return f'<p class="q">{number}{_segments(block.segments)}</p>'
    if isinstance(block, Choices):
        items = "".join(f"<span>{letter}. {escape(text)}</span>" for letter, text in block.items)
        return f'<div class="choices per-{block.per_line}">{items}</div>'
    if isinstance(block, Columns):
        rows = []
        for i in range(max(len(block.left), len(block.right))):
            left = f"{i + 1}. {escape(block.left[i])}" if i < len(block.left) else ""
            right = f"{chr(65 + i)}. {escape(block.right[i])}" if i < len(block.right) else ""
            rows.append(f'<tr><td>{left}</td><td class="gap"></td><td>{right}</td></tr>')
        # The left column as wide as its longest entry (up to 18em): left to the browser,
        # the long right entries took the width and squeezed `三大产业功能中心` onto two lines.
        left_em = min(18.0, left_column_em(block.left))
        return (f'<table class="match"><colgroup><col style="width:{left_em:.1f}em">'
                f'<col class="gap"><col></colgroup>{"".join(rows)}</table>')
    if isinstance(block, PageBreak):
        return '<div class="page-break"></div>'
    if isinstance(block, KeyItem):
        notes = "<br>".join(escape(n) for n in block.notes)
        return (f'<div class="key"><p class="q">{block.number}. 答案：{escape(block.answer)}</p>'
                f'<p class="notes">{notes}</p></div>')
    raise TypeError(f"no HTML for {block!r}")


def left_column_em(entries: Sequence[str]) -> float:
    """The width, in em, of the longest numbered entry (a Chinese character is 1em)."""
    return max(((wcswidth(f"{i + 1}. {text}") or 0) / 2 + 1.0
                for i, text in enumerate(entries)), default=0.0)


def _grouped(blocks: Sequence[Block]) -> list[list[Block]]:
    """Blocks in print units: a question with its choices or columns; a heading (or the
    title) with the unit that follows, so that no heading ends a page on its own."""
    units: list[list[Block]] = []
    carry: list[Block] = []
    for block in blocks:
        if isinstance(block, (Title, InfoLine, Heading)):
            carry.append(block)
        elif isinstance(block, (Choices, Columns)) or (isinstance(block, Stem) and not block.number):
            units[-1].append(block)
        elif isinstance(block, PageBreak):
            units += [carry, [block]] if carry else [[block]]
            carry = []
        else:
            units.append([*carry, block])
            carry = []
    if carry:
        units.append(carry)
    return units


def _unit(unit: list[Block]) -> str:
    lead = [b for b in unit if isinstance(b, (Title, InfoLine, Heading))]
    rest = [b for b in unit if not isinstance(b, (Title, InfoLine, Heading, PageBreak))]
    item = f'<div class="item">{"".join(_block(b) for b in rest)}</div>' if rest else ""
    if isinstance(unit[0], PageBreak):
        return _block(unit[0])
    if not lead:
        return item
    heads = "\n".join(_block(b) for b in lead)
    return f'<div class="keep">{heads}\n{item}</div>' if item else heads


def render(blocks: Sequence[Block], *, title: str) -> str:
    """The whole HTML document."""
    body = [_unit(unit) for unit in _grouped(blocks)]
    return (
        '<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )


def write(blocks: Sequence[Block], path: Path, *, title: str) -> None:
    """Write the blocks as one self-contained HTML file."""
    path.write_text(render(blocks, title=title), encoding="utf-8")
