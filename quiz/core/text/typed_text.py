"""Typed text against an expected answer: normalising, pinyin, and the wording slack.

Typed text is compared after `normalise` (width, punctuation, spaces, quotes, case,
traditional -> simplified). With pinyin on, each Chinese character of an expected answer
may also be typed as its first letter (`mfqq` for 民富区强) or as a full syllable with or
without tones (`minfuquqiang`, `mín fù qū qiáng`, `min2fu4qu1qiang2`); every reading of a
heteronym counts (重: zhong or chong). A lone initial is refused for a one-character
answer (三 and 四 are both `s`) unless the caller allows it (count blanks, see grading).

Wording slack: the particle 的 may be left out or added in answers of four characters or
more (`中华民族伟大复兴战略全局` answers `…复兴的战略全局`; in pinyin it may be left out);
nothing else may differ: no other particle, no synonym, no dropped or swapped character.
的 is the one word that reports drop or keep freely in the same formula without changing
what it says; a formula is learnt for its exact words, so the slack stops there.

pypinyin and zhconv are imported on first use: each costs a noticeable fraction of a
second and the TUI imports this module at start-up. jieba is never needed here.
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache

_TONE_DIGIT = "12345"
OPTIONAL_PARTICLE = "的"
SLACK_MIN_CHARS = 4  # answers shorter than this must match exactly


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



# --- typed text -----------------------------------------------------------------------


def text_matches(expected: str, given: str, *, pinyin: bool = True,
                 lone_initial: bool = False) -> bool:
    """Whether typed `given` answers `expected` (see the module docstring for the rules).

    `lone_initial` accepts a one-character answer's pinyin initial (`s` for 四).
    """
    want, got = normalise(expected), normalise(given)
    if want == got or _without_particle(want) == _without_particle(got) != "":
        return True
    if not pinyin or not got or not want:
        return False
    got = _strip_tone_marks(got)
    return _pinyin_match(want, got, lone_initial) or (
        _without_particle(want) != want
        and _pinyin_match(_without_particle(want), got, lone_initial)
    )


def _without_particle(text: str) -> str:
    """`text` without 的, when it is long enough to have wording slack; else itself."""
    if len(text) < SLACK_MIN_CHARS:
        return text
    return text.replace(OPTIONAL_PARTICLE, "")


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


def _pinyin_match(want: str, got: str, lone_initial: bool = False) -> bool:
    """Dynamic programming over `want`: each Chinese character may be matched by itself,
    its first letter (answers of two or more characters only), or a full syllable
    optionally followed by a tone digit."""
    # A lone initial is too ambiguous for a one-character answer (三 and 四 are both "s").
    initials = len(want) > 1 or lone_initial
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
