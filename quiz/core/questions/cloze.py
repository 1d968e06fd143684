"""填空 (cloze) questions cut from the report's own sentence.

Variants: `item-<i>` (one item blanked), `all` (every item blanked, in order), `label`
(the label blanked), `count` (the number in the label blanked) and `overlap-<i>` (item i
asked with item i-1 as the cue, only for long lists, so that they are learnt in order).
For every variant but `overlap`, the stem is the attribution and one sentence of the
report, trimmed at clause boundaries: with its answers filled in it stands in the evidence.
The giveaways `quiz check` looks for in a stem are read by `cloze_checks`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from quiz.core.model import BLANK, BankFormula, Question, QuestionType
from quiz.core.questions.base import (
    Checked,
    Formulas,
    QuestionKind,
    Span,
    items_of,
    label_numeral,
    locate_items,
    locate_label,
    numeral_alternatives,
    quoted,
)
from quiz.core.questions.cloze_checks import (
    ambiguous,
    cloze_semantics,
    echoed,
    label_blank_problems,
)
from quiz.core.questions.sentence_stems import cloze_question
from quiz.core.questions.wording import (
    attribution,
    count_stem_problem,
    excerpt_bounds,
    full_width,
    sentence,
    stem_problems,
    without_part_reference,
)
from quiz.core.text.numerals import parse_number
from quiz.core.text.typed_text import normalise, text_matches

_SPLIT_RE = re.compile(r"[、,，;；|/\s]+")
LONG_LIST = 6  # overlap cloze only where order is hard to keep: lists of six or more items


def _stem(formula: BankFormula, spans: Sequence[Span], blanks: Sequence[Span]) -> str | None:
    """The printed stem: attribution, the clause(s) around `spans`, blanks, `。`.

    None when it could not be printed as it is (too long, answer shown, over a line).
    """
    evidence = formula.evidence
    start, end = excerpt_bounds(evidence, spans)
    if "\n" in evidence[start:end].strip():  # a heading over its paragraph: the blanks' line
        start, end = excerpt_bounds(evidence, blanks)
    shifted = [(s - start, e - start) for s, e in blanks]
    body = without_part_reference(_blanked(evidence[start:end], shifted))
    prompt = attribution(formula.source) + sentence(full_width(body))
    if stem_problems(prompt):
        return None
    shown = prompt.replace(BLANK, "\x00")
    if any(len(evidence[s:e]) >= 2 and evidence[s:e] in shown for s, e in blanks):
        return None  # the answer stands elsewhere in the stem
    return prompt


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


def _overlap(formula: BankFormula, index: int) -> Question:
    """Item `index` asked with the item before it as the cue: the list learnt in order."""
    prompt = (f"{attribution(formula.source)}按报告原文顺序，{quoted(formula.label)}中"
              f"紧接{quoted(formula.items[index - 1])}的一项是{BLANK}。")
    return cloze_question(formula, f"overlap-{index}", prompt, [formula.items[index]])


def cloze_questions(formula: BankFormula, hints: Sequence[Span] = (),
                    siblings: Sequence[BankFormula] = ()) -> list[Question]:
    """Every printable cloze question of the formula; items not found verbatim are skipped.

    A stem keeps one sentence of the report around its blanks (and the label, which says
    which formula is meant); a count or composite label is not asked where the stem
    would list the items that give it away, nor a blank whose heart the stem prints as
    an item of another statement of the label (`siblings` of the same report).
    """
    echoes = [i for f in siblings if f.label == formula.label and f.doc == formula.doc
              and f.id != formula.id for i in f.items]
    return [q for q in _cloze_questions(formula, hints)
            if not echoed(q.prompt, q.answers, echoes) and not (
                q.variant == "item"
                and ambiguous(q.prompt, q.answers, formula.items, formula.evidence))]


def _cloze_questions(formula: BankFormula, hints: Sequence[Span]) -> list[Question]:
    evidence = formula.evidence
    spans = locate_items(formula, hints)
    label_span = locate_label(formula, spans)
    context = [label_span] if label_span else []
    questions: list[Question] = []
    for index, (item, span) in enumerate(zip(formula.items, spans, strict=True)):
        if span is not None and (prompt := _stem(formula, [span, *context], [span])):
            questions.append(cloze_question(formula, f"item-{index}", prompt, [item]))
    located = [s for s in spans if s is not None]
    if len(located) == len(formula.items) and len(located) >= 2:
        if prompt := _stem(formula, [*located, *context], located):
            questions.append(cloze_question(formula, "all", prompt, formula.items))
    if label_span is not None:
        prompt = _stem(formula, [label_span, *located], [label_span])
        if prompt and not label_blank_problems(prompt, formula.label, formula.items,
                                               formula.kind == "composite"):
            questions.append(cloze_question(formula, "label", prompt, [formula.label]))
        numeral = label_numeral(formula)
        if numeral is not None:
            start, end = label_span[0] + numeral[0], label_span[0] + numeral[1]
            text = evidence[start:end]
            prompt = _stem(formula, [(start, end)], [(start, end)])
            if prompt and not all(item in prompt for item in formula.items) and (
                    count_stem_problem(prompt, formula.label) is None):
                questions.append(cloze_question(formula, "count", prompt, [text],
                                           [numeral_alternatives(text, formula.count)]))
    if (len(formula.items) >= LONG_LIST and len(set(formula.items)) == len(formula.items)
            and len(located) == len(formula.items)):
        questions.extend(_overlap(formula, index) for index in range(1, len(formula.items)))
    return questions


_SPACE = re.compile(r"\s+")


def _squash(text: str) -> str:
    return _SPACE.sub("", text)


def _filled(prompt: str, answers: list[str]) -> str:
    pieces = prompt.split(BLANK)
    out = [pieces[0]]
    for answer, piece in zip(answers, pieces[1:], strict=False):
        out += [answer, piece]
    return "".join(out)


def _core(prompt: str, source: str) -> str:
    """The report's words of a cloze stem: without its attribution and closing mark."""
    prompt = full_width(prompt)
    opening = attribution(source)
    if opening and prompt.startswith(opening):
        prompt = prompt[len(opening):]
    return prompt.rstrip().rstrip("。？！，；：、")


