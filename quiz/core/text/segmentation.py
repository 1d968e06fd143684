"""Word segmentation through jieba, loaded lazily.

jieba's dictionary takes most of a second to load, so nothing imports jieba at module
level: the first call that needs it pays the cost once (the trainer never does at
start-up).
"""

from __future__ import annotations

import logging
from functools import cache
from typing import Any


@cache
def _tokenizer() -> Any:
    import jieba  # deferred: loading the dictionary is slow

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba.dt


def is_word(text: str) -> bool:
    """True when `text` is an entry of the segmentation dictionary."""
    return _tokenizer().FREQ.get(text, 0) > 0


def splits_word(before: str, after: str) -> bool:
    """True when a line break between `before` and `after` falls inside a word."""
    candidates = (before[-1:] + after[:1], before[-2:] + after[:1], before[-1:] + after[:2])
    return any(len(word) >= 2 and is_word(word) for word in candidates)


def words(text: str) -> list[str]:
    """The words of `text` (jieba's default mode, no HMM for stable results)."""
    return list(_tokenizer().cut(text, HMM=False))


@cache
def _tagger() -> Any:
    import jieba.posseg  # deferred: the tagger loads on top of the dictionary

    _tokenizer()
    return jieba.posseg.dt


def tagged_words(text: str) -> list[tuple[str, str]]:
    """The words of `text` with their part-of-speech tags (`n`, `v`, `u`…), no HMM."""
    return [(pair.word, pair.flag) for pair in _tagger().cut(text, HMM=False)]
