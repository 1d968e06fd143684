"""Checking typed and chosen answers, and suggesting an fsrs rating from the check.

Typed text is compared after `normalise` (width, punctuation, spaces, quotes, case,
traditional -> simplified). With pinyin on, each Chinese character of an expected answer
may also be typed as its first letter (`mfqq` for 民富区强) or as a full syllable with or
without tones (`minfuquqiang`, `mín fù qū qiáng`, `min2fu4qu1qiang2`); every reading of a
heteronym counts (重: zhong or chong). pypinyin and zhconv are imported on first use: each
costs a noticeable fraction of a second and the TUI imports this module at start-up.
jieba is never needed here.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from quiz.core.model import FALSE_ANSWER, TRUE_ANSWER, Question, QuestionType
from quiz.core.review.scheduling import Rating

# Seconds the learner may take: a fixed reading time plus a time per character of the
# expected answer. At most FAST_* is "fast" (Easy), more than SLOW_* is "slow" (Hard).
FAST_BASE_S, FAST_PER_CHAR_S = 2.0, 0.5
SLOW_BASE_S, SLOW_PER_CHAR_S = 10.0, 2.0

_TRUE_WORDS = {"对", "t", "true", "1", "√", "✓", "✔", "是", "正确", "y", "yes"}
_FALSE_WORDS = {"错", "f", "false", "0", "×", "✗", "✘", "x", "否", "错误", "n", "no"}
_SPLIT_RE = re.compile(r"[、,，;；|/\s]+")
_TONE_DIGIT = "12345"


@dataclass(frozen=True)
class GradeResult:
    """The outcome of checking one answer."""

    correct: bool
    per_answer: tuple[bool, ...]  # one per blank / pair / position / option
    expected: tuple[str, ...]
    given: tuple[str, ...]
    suggested: Rating


@cache
def _to_simplified():
    import zhconv  # deferred: loading its tables takes ~0.1 s

    return zhconv.convert


def normalise(text: str) -> str:
    """Text reduced to what matters for comparing answers.

    Full-width forms become half-width (NFKC), letters lower-case, traditional characters
    simplified; punctuation (quotes included), spaces and control characters are dropped.
    """
    text = unicodedata.normalize("NFKC", text)
    kept = [
        ch
        for ch in text
        if unicodedata.category(ch)[0] not in "PZC"
    ]
    # NFKC can leave a lone combining mark after a dropped space (´ -> " ́"): recompose
    text = unicodedata.normalize("NFKC", "".join(kept).lower())
    if any(ord(ch) > 0x2E7F for ch in text):
        text = _to_simplified()(text, "zh-cn")
    return text


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


# --- typed text -----------------------------------------------------------------------


def text_matches(expected: str, given: str, *, pinyin: bool = True) -> bool:
    """Whether typed `given` answers `expected` (after normalising; pinyin if allowed)."""
    want, got = normalise(expected), normalise(given)
    if want == got:
        return True
    if not pinyin or not got or not want:
        return False
    got = _strip_tone_marks(got)
    return _pinyin_match(want, got)


def _strip_tone_marks(text: str) -> str:
    """`mín fù lǜ` -> `minfulv` (ü is written v, as pypinyin and keyboards do)."""
    text = text.replace("ü", "v").replace("ǖ", "v").replace("ǘ", "v").replace("ǚ", "v")
    text = text.replace("ǜ", "v")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")


@lru_cache(maxsize=4096)
def _readings(ch: str) -> frozenset[str]:
    """Every toneless pinyin syllable of a Chinese character (all heteronyms)."""
    from pypinyin import Style, pinyin  # deferred: its dictionaries take ~0.15 s to load

    found = pinyin(ch, style=Style.NORMAL, heteronym=True, errors="ignore")
    syllables = {s.lower() for group in found for s in group if s.isascii() and s.isalpha()}
    # pypinyin writes ü as v; accept u as well since many keyboards do
    syllables |= {s.replace("v", "u") for s in syllables}
    return frozenset(syllables)


def _pinyin_match(want: str, got: str) -> bool:
    """Dynamic programming over `want`: each Chinese character may be matched by itself,
    its first letter (answers of two or more characters only), or a full syllable
    optionally followed by a tone digit."""
    # A lone initial is too ambiguous for a one-character answer (三 and 四 are both "s").
    initials = len(want) > 1
    reachable = {0}
    for ch in want:
        readings = _readings(ch) if _is_han(ch) else frozenset()
        nxt: set[int] = set()
        for pos in reachable:
            if got.startswith(ch, pos):
                nxt.add(pos + 1)
            for syllable in readings:
                if initials and got.startswith(syllable[0], pos):
                    nxt.add(pos + 1)
                if got.startswith(syllable, pos):
                    end = pos + len(syllable)
                    nxt.add(end)
                    if end < len(got) and got[end] in _TONE_DIGIT:
                        nxt.add(end + 1)
        if not nxt:
            return False
        reachable = nxt
    return len(got) in reachable


def _is_han(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\U00020000" <= ch <= "\U0003134f"


# --- per type -------------------------------------------------------------------------

Checked = tuple[list[bool], list[str], list[str]]


def _check_cloze(q: Question, given: tuple[str, ...], pinyin: bool) -> Checked:
    blanks = len(q.answers)
    if blanks > 1 and len(given) == 1:
        parts = [p for p in _SPLIT_RE.split(given[0].strip()) if p]
        if len(parts) == blanks:  # all blanks typed into one box, separated by 、 or spaces
            given = tuple(parts)
    given = tuple(given[:blanks]) + ("",) * (blanks - len(given))
    choices = [
        (q.answers[i], *(q.accepted[i] if i < len(q.accepted) else ())) for i in range(blanks)
    ]

    def ok(blank: int, text: str) -> bool:
        return any(text_matches(c, text, pinyin=pinyin) for c in choices[blank])

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
