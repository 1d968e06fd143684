"""Documents built from literal text, for extractor tests."""

from __future__ import annotations

from pathlib import Path

from quiz.core.extract import extract_formulas
from quiz.core.formula import Formula
from quiz.core.text.corpus import Document, clean_text


def doc_from(text: str, name: str = "t.txt") -> Document:
    cleaned, chain, applied = clean_text(text, name)
    return Document(name=name, path=Path(name), text=cleaned, title=name,
                    source_text=text, offsets=chain, corrections=tuple(applied))


def formulas_in(text: str) -> list[Formula]:
    return extract_formulas(doc_from(text))


def by_label(text: str) -> dict[str, Formula]:
    """The first occurrence of each label that has items."""
    result: dict[str, Formula] = {}
    for f in formulas_in(text):
        if f.items:
            result.setdefault(f.label, f)
    return result
