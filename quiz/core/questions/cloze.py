"""填空 (cloze) questions cut from the report's own sentence.

Variants: `item-<i>` (one item blanked), `all` (every item blanked, in order), `label`
(the label blanked), `count` (the number in the label blanked) and `overlap-<i>` (item i
blanked with item i-1 shown as the cue, so that a long list is learnt in order). For
every variant but `overlap`, the prompt with its answers filled in is the evidence; an
overlap prompt is made of slices of the evidence joined by `…`.
"""

from __future__ import annotations

from collections.abc import Sequence

from quiz.core.model import BLANK, BankFormula, Question, QuestionType
from quiz.core.questions.base import (
    Span,
    explanation,
    label_numeral,
    locate_items,
    locate_label,
    numeral_alternatives,
)

ELLIPSIS = "…"
MIN_OVERLAP_ITEMS = 3  # a two-item list is learnt as well by the item and all variants
LEAD_IN = 6  # characters of context kept before the blank when the cue stands far away


def _blanked(evidence: str, spans: Sequence[Span]) -> str:
    """The evidence with each span (sorted, disjoint) replaced by a blank."""
    parts: list[str] = []
    cursor = 0
    for start, end in sorted(spans):
        parts.append(evidence[cursor:start])
        parts.append(BLANK)
        cursor = end
    parts.append(evidence[cursor:])
    return "".join(parts)


def _question(formula: BankFormula, variant: str, suffix: str, prompt: str,
              answers: Sequence[str], accepted: Sequence[Sequence[str]] = ()) -> Question:
    return Question(
        id=f"{formula.id}/{QuestionType.CLOZE}/{variant}{suffix}",
        type=QuestionType.CLOZE,
        formula_ids=(formula.id,),
        prompt=prompt,
        answers=tuple(answers),
        accepted=tuple(tuple(a) for a in accepted) if any(accepted) else (),
        variant=variant,
        explanation=explanation(formula),
        evidence=formula.evidence,
        source=formula.source,
    )


def windows_prompt(evidence: str, windows: Sequence[Span], blank: Span) -> str:
    """Slices of the evidence (merged, in order) joined by `…`, with one span blanked."""
    merged: list[list[int]] = []
    for start, end in sorted(windows):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    pieces: list[str] = []
    for start, end in merged:
        text = evidence[start:end]
        if start <= blank[0] and blank[1] <= end:
            text = evidence[start:blank[0]] + BLANK + evidence[blank[1]:end]
        pieces.append(text)
    prompt = ELLIPSIS.join(pieces)
    if merged[0][0] > 0:
        prompt = ELLIPSIS + prompt
    if merged[-1][1] < len(evidence):
        prompt += ELLIPSIS
    return prompt


def _with_quotes(evidence: str, span: Span) -> Span:
    """The span widened to the quotes around it, if any, so a window never cuts a quote."""
    start, end = span
    if start > 0 and evidence[start - 1] in "“\"「":
        start -= 1
    if end < len(evidence) and evidence[end] in "”\"」":
        end += 1
    return (start, end)


def cloze_questions(formula: BankFormula, hints: Sequence[Span] = ()) -> list[Question]:
    """Every cloze question the formula supports; items not found verbatim are skipped."""
    evidence = formula.evidence
    spans = locate_items(formula, hints)
    questions: list[Question] = []
    for index, (item, span) in enumerate(zip(formula.items, spans, strict=True)):
        if span is not None:
            questions.append(_question(formula, "item", f"-{index}",
                                       _blanked(evidence, [span]), [item]))
    located = [s for s in spans if s is not None]
    if len(located) == len(formula.items) and len(located) >= 2:
        questions.append(_question(formula, "all", "", _blanked(evidence, located),
                                   formula.items))
    label_span = locate_label(formula, spans)
    if label_span is not None:
        questions.append(_question(formula, "label", "", _blanked(evidence, [label_span]),
                                   [formula.label]))
        numeral = label_numeral(formula)
        if numeral is not None:
            start = label_span[0] + numeral[0]
            end = label_span[0] + numeral[1]
            text = evidence[start:end]
            questions.append(_question(
                formula, "count", "", _blanked(evidence, [(start, end)]), [text],
                [numeral_alternatives(text, formula.count)],
            ))
    if len(formula.items) >= MIN_OVERLAP_ITEMS:
        label_window = [_with_quotes(evidence, label_span)] if label_span else []
        for index in range(1, len(formula.items)):
            cue, asked = spans[index - 1], spans[index]
            if cue is None or asked is None:
                continue
            cue_start, cue_end = _with_quotes(evidence, cue)
            asked_start, asked_end = _with_quotes(evidence, asked)
            if asked_start - cue_end > 2 * LEAD_IN:  # a long gap: keep only its last words
                windows = [(cue_start, cue_end), (asked_start - LEAD_IN, asked_end)]
            else:
                windows = [(cue_start, asked_end)]
            windows += label_window
            prompt = windows_prompt(evidence, windows, asked)
            questions.append(_question(formula, "overlap", f"-{index}", prompt,
                                       [formula.items[index]]))
    return questions
