"""Checking typed and chosen answers, and suggesting an fsrs rating from the check.

Typed text is matched by `typed_text` (normalising, pinyin, the wording slack for 的).
填空 answers may be typed one per box or all into the first box, separated by 、, commas,
spaces or |, or run together in order. A count blank (the number of a label, `五张名片`)
also takes the number in digits (`5`) and, for a one-character numeral, its pinyin
initial (`w`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from quiz.core.model import FALSE_ANSWER, TRUE_ANSWER, Question, QuestionType
from quiz.core.review.scheduling import Rating
from quiz.core.review.typed_text import normalise, text_matches
from quiz.core.text.numerals import parse_number

# Seconds the learner may take: a fixed reading time plus a time per character of the
# expected answer. At most FAST_* is "fast" (Easy), more than SLOW_* is "slow" (Hard).
FAST_BASE_S, FAST_PER_CHAR_S = 2.0, 0.5
SLOW_BASE_S, SLOW_PER_CHAR_S = 10.0, 2.0

_TRUE_WORDS = {"对", "t", "true", "1", "√", "✓", "✔", "是", "正确", "y", "yes"}
_FALSE_WORDS = {"错", "f", "false", "0", "×", "✗", "✘", "x", "否", "错误", "n", "no"}
_SPLIT_RE = re.compile(r"[、,，;；|/\s]+")


@dataclass(frozen=True)
class GradeResult:
    """The outcome of checking one answer."""

    correct: bool
    per_answer: tuple[bool, ...]  # one per blank / pair / position / option
    expected: tuple[str, ...]
    given: tuple[str, ...]
    suggested: Rating


def grade(
    question: Question,
    given: Sequence[str],
    *,
    elapsed_s: float = 0.0,
    hinted: bool = False,
    pinyin: bool = True,
) -> GradeResult:
    """Check `given` against the question and suggest a rating (see module docstring)."""
    given = tuple("" if g is None else str(g) for g in given)
    checker = _CHECKERS[question.type]
    per_answer, expected, shown = checker(question, given, pinyin)
    correct = bool(per_answer) and all(per_answer)
    rating = suggest_rating(
        correct, elapsed_s=elapsed_s, hinted=hinted, answer_chars=_answer_chars(question)
    )
    return GradeResult(correct, tuple(per_answer), tuple(expected), tuple(shown), rating)


def suggest_rating(correct: bool, *, elapsed_s: float, hinted: bool, answer_chars: int) -> Rating:
    """Again when wrong; Hard after a hint or when slow; Easy when fast; else Good.

    An elapsed time of 0 means "not measured" and never counts as fast.
    """
    if not correct:
        return Rating.Again
    if hinted or elapsed_s > SLOW_BASE_S + SLOW_PER_CHAR_S * answer_chars:
        return Rating.Hard
    if 0 < elapsed_s <= FAST_BASE_S + FAST_PER_CHAR_S * answer_chars:
        return Rating.Easy
    return Rating.Good


def _answer_chars(question: Question) -> int:
    """The length of the answer the learner has to produce or recognise."""
    if question.type in (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE):
        texts = [_option_text(question, letter) for letter in question.answers]
    elif question.type is QuestionType.TRUE_FALSE:
        texts = [question.prompt]  # the whole statement must be read and checked
    else:
        texts = list(question.answers)
    return sum(len(normalise(t)) for t in texts)


# --- per type -------------------------------------------------------------------------

Checked = tuple[list[bool], list[str], list[str]]


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


def _check_cloze(q: Question, given: tuple[str, ...], pinyin: bool) -> Checked:
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
    # Order-free: the largest one-to-one matching of typed answers to blanks.
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


def _option_text(q: Question, letter: str) -> str:
    index = ord(letter.upper()) - ord("A") if len(letter) == 1 else -1
    return q.options[index] if 0 <= index < len(q.options) else ""


def _letters(q: Question, given: tuple[str, ...]) -> list[str]:
    """Chosen option letters: `B`, `a`, `Ａ`, `A,C`, `AC` or an option's own text."""
    letters: list[str] = []
    option_by_text = {normalise(o): chr(ord("A") + i) for i, o in enumerate(q.options)}
    for raw in given:
        text = normalise(raw)
        if text in option_by_text and len(text) > 1:
            letters.append(option_by_text[text])
        else:
            letters.extend(ch.upper() for ch in text if ch.isascii() and ch.isalpha())
    return letters


def _check_single(q: Question, given: tuple[str, ...], pinyin: bool) -> Checked:
    letters = _letters(q, given)
    chosen = letters[0] if len(letters) == 1 else "".join(letters)
    return [chosen == q.answers[0].upper()], list(q.answers), [chosen]


def _check_multiple(q: Question, given: tuple[str, ...], pinyin: bool) -> Checked:
    chosen = set(_letters(q, given))
    right = {a.upper() for a in q.answers}
    all_letters = [chr(ord("A") + i) for i in range(len(q.options))]
    extra = sorted(chosen - set(all_letters))  # letters that are not options at all
    per_option = [(letter in chosen) == (letter in right) for letter in all_letters]
    return per_option + [False] * len(extra), list(q.answers), sorted(chosen)


def _check_true_false(q: Question, given: tuple[str, ...], pinyin: bool) -> Checked:
    raw = given[0].strip() if given else ""
    word = normalise(raw) or raw
    value = TRUE_ANSWER if word in _TRUE_WORDS else FALSE_ANSWER if word in _FALSE_WORDS else ""
    return [value == q.answers[0]], list(q.answers), [value or raw]


def _check_sequence(q: Question, given: tuple[str, ...], pinyin: bool) -> Checked:
    """Matching (right entry per left entry) and ordering (items per position)."""
    n = len(q.answers)
    resolved = []
    for raw in tuple(given[:n]) + ("",) * (n - len(given)):
        text = raw.strip()
        if len(text) == 1 and text.isascii() and text.isalpha() and q.options:
            text = _option_text(q, text) or text  # a letter naming a shown option
        resolved.append(text)
    per = [normalise(a) == normalise(g) for a, g in zip(q.answers, resolved, strict=True)]
    return per, list(q.answers), resolved


_CHECKERS = {
    QuestionType.CLOZE: _check_cloze,
    QuestionType.SINGLE_CHOICE: _check_single,
    QuestionType.MULTIPLE_CHOICE: _check_multiple,
    QuestionType.TRUE_FALSE: _check_true_false,
    QuestionType.MATCHING: _check_sequence,
    QuestionType.ORDERING: _check_sequence,
}
