"""The organizer-editable errata list (`corrections.yaml`) applied when reading reports."""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass
from pathlib import Path

from quiz.core.errors import BadInput
from quiz.core.text.textmap import Edit
from quiz.core.text.yamlfile import read_yaml

CORRECTIONS_FILE = "corrections.yaml"


@dataclass(frozen=True)
class Correction:
    """Replace the literal text `find` with `replace`, in the documents matching `docs`."""

    find: str
    replace: str
    docs: tuple[str, ...] = ()  # file names or glob patterns; empty means every document
    note: str = ""
    line: int | None = None  # where it stands in corrections.yaml

    def applies_to(self, doc_name: str) -> bool:
        return not self.docs or any(fnmatch.fnmatch(doc_name, pat) for pat in self.docs)


@dataclass(frozen=True)
class AppliedCorrection:
    """One place where a correction changed a document."""

    doc: str
    correction: Correction
    offset: int  # in the text before the correction


def load_corrections(path: Path) -> list[Correction]:
    """Read a corrections file; a missing file means no corrections."""
    if not path.exists():
        return []
    yf = read_yaml(path)
    entries = (yf.data or {}).get("corrections") if isinstance(yf.data, dict) else None
    if entries is None:
        return []
    if not isinstance(entries, list):
        raise BadInput("`corrections:` 应为列表", path=str(path), line=yf.line("corrections"))
    result: list[Correction] = []
    for index, entry in enumerate(entries):
        line = yf.line("corrections", index)
        if not isinstance(entry, dict) or not isinstance(entry.get("find"), str) or not entry["find"]:
            raise BadInput("每条更正都需要非空的 `find:` 文本", path=str(path),
                           line=line, hint="请参照文件开头的示例")
        replace = entry.get("replace", "")
        if not isinstance(replace, str):
            raise BadInput("`replace:` 应为文本", path=str(path), line=line)
        docs = entry.get("docs") or ()
        if isinstance(docs, str):
            docs = (docs,)
        result.append(Correction(find=entry["find"], replace=replace,
                                 docs=tuple(str(d) for d in docs),
                                 note=str(entry.get("note", "")), line=line))
    return result


def correction_edits(
    text: str, doc_name: str, corrections: list[Correction]
) -> tuple[list[Edit], list[AppliedCorrection]]:
    """The edits that apply `corrections` to `text`, and a record of each."""
    edits: list[Edit] = []
    applied: list[AppliedCorrection] = []
    for correction in corrections:
        if not correction.applies_to(doc_name):
            continue
        start = text.find(correction.find)
        while start != -1:
            end = start + len(correction.find)
            edits.append(Edit(start, end, correction.replace))
            applied.append(AppliedCorrection(doc_name, correction, start))
            start = text.find(correction.find, end)
    return edits, applied
