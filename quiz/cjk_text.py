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
        # Textual lays a Static out twice per frame (its height, then its lines): break once.
        self._lines: tuple[int, list[Text]] | None = None
        self._widths: tuple[int, int] | None = None

    def lines(self, width: int) -> list[Text]:
        """The laid-out lines (also used by the tests)."""
        return [line.copy() for line in self._broken(width)]

    def _broken(self, width: int) -> list[Text]:
        if self._lines is None or self._lines[0] != width:
            self._lines = (width, self._break(width))
        return self._lines[1]

    def _break(self, width: int) -> list[Text]:
        out: list[Text] = []
        for paragraph in self.text.split("\n", allow_blank=True):
            spans = line_spans(paragraph.plain, width)
            starts = [a for a, _ in spans[1:]]
            for line in paragraph.divide(starts) if starts else [paragraph]:
                line.rstrip()
                out.append(line)
        return out

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        for line in self._broken(options.max_width):
            yield from line.render(console)
            yield Segment.line()

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        if self._widths is None:
            plain = self.text.plain
            self._widths = (
                max((cells(plain[a:b]) for a, b in atoms(plain.replace("\n", " "))), default=1),
                max((cells(p) for p in plain.split("\n")), default=1),
            )
        widest, longest = self._widths
        return Measurement(min(widest, options.max_width), min(longest, options.max_width))
