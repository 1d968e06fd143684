"""How a bank's questions cite the document they come from (`据《…》，`).

The manifest's title, a title the reader found, or the document's own title line; never
the file name, which means nothing on a paper.
"""

from __future__ import annotations

import re
from pathlib import PurePath
from typing import TYPE_CHECKING

from quiz.core.text.cleaning import is_heading

if TYPE_CHECKING:
    from quiz.core.text.corpus import Document

TITLE_MIN, TITLE_MAX = 10, 80
_FIELD = re.compile(r"^\s*(?:\S\s*){1,4}[：:]")  # a byline or field: 采访组：…, 来源：…
_SPEECH = re.compile(r"^[#\s—-]*(在\S{4,60}?上的(?:报告|讲话|工作报告))")


def title_line(text: str) -> str | None:
    """The document's own title, in 《》, from its first lines; None if none is there.

    In order: a speech's subtitle (——在…上的报告), a Markdown heading, then the first
    line of ten characters or more that is not a sentence (no `，` or `。`).
    """
    lines = [line.strip() for line in text.splitlines()[:60] if line.strip()][:12]
    for line in lines:
        speech = _SPEECH.match(line)
        if speech:
            return f"《{speech.group(1)}》"
    headings = [line.lstrip("#").strip() for line in lines if line.startswith("#")]
    # a numbered heading (一、…) is the body's and a field line (来源：…) a byline: no titles
    for line in headings + lines:
        if (TITLE_MIN <= len(line) <= TITLE_MAX and not any(ch in line for ch in "，。,；")
                and any("\u4e00" <= ch <= "\u9fff" for ch in line)
                and not is_heading(line) and not _FIELD.match(line)):
            return line if line.startswith("《") else f"《{line}》"
    return None


def citation(document: Document) -> tuple[str, str | None]:
    """How questions cite a document, and a warning when nothing names it.

    The manifest's title first, then a title the reader found in the file, then the
    document's own title line; never the file name, which means nothing on a paper. The
    title line is read from the text as read, since cleaning joins a title to the
    subtitle line under it (…上的讲话 + 习近平同志的讲话).
    """
    stems = {PurePath(document.name).stem, document.path.stem}
    if document.meta.get("title"):
        return str(document.meta["title"]), None
    if document.title and document.title not in stems:
        return document.title, None
    line = title_line(document.source_text or document.text)
    if line:
        return line, None
    return "", (f"{document.name}: manifest.yaml 中没有标题, 开头几行也没有; "
                "它的题目将不注明出自哪份报告")
