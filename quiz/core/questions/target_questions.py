"""Questions on a headline target (`国内生产总值增长5%左右`, `粮食产量1.3万亿斤以上`).

The number is blanked with the unit and qualifier left printed (`value` cloze:
`国内生产总值增长____%左右`), and a single choice offers the true value among nearby
values of the same unit and precision (`value`: 3% 4% 5% 6%). Options are compared as
numbers, so two equivalent values (5% and 5.0%) never stand side by side.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

from quiz.core.model import BankFormula, Question, QuestionType
from quiz.core.questions.base import Span, rng_for
from quiz.core.questions.sentence_stems import (
    GAP,
    blank_stem,
    choice_question,
    cloze_question,
    excerpt,
)
from quiz.core.questions.wording import attribution, sentence

OPTIONS = 4
_GAP_BETWEEN = "[^，。；：]{0,8}?"  # words between an indicator and its value (为, 达到)


def number(text: str) -> Decimal | None:
    """The value as a number, or None when it is none."""
    try:
        value = Decimal(text.strip())
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def spelled(value: Decimal) -> str:
    """A number as reports print it: no exponent, no trailing zeros (5, 5.5, 1200)."""
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


MIN_STEP_SHARE = Decimal("0.01")  # the least step between options, as a share of the value


def step_of(text: str) -> Decimal:
    """How far apart nearby values lie, from the precision the report uses: 1 for 5,
    100 for 1200, 0.5 for 5.5 or 2.5, 0.1 for 1.3."""
    whole, _, fraction = text.strip().partition(".")
    if fraction:
        unit = Decimal(1).scaleb(-len(fraction))
        return unit * 5 if fraction.endswith("5") else unit
    zeros = len(whole) - len(whole.rstrip("0"))
    return Decimal(10) ** min(zeros, len(whole) - 1)


def nearby(text: str, ceiling: Decimal | None = None) -> list[Decimal]:
    """Plausible wrong values: two steps either side, positive, none equal to the value,
    none above `ceiling` (a share: 101% among 97%, 98%, 99% is struck at sight; the next
    steps below stand in). A step too small to tell values apart at a glance (0.01 of
    86.46亿元) grows tenfold until it is a hundredth of the value or more (84.46, 85.46,
    87.46, 88.46), the report's decimals kept."""
    value, step = number(text), step_of(text)
    if value is None:
        return []
    while step < MIN_STEP_SHARE * value:
        step *= 10
    candidates = [value + k * step for k in (-2, -1, 1, 2, -3, -4)]
    kept = [c for c in candidates
            if c > 0 and c != value and (ceiling is None or c <= ceiling)]
    return kept[:4]


PERCENT_CEILING = Decimal(100)  # a share of 100% or less is offered no option above it


_MAGNITUDES = (("万亿", Decimal(10) ** 12), ("亿", Decimal(10) ** 8), ("万", Decimal(10) ** 4),
               ("千", Decimal(10) ** 3), ("百", Decimal(10) ** 2))
_FIGURE = re.compile(r"(\d+(?:\.\d+)?)(.*)")


def amount(option: str) -> tuple[Decimal, str] | None:
    """An option as an amount: its number scaled by the unit's magnitude (万, 亿, 万亿),
    and the unit left (1.3万亿斤 and 13000亿斤 are both 1.3e12 斤); None if no number."""
    match = _FIGURE.fullmatch(option.strip())
    if match is None:
        return None
    value, unit = Decimal(match.group(1)), match.group(2)
    for prefix, scale in _MAGNITUDES:
        if unit.startswith(prefix):
            return (value * scale).normalize(), unit[len(prefix):]
    return value.normalize(), unit


def equivalent_options(options: Sequence[str]) -> list[tuple[str, str]]:
    """Pairs of options that state the same amount (5% and 5.0%, 1.3万亿 and 13000亿)."""
    seen: dict[tuple[Decimal, str], str] = {}
    pairs = []
    for option in options:
        key = amount(option)
        if key is None:
            continue
        if key in seen:
            pairs.append((seen[key], option))
        seen.setdefault(key, option)
    return pairs


def value_span(formula: BankFormula) -> tuple[Span, Span] | None:
    """Where the indicator and its value stand in the evidence (the value just after)."""
    indicator, value = formula.detail_field("indicator"), formula.detail_field("value")
    unit = formula.detail_field("unit")
    if not indicator or not value:
        return None
    pattern = (re.escape(indicator) + _GAP_BETWEEN + f"(?<![\\d.])({re.escape(value)})"
               + f"(?![\\d.]){re.escape(unit)}")
    match = re.search(pattern, formula.evidence)
    if match is None:
        return None
    return (match.start(), match.start() + len(indicator)), match.span(1)


def target_questions(formula: BankFormula, siblings: Sequence[BankFormula],
                     hints: Sequence[Span] = ()) -> list[Question]:
    """The value cloze and the value choice of one target."""
    found = value_span(formula)
    value = formula.detail_field("value")
    if found is None or number(value) is None:
        return []
    indicator, span = found
    questions = []
    prompt = blank_stem(formula, [indicator], [span])
    if prompt:
        questions.append(cloze_question(formula, "value", prompt, [value]))
    unit = formula.detail_field("unit")
    share = unit in ("%", "％") and (number(value) or 0) <= PERCENT_CEILING
    wrong = nearby(value, PERCENT_CEILING if share else None)
    if len(wrong) >= OPTIONS - 1:
        rng = rng_for(formula.id, "target")
        shown = [f"{spelled(v)}{unit}" for v in rng.sample(wrong, OPTIONS - 1)]
        correct = f"{value}{unit}"
        options = [correct, *shown]
        rng.shuffle(options)
        gap = (span[0], span[1] + len(unit))
        body = excerpt(formula, [indicator], [gap], GAP)
        if body and not equivalent_options(options):
            prompt = attribution(formula.source) + sentence(body)
            choice = choice_question(formula, QuestionType.SINGLE_CHOICE, "value", prompt,
                                     options, [correct])
            questions.extend([choice] if choice else [])
    return questions
