"""A Rich renderable that lays text out by Chinese line-breaking rules (see core linebreak).

Wrap any `Text` shown in a Static in `CjkText(...)`: no line starts with closing
punctuation, and a blank never splits across lines.
"""

from __future__ import annotations

from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.segment import Segment
from rich.text import Text

from quiz.core.text.linebreak import atoms, cells, line_spans


class CjkText:
    """`text` broken into lines at the width it is given, Chinese-style."""

    def __init__(self, text: Text | str) -> None:
        self.text = text if isinstance(text, Text) else Text(text)

    def lines(self, width: int) -> list[Text]:
        """The laid-out lines (also used by the tests)."""
        out: list[Text] = []
        for paragraph in self.text.split("\n", allow_blank=True):
            spans = line_spans(paragraph.plain, width)
            starts = [a for a, _ in spans[1:]]
            for line in paragraph.divide(starts) if starts else [paragraph]:
                line.rstrip()
                out.append(line)
        return out

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        for line in self.lines(options.max_width):
            yield from line.render(console)
            yield Segment.line()

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        plain = self.text.plain
        widest = max((cells(plain[a:b]) for a, b in atoms(plain.replace("\n", " "))), default=1)
        longest = max((cells(p) for p in plain.split("\n")), default=1)
        return Measurement(min(widest, options.max_width), min(longest, options.max_width))
