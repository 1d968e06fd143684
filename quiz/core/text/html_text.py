"""The visible text of an HTML page, read in one pass without building a tree.

A tree builder spends time in proportion to depth for every element it moves, so a page
of 100,000 nested `<div>` (1.1 MB) did not finish in ten minutes. Here the page is cut
into tags and text by regular expressions (linear, in C) and only a flag for `<body>`
is kept: 1.1 MB of nested tags take a fraction of a second.
"""

from __future__ import annotations

import html
import re

_HIDDEN = re.compile(
    r"<!--.*?(?:-->|\Z)"  # comments (an unclosed one runs to the end, as browsers do)
    r"|<(script|style|noscript|template|head|title)\b[^>]*>.*?(?:</\1\s*>|\Z)",
    re.IGNORECASE | re.DOTALL,
)
_TAG = re.compile(r"<(/?)([a-zA-Z][^\s/>]*)[^>]*>|<[!?][^>]*>")
_BLOCKS = {"p", "div", "section", "article", "li", "tr", "table", "blockquote",
           "h1", "h2", "h3", "h4", "h5", "h6", "pre", "header", "footer"}


def html_to_text(markup: str) -> str:
    """The visible text of an HTML page's body, one paragraph per block element."""
    markup = _HIDDEN.sub("", markup)
    parts: list[str] = []
    body_start: int | None = None
    body_end: int | None = None
    position = 0
    for tag in _TAG.finditer(markup):
        parts.append(markup[position:tag.start()])
        position = tag.end()
        name = (tag.group(2) or "").lower()
        closing = tag.group(1) == "/"
        if name == "body":
            if not closing and body_start is None:
                body_start = len(parts)
            elif closing and body_start is not None and body_end is None:
                body_end = len(parts)
        elif name == "br":
            parts.append("\n")
        elif name in _BLOCKS:
            parts.append("\n\n")
    parts.append(markup[position:])
    if body_start is not None:
        parts = parts[body_start:body_end]
    text = html.unescape("".join(parts))
    text = re.sub(r"[ \t\r\f\v]*\n[ \t\r\f\v\n]*\n", "\n\n", text)
    return text.strip() + "\n"
