"""How a bank's questions cite the document they come from (`据《…》，`).

The manifest's title, a title the reader found, or the document's own title line; never
the file name, which means nothing on a paper. A document with no title line is cited
by what its first sentence says it is, where it says so.
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
OPENING = 400  # characters at the start of a text where it may say what it is
# How documents of the genre name themselves in their first sentence, when no title line
# is there: a plenum's decision (…全体会议…作出如下决定), a report made on behalf of a body
# (我代表国务院，向大会报告政府工作), an interview's header (采访对象：某某，…).
_SELF_NAMED = (
    (re.compile(r"(?:^|[，。\n])([^，。；\n]{2,40}?(?:会议|全会))[^。\n]{0,160}?"
                r"作出(?:如下|以下)(决定|决议)"), "{0}的{1}"),
    (re.compile(r"我代表([^，。；\n]{2,30}?)，?向(?:大会|会议)报告([^，。；\n]{2,12}?工作)"),
     "{0}{1}报告"),
    (re.compile(r"我代表([^，。；\n]{2,30}?)，?(?:向(?:大会|会议))?作(关于[^，。；\n]{2,40}?的)报告"),
     "{0}{1}报告"),
    (re.compile(r"我代表([^，。；\n]{2,30}?)，?向(?:大会|会议)(?:作(?:工作)?报告|报告工作)"),
     "{0}的报告"),
    (re.compile(r"(?:^|\n)\s*(?:采\s*访\s*对\s*象|受\s*访\s*者)[：:]\s*([^，,；\s（(]{2,8})"),
     "对{0}的访谈"),
)


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


def opening_name(text: str) -> str | None:
    """What the document's first sentence says it is, for a document with no title line
    (`二十届中央委员会第三次全体会议的决定`, `国务院政府工作报告`, `对某某的访谈`); None
    when it does not say."""
    opening = text[:OPENING]
    for pattern, form in _SELF_NAMED:
        found = pattern.search(opening)
        if found:
            return form.format(*(part.strip() for part in found.groups()))
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
    text = document.source_text or document.text
    line = title_line(text) or opening_name(text)
    if line:
        return line, None
    return "", (f"{document.name}: manifest.yaml 中没有标题, 开头几行也没有; "
                "它的题目将不注明出自哪份报告")
