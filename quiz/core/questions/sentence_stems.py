"""Stems cut from the report's sentence, shared by the questions of lists, statements and
targets: blanks (`____`) or one gap (`（　）`) where the asked words stood.

A stem is the attribution and one sentence of the report, trimmed at clause boundaries;
with its answers filled back in, it stands in the evidence (the rule `cloze.check` keeps).
"""

from __future__ import annotations

from collections.abc import Sequence

from quiz.core.model import BLANK, LETTERS, BankFormula, Question, QuestionType
from quiz.core.questions.base import Span, explanation
from quiz.core.questions.wording import (
    attribution,
    excerpt_bounds,
    full_width,
    sentence,
    stem_problems,
)

GAP = "（　）"  # where a choice question's answer stood


def _replaced(text: str, spans: Sequence[Span], mark: str) -> str:
    """The text with each span (sorted, disjoint) replaced by `mark`."""
    parts: list[str] = []
    cursor = 0
    for start, end in sorted(spans):
        parts += [text[cursor:start], mark]
        cursor = end
    return "".join(parts + [text[cursor:]])


def excerpt(formula: BankFormula, context: Sequence[Span], gaps: Sequence[Span],
            mark: str = BLANK) -> str | None:
    """The report's clause(s) around `context` with `gaps` replaced by `mark`, in
    full-width marks; None when a gapped text of two or more characters still shows."""
    evidence = formula.evidence
    start, end = excerpt_bounds(evidence, [*context, *gaps])
    # marked with a placeholder: making marks full-width would strip a gap's inner space
    body = _replaced(evidence[start:end], [(s - start, e - start) for s, e in gaps], "\x00")
    shown = full_width(body)
    if any(len(evidence[s:e]) >= 2 and evidence[s:e] in shown for s, e in gaps):
        return None
    return shown.replace("\x00", mark)


def blank_stem(formula: BankFormula, context: Sequence[Span],
               blanks: Sequence[Span]) -> str | None:
    """A cloze stem with a blank for each span; None when it cannot be printed as it is."""
    body = excerpt(formula, context, blanks)
    if body is None:
        return None
    prompt = attribution(formula.source) + sentence(body)
    shown = prompt.replace(BLANK, "\x00")
    if any(len(formula.evidence[s:e]) >= 2 and formula.evidence[s:e] in shown
           for s, e in blanks):
        return None  # the attribution prints the answer
    return None if stem_problems(prompt) else prompt


def cloze_question(formula: BankFormula, variant: str, prompt: str, answers: Sequence[str],
                   accepted: Sequence[Sequence[str]] = ()) -> Question:
    """A cloze on one formula; `variant` may end in `-<n>` (item-2), kept in the id only."""
    return Question(
        id=f"{formula.id}/{QuestionType.CLOZE}/{variant}",
        type=QuestionType.CLOZE,
        formula_ids=(formula.id,),
        prompt=prompt,
        answers=tuple(answers),
        accepted=tuple(tuple(a) for a in accepted) if any(accepted) else (),
        variant=variant.split("-")[0],
        explanation=explanation(formula),
        evidence=formula.evidence,
        source=formula.source,
    )


def choice_question(formula: BankFormula, qtype: QuestionType, variant: str, prompt: str,
                    options: Sequence[str], correct: Sequence[str]) -> Question | None:
    """A choice question; None when it is not printable or its options repeat."""
    if stem_problems(prompt) or len(set(options)) != len(options):
        return None
    return choice_of(formula, qtype, variant, prompt, options, correct)


def choice_of(formula: BankFormula, qtype: QuestionType, variant: str, prompt: str,
              options: Sequence[str], correct: Sequence[str]) -> Question:
    """A choice question on one formula: the letters of `correct` among `options`."""
    return Question(
        id=f"{formula.id}/{qtype}/{variant}",
        type=qtype,
        formula_ids=(formula.id,),
        prompt=prompt,
        answers=tuple(sorted(LETTERS[options.index(c)] for c in correct)),
        options=tuple(options),
        variant=variant,
        explanation=explanation(formula),
        evidence=formula.evidence,
        source=formula.source,
    )
