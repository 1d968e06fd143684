"""Formula extraction: numbered labels and the items a report gives for them.

`extract_formulas(doc)` returns one Formula per occurrence, in text order. The patterns
are those of the genre (see docs/extract-format.md): items before or after the label,
one item per following sentence, composite labels explained part by part, abbreviations.
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from pathlib import Path

from quiz.core.extract.candidates import ItemsFound, LabelMatch
from quiz.core.extract.find_after import items_after, items_in_brackets
from quiz.core.extract.find_composite import (
    abbreviation_items,
    explained_parts,
    items_abbreviated,
    named_parts,
)
from quiz.core.extract.find_following import items_by_headings
from quiz.core.extract.find_inline import items_before, items_sharing_char
from quiz.core.extract.find_markers import items_by_markers
from quiz.core.extract.find_paragraphs import items_by_paragraphs
from quiz.core.extract.find_shared import items_sharing_noun, items_summed_up
from quiz.core.extract.importance import importance
from quiz.core.extract.kinds import new_kinds
from quiz.core.extract.labels import bare_labels, quoted_labels
from quiz.core.extract.scoring import confidence, features, threshold
from quiz.core.extract.spans import clause_end, clause_start, item_spans, sentence_bounds
from quiz.core.formula import Formula, FormulaKind
from quiz.core.text.corpus import Document, iter_documents

EVIDENCE_JOIN = "……"
NEAR = 200  # items further than this from their label are cited as a separate sentence


def _evidence(text: str, pieces: Sequence[tuple[int, int]]) -> tuple[str, tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(pieces):
        if merged and start <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    start, end = merged[0][0], merged[-1][1]
    first_text = text[start:merged[0][1]]
    lead = len(first_text) - len(first_text.lstrip())
    # A quotation that opens before the formula and closes after it is not part of it.
    opening = first_text.strip()[:1]
    if opening and opening in "“‘「" and not any(c in first_text for c in "”’」"):
        lead += 1
    merged[0] = (start + lead, merged[0][1])
    evidence = EVIDENCE_JOIN.join(text[s:e].strip() for s, e in merged)
    return evidence, (merged[0][0], end)


def _formula(doc: Document, label: LabelMatch, found: ItemsFound, kind: FormulaKind,
             *, count: object = None, part_keys: Sequence[str] = ()) -> Formula:
    text = doc.text
    label_piece = (clause_start(text, label.start), clause_end(text, label.end))
    if found.pieces:
        first, _ = sentence_bounds(text, label.start, label.end)
        pieces = [(first, clause_end(text, label.end)), *found.pieces]
    elif found.end < label.start - NEAR or found.start > label.end + NEAR:
        # Items stated elsewhere (an abbreviation expanded in another paragraph).
        items_piece = sentence_bounds(text, found.start, found.end)
        pieces = [label_piece, items_piece]
    else:
        start = clause_start(text, min(found.start, label.start))
        pieces = [(start, clause_end(text, max(found.end, label.end)))]
    evidence, span = _evidence(text, pieces)
    return Formula(
        doc=doc.name,
        label=label.label,
        count=label.shape.count if count is None else count,  # type: ignore[arg-type]
        items=found.items,
        kind=kind,
        complete=found.complete,
        evidence=evidence,
        span=span,
        part_keys=tuple(part_keys),
        problem=found.problem,
        item_spans=item_spans(evidence, found.items),
    )


def _numbered_candidates(text: str, label: LabelMatch, count: int) -> list[ItemsFound]:
    """Every finder's list for a numbered label (stage 2)."""
    found = [
        items_before(text, label.start, count, label_quoted=label.quoted),
        items_after(text, label, count),
        items_in_brackets(text, label, count),
        items_by_markers(text, label.end, count),
        items_sharing_noun(text, label, count),
        items_summed_up(text, label, count),
        items_by_paragraphs(text, label.end, count, label.noun),
        items_sharing_char(text, label.start, label.shape.noun, count),
        items_by_headings(text, label.end, label.shape.noun, count),
        items_abbreviated(text, label, count),
    ]
    return [f for f in found if f is not None]


def _best(label: LabelMatch, candidates: list[ItemsFound], count: int) -> tuple[ItemsFound, float] | None:
    """The best-scoring candidate above the label's threshold (stage 3)."""
    scored = [(confidence(features(label, c, count)), c) for c in candidates]
    scored = [(score, c) for score, c in scored if score >= threshold(label)]
    if not scored:
        return None
    score, best = max(scored, key=lambda pair: pair[0])
    return best, score


class _CompositeContext:
    """What composite labels of one document share: the quoted labels and the
    abbreviation expansions already searched for (each searched once per document)."""

    def __init__(self, quoted: list[LabelMatch]) -> None:
        self.quoted = quoted
        self.starts = [q.start for q in quoted]
        self.abbreviations: dict[tuple[str, ...], ItemsFound | None] = {}


def _bracketed_composite(doc: Document, label: LabelMatch) -> Formula | None:
    """`“一岗三责（管工作、管安全稳定、管行风作风）”`: a bracket spells out one part or all."""
    counts = [c for c in label.shape.count if isinstance(c, int)]  # type: ignore[union-attr]
    for count in sorted({sum(counts), *counts}, reverse=True):
        found = items_in_brackets(doc.text, label, count) if count >= 2 else None
        if found is not None:
            score = confidence(features(label, found, count))
            formula = _formula(doc, label, found, FormulaKind.NUMBERED, count=count)
            return dataclasses.replace(formula, confidence=score)
    return None


