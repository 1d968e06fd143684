"""The visible text of an HTML page, read in one pass without building a tree.

A tree builder spends time in proportion to depth for every element it moves, so a page
of 100,000 nested `<div>` (1.1 MB) did not finish in ten minutes; this reader keeps only
a count of open hidden elements and is linear in the size of the page.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_HIDDEN = {"script", "style", "noscript", "template", "head"}
_BLOCKS = {"p", "div", "section", "article", "li", "tr", "table", "blockquote",
           "h1", "h2", "h3", "h4", "h5", "h6", "pre", "header", "footer"}


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hidden = 0  # open hidden elements: their text is not shown
        self.parts: list[str] = []  # everything visible
        self.body: list[str] | None = None  # what is inside <body>, once it opens
        self.body_closed = False

    def _add(self, text: str) -> None:
        if self.hidden:
            return
        self.parts.append(text)
        if self.body is not None and not self.body_closed:
            self.body.append(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag == "body" and self.body is None:
            self.body = []
        elif tag == "br":
            self._add("\n")
        elif tag in _BLOCKS:
            self._add("\n\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self._add("\n")
        elif tag in _BLOCKS:
            self._add("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag == "body":
            self.body_closed = True
        elif tag in _BLOCKS:
            self._add("\n\n")

    def handle_data(self, data: str) -> None:
        self._add(data)


def html_to_text(markup: str) -> str:
    """The visible text of an HTML page's body, one paragraph per block element."""
    parser = _TextParser()
    parser.feed(markup)
    parser.close()
    parts = parser.body if parser.body is not None else parser.parts
    text = "".join(parts)
    text = re.sub(r"[ \t\r\f\v]*\n[ \t\r\f\v\n]*\n", "\n\n", text)
    return text.strip() + "\n"
