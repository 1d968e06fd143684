"""Markdown papers: plain text that reads well as it is and renders as a paper."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

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

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")


def escape(text: str) -> str:
    """Report text with Markdown's special characters backslash-escaped."""
    return _SPECIAL.sub(r"\\\1", text)


def blank(cells: int) -> str:
    """A blank as full-width low lines (each two cells wide): no Markdown meaning."""
    return "＿" * max(1, cells // 2)


def _segments(segments: Sequence[Segment]) -> str:
    return "".join(blank(s.cells) if isinstance(s, Blank) else escape(s) for s in segments)


def _block(block: Block) -> str:
    if isinstance(block, Title):
        return f"# {escape(block.text)}\n\n{escape(block.note)}"
    if isinstance(block, InfoLine):
        fields = "　".join(f"{name}：{blank(12)}" for name in block.fields)
        return fields + (f"　{escape(block.time_text)}" if block.time_text else "")
    if isinstance(block, Heading):
        return f"## {escape(block.text)}"
    if isinstance(block, Stem):
        number = f"**{block.number}.** " if block.number else ""
        return number + _segments(block.segments)
    if isinstance(block, Choices):
        rows = ["　　".join(f"{letter}. {escape(text)}" for letter, text in row)
                for row in block.rows()]
        return " \\\n".join(rows)
    if isinstance(block, Columns):
        rows = ["| 提法 | 内容 |", "| --- | --- |"]
        for i in range(max(len(block.left), len(block.right))):
            left = f"{i + 1}. {escape(block.left[i])}" if i < len(block.left) else ""
            right = f"{chr(65 + i)}. {escape(block.right[i])}" if i < len(block.right) else ""
            rows.append(f"| {left} | {right} |")
        return "\n".join(rows)
    if isinstance(block, PageBreak):
        return "---"
    if isinstance(block, KeyItem):
        lines = [f"**{block.number}.** 答案：{escape(block.answer)}"]
        lines += [escape(note) for note in block.notes]
        return " \\\n".join(lines)
    raise TypeError(f"no Markdown for {block!r}")


def render(blocks: Sequence[Block]) -> str:
    """The Markdown text of the blocks."""
    return "\n\n".join(_block(b) for b in blocks) + "\n"


def write(blocks: Sequence[Block], path: Path, *, title: str) -> None:
    """Write the blocks as a Markdown file."""
    path.write_text(render(blocks), encoding="utf-8")