def _composite(doc: Document, label: LabelMatch, ctx: _CompositeContext) -> Formula | None:
    text = doc.text
    bracketed = _bracketed_composite(doc, label)
    if bracketed is not None:
        return bracketed
    quoted = ctx.quoted
    explained = explained_parts(text, label, quoted, ctx.starts)
    if explained is not None:
        items, keys, end, pieces = explained
        first = sentence_bounds(text, label.start, label.end)
        found = ItemsFound(tuple(items), label.start, end, pieces=tuple(pieces))
        if end - first[0] <= 400:
            found = ItemsFound(tuple(items), label.start, end)
            evidence, span = _evidence(text, [(first[0], end + 1 if end < len(text) else end)])
            return Formula(doc.name, label.label, label.shape.count, found.items,
                           FormulaKind.COMPOSITE, True, evidence, span, tuple(keys),
                           item_spans=item_spans(evidence, found.items))
        return _formula(doc, label, found, FormulaKind.COMPOSITE, part_keys=keys)
    named = named_parts(label, quoted, ctx.starts)
    if named is not None:
        items, keys, end = named
        found = ItemsFound(tuple(items), label.start, end)
        return _formula(doc, label, found, FormulaKind.COMPOSITE, part_keys=keys)
    pieces = label.shape.pieces
    if pieces not in ctx.abbreviations:
        ctx.abbreviations[pieces] = abbreviation_items(text, label.shape)
    abbreviation = ctx.abbreviations[pieces]
    if abbreviation is not None:
        return _formula(doc, label, abbreviation, FormulaKind.COMPOSITE,
                        part_keys=label.shape.pieces)
    return None


def _numbered(doc: Document, label: LabelMatch) -> Formula | None:
    count = label.shape.count
    if not isinstance(count, int) or count < 2:
        return None
    best = _best(label, _numbered_candidates(doc.text, label, count), count)
    if best is None:
        return None
    found, score = best
    return dataclasses.replace(_formula(doc, label, found, FormulaKind.NUMBERED), confidence=score)


def _without_overlaps(labels: list[LabelMatch]) -> list[LabelMatch]:
    """Quoted labels in text order, dropping one that starts inside another."""
    result: list[LabelMatch] = []
    for label in sorted(labels, key=lambda m: (m.start, -m.end)):
        if result and label.start < result[-1].end:
            continue
        result.append(label)
    return result


def extract_formulas(doc: Document) -> list[Formula]:
    """Every formula occurrence in a document, in text order."""
    text = doc.text
    quoted = _without_overlaps(list(quoted_labels(text)))
    ctx = _CompositeContext(quoted)
    formulas: list[Formula] = []
    pending_label_only: dict[str, LabelMatch] = {}
    for label in quoted:
        formula: Formula | None = None
        if label.shape.composite:
            formula = _composite(doc, label, ctx)
        else:
            formula = _numbered(doc, label)
        if formula is not None:
            formulas.append(formula)
        elif label.shape.composite or label.shape.count != 1 or label.shape.classifier:
            pending_label_only.setdefault(label.label, label)
    covered = [(q.start, q.end) for q in quoted]
    for label in bare_labels(text, covered):
        formula = _numbered(doc, label)
        if formula is not None:
            formulas.append(formula)
    with_items = {f.label for f in formulas}
    for name, label in pending_label_only.items():
        if name in with_items:
            continue
        start, end = sentence_bounds(text, label.start, label.end)
        formulas.append(Formula(doc.name, name, label.shape.count, (), FormulaKind.LABEL_ONLY,
                                False, text[start:end].strip(), (start, end)))
    taken = [f.span for f in formulas if f.kind != FormulaKind.LABEL_ONLY]
    formulas.extend(new_kinds(doc, taken))
    title = doc.title + " " + text[:200].lstrip().split("\n", 1)[0]
    counts: dict[str, int] = {}
    formulas = [dataclasses.replace(f, importance=importance(f, text, title, counts))
                for f in formulas]
    formulas = _link_parents(formulas)
    formulas.sort(key=lambda f: (f.span[0], f.label))
    return formulas


def _link_parents(formulas: list[Formula]) -> list[Formula]:
    """Mark the formulas that name a part of a composite label in the same passage."""
    by_part: dict[str, list[Formula]] = {}
    for c in formulas:
        if c.kind == FormulaKind.COMPOSITE:
            for item in c.items:
                by_part.setdefault(item, []).append(c)
    result = []
    for formula in formulas:
        nearby = by_part.get(formula.label, [])
        i = bisect_right([c.span[0] for c in nearby], formula.span[0]) if len(nearby) < 50 else 0
        window = nearby[max(0, i - 2): i + 1] if len(nearby) < 50 else []
        parent = next(
            (c.label for c in window
             if formula is not c and c.span[0] <= formula.span[0] <= c.span[1] + 10),
            None,
        )
        result.append(dataclasses.replace(formula, parent=parent) if parent else formula)
    return result


def extract_paths(paths: Sequence[Path]) -> Iterator[tuple[Document, list[Formula]]]:
    """Read every document under `paths` and extract its formulas, one at a time."""
    for doc in iter_documents(paths):
        yield doc, extract_formulas(doc)