def _cued(answers: list[str], prompt: str, items: list[str]) -> bool:
    """An overlap stem: its cue is the item just before the answer, in the report's order."""
    if len(answers) != 1 or answers[0] not in items[1:]:
        return False
    index = items.index(answers[0])
    return f"“{items[index - 1]}”" in prompt


def check(q: dict[str, Any], known: Formulas) -> list[str]:
    """Blanks match answers; filled in, the stem is the report's sentence (or, for an
    overlap stem, its cue is the item before the answer)."""
    formula = known[str(q["formulas"][0])]
    evidence = str(q.get("evidence") or formula.get("evidence", ""))
    answers = [str(a) for a in q["answers"]]
    prompt = str(q["prompt"])
    problems = []
    if prompt.count(BLANK) != len(answers):
        return [f"有 {prompt.count(BLANK)} 个空, 却有 {len(answers)} 个答案"]
    if len(q.get("accepted") or []) > len(answers):
        problems.append("`accepted` 列表比空还多")
    if str(q.get("variant", "")) == "overlap":
        if not _cued(answers, prompt, items_of(formula)):
            problems.append("题干的提示不是答案前面的那一项")
    else:
        source = str(q.get("source") or formula.get("source") or "")
        filled = _squash(_filled(_core(prompt, source), answers))
        if filled not in _squash(evidence) and filled not in _squash(full_width(evidence)):
            problems.append("填入答案后的题干与原文不符")
    for answer in answers:
        if answer not in evidence:
            problems.append(f"答案 `{answer}` 没有出现在原文中")
    return problems


def _one_box(q: Question, given: tuple[str, ...]) -> tuple[str, ...]:
    """Blanks typed all into the first box, split into one answer per blank."""
    blanks = len(q.answers)
    if blanks < 2 or not given or any(g.strip() for g in given[1:]):
        return given
    text = given[0].strip()
    parts = [p for p in _SPLIT_RE.split(text) if p]
    if len(parts) == blanks:  # separated by 、 , ; | or spaces
        return tuple(parts)
    if len(parts) == 1 and not q.order_free:  # run together: 民富区强改革创新
        expected = "".join(q.answers)
        if text_matches(expected, text, pinyin=True):
            return tuple(q.answers)
    return given


def _count_matches(expected: str, text: str, pinyin: bool) -> bool:
    """A count blank: the numeral, its value in digits, or (one character) its initial."""
    value = parse_number(normalise(expected))
    typed = normalise(text)
    if value is not None and typed.isdigit() and int(typed) == value:
        return True
    return text_matches(expected, text, pinyin=pinyin, lone_initial=True)


def grade(q: Question, given: tuple[str, ...], pinyin: bool) -> Checked:
    """One verdict per blank; blanks may come in one box; order-free blanks match in any
    order (the largest one-to-one matching of typed answers to blanks)."""
    blanks = len(q.answers)
    given = _one_box(q, given)
    given = tuple(given[:blanks]) + ("",) * (blanks - len(given))
    choices = [
        (q.answers[i], *(q.accepted[i] if i < len(q.accepted) else ())) for i in range(blanks)
    ]
    matches = _count_matches if q.variant == "count" else (
        lambda c, t, p: text_matches(c, t, pinyin=p))

    def ok(blank: int, text: str) -> bool:
        return any(matches(c, text, pinyin) for c in choices[blank])

    if not q.order_free:
        return [ok(i, given[i]) for i in range(blanks)], list(q.answers), list(given)
    fits = [[ok(b, given[g]) for b in range(blanks)] for g in range(blanks)]
    owner: dict[int, int] = {}

    def claim(g: int, seen: set[int]) -> bool:
        for b in range(blanks):
            if fits[g][b] and b not in seen:
                seen.add(b)
                if b not in owner or claim(owner[b], seen):
                    owner[b] = g
                    return True
        return False

    for g in range(blanks):
        claim(g, set())
    matched = set(owner.values())
    return [g in matched for g in range(blanks)], list(q.answers), list(given)


def _with_accepted(q: Question, i: int) -> tuple[str, ...]:
    return q.accepted[i] if i < len(q.accepted) else ()


def key_text(q: Question) -> str:
    """Blanks split by ；, other accepted answers in brackets: `五（或5）`."""
    parts = [answer + (f"（或{'、'.join(extra)}）" if (extra := _with_accepted(q, i)) else "")
             for i, answer in enumerate(q.answers)]
    return "；".join(parts) + ("（顺序不限）" if q.order_free and len(parts) > 1 else "")


def sheet_answer(q: Question) -> str:
    """Blanks split by `|`, the accepted answers of a blank by `;`."""
    return "|".join(";".join((a, *_with_accepted(q, i))) for i, a in enumerate(q.answers))


KIND = QuestionKind((QuestionType.CLOZE,),
                    lambda formula, siblings, hints: cloze_questions(formula, hints, siblings),
                    check, semantics=cloze_semantics,
                    grade=grade, key_text=key_text, sheet_answer=sheet_answer)
