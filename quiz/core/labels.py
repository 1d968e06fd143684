"""Finding numbered labels in text: quoted (“五张名片”) and the start of bare ones (三重压力)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from quiz.core.numerals import _CLASSIFIER_RE, CN_NUMERAL, LabelShape, parse_label

_QUOTED = re.compile(r"[“\"「『]([^”\"」』\n“]{1,14})[”\"」』]")
BARE_LABEL_START = re.compile(rf"(?:[{CN_NUMERAL}]{{1,3}})(?:{_CLASSIFIER_RE})")
_NOUN_STOP = set("的地得和与及等中为是在上下也都就之而或、，,。；;：:！？!?“”\"（）() \n\t")
MAX_NOUN = 6


@dataclass(frozen=True)
class LabelMatch:
    """A numbered label found in the text."""

    label: str
    start: int  # includes the opening quote when quoted
    end: int
    quoted: bool
    shape: LabelShape


def quoted_labels(text: str) -> Iterator[LabelMatch]:
    """Every quoted numbered label, in text order."""
    for m in _QUOTED.finditer(text):
        shape = parse_label(m.group(1))
        if shape is not None:
            yield LabelMatch(m.group(1), m.start(), m.end(), True, shape)


def bare_noun(text: str, pos: int) -> str:
    """The head noun after a bare number and measure word (`四个历城的…` -> 历城)."""
    from quiz.core.text.segmentation import words  # deferred: only bare labels need jieba

    window = text[pos : pos + MAX_NOUN + 2]
    cut = 0
    while cut < len(window) and window[cut] not in _NOUN_STOP and "\u4e00" <= window[cut] <= "\u9fff":
        cut += 1
    window = window[:cut]
    if not window:
        return ""
    noun = ""
    for word in words(window)[:2]:
        if len(noun) + len(word) > MAX_NOUN:
            break
        noun += word
    return noun
