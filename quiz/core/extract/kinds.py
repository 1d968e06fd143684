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
        start, end = sentence_bounds(text, found.start, found.end)
        evidence = text[start:end].strip()
        detail = tuple((k, v) for k, v in (("head", found.head), ("tail", found.tail)) if v)
        yield Formula(doc.name, found.label, len(found.items), found.items, FormulaKind.LIST,
                      True, evidence, (start, end), item_spans=item_spans(evidence, found.items),
                      detail=detail)
    for st in statements(text):
        start, end = st.sentence
        evidence = text[start:end].strip()
        yield Formula(doc.name, st.cue, 1, (st.words,), FormulaKind.STATEMENT, True, evidence,
                      (start, end), item_spans=item_spans(evidence, (st.words,)),
                      detail=(("cue", st.cue),))
    for tg in targets(text):
        start, end = tg.sentence
        evidence = text[start:end].strip()
        detail = (("indicator", tg.indicator), ("value", tg.value), ("unit", tg.unit),
                  ("qualifier", tg.qualifier))
        yield Formula(doc.name, tg.indicator, 1, (tg.value,), FormulaKind.TARGET, True,
                      evidence, (start, end), item_spans=item_spans(evidence, (tg.value,)),
                      detail=detail)
