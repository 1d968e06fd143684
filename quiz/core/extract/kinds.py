"""The kinds beside numbered formulas, as Formulas: unlabeled lists, key statements and
headline targets, outside the text numbered formulas already hold."""

from __future__ import annotations

from collections.abc import Iterator

from quiz.core.extract.find_lists import enumerations, quoted_lists, repeated_heads
from quiz.core.extract.find_statements import statements
from quiz.core.extract.find_targets import targets
from quiz.core.extract.spans import inside, item_spans, sentence_bounds
from quiz.core.formula import Formula, FormulaKind
from quiz.core.text.corpus import Document


def _in_sentence(doc: Document, label: str, items: tuple[str, ...], kind: FormulaKind,
                 sentence: tuple[int, int], detail: tuple[tuple[str, str], ...]) -> Formula:
    """A formula whose evidence is one sentence of the document."""
    start, end = sentence
    evidence = doc.text[start:end].strip()
    return Formula(doc.name, label, len(items) if kind == FormulaKind.LIST else 1, items, kind,
                   True, evidence, (start, end), item_spans=item_spans(evidence, items),
                   detail=detail)


def new_kinds(doc: Document, taken: list[tuple[int, int]]) -> Iterator[Formula]:
    """Unlabeled lists, key statements and headline targets outside the numbered formulas."""
    taken = sorted(taken)
    starts = [s for s, _ in taken]
    text = doc.text
    seen: set[tuple[int, int]] = set()
    for found in (*quoted_lists(text), *enumerations(text), *repeated_heads(text)):
        if inside(taken, starts, found.start) or (found.start, found.end) in seen:
            continue
        seen.add((found.start, found.end))
        detail = tuple((k, v) for k, v in (("head", found.head), ("tail", found.tail)) if v)
        yield _in_sentence(doc, found.label, found.items, FormulaKind.LIST,
                           sentence_bounds(text, found.start, found.end), detail)
    for st in statements(text):
        yield _in_sentence(doc, st.cue, (st.words,), FormulaKind.STATEMENT, st.sentence,
                           (("cue", st.cue),))
    for tg in targets(text):
        detail = (("indicator", tg.indicator), ("value", tg.value), ("unit", tg.unit),
                  ("qualifier", tg.qualifier))
        yield _in_sentence(doc, tg.indicator, (tg.value,), FormulaKind.TARGET, tg.sentence,
                           detail)
