"""Word segmentation through jieba, loaded lazily.

jieba's dictionary takes most of a second to load, so nothing imports jieba at module
level: the first call that needs it pays the cost once (the trainer never does at
start-up).
"""

from __future__ import annotations

import logging
import re
import sys
from functools import cache
from typing import Any

# jieba's own range of Han characters: text made only of them is one block to its cutters.
_HAN_ONLY = re.compile("[\u4e00-\u9fd5]+")


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


def word_count(word: str) -> int:
    """How often the dictionary saw the word (jieba's own counts; 0 when unknown)."""
    return int(_tokenizer().FREQ.get(word, 0))


def search_words(text: str) -> list[str]:
    """The words of `text` and the shorter words inside its long ones (jieba's search
    mode, no HMM): 城乡规划 gives 城乡, 规划 and 城乡规划."""
    return list(_tokenizer().cut_for_search(text, HMM=False))


@cache
def _tagger() -> Any:
    import jieba.posseg  # deferred: the tagger loads on top of the dictionary

    _tokenizer()
    return jieba.posseg.dt


@cache
def _word_tags() -> dict[bytes, bytes]:
    """The dictionary's tag of each word, both in UTF-8, from its `word frequency tag`
    lines in one split of the file's bytes: jieba.posseg builds the same table line by
    line and decoded, several times slower (only a few of its words are ever looked up)."""
    with _tokenizer().get_dict_file() as f:
        fields = f.read().split()
    if len(fields) % 3 or not all(map(bytes.isdigit, fields[1::3])):
        # not three fields a line: jieba's own reading
        return {w.encode("utf-8"): t.encode("utf-8") for w, t in _tagger().word_tag_tab.items()}
    return dict(zip(fields[0::3], fields[2::3], strict=True))


def han_tagged_words(text: str) -> list[tuple[str, str]]:
    """tagged_words for text of Han characters only, without jieba.posseg: the same
    dictionary cut (no HMM) and each word's dictionary tag (`x` when it has none)."""
    tags = _word_tags()
    return [(word, tags.get(word.encode("utf-8"), b"x").decode("utf-8"))
            for word in _tokenizer().cut(text, HMM=False)]


def dictionary_tagged_words(text: str) -> list[tuple[str, str]]:
    """tagged_words by the dictionary alone, for any text: runs of Han characters are cut
    and tagged as `han_tagged_words` does, everything between them is one `x` piece. It
    never loads jieba.posseg, whose loading changes the tags every later call reads."""
    tagged: list[tuple[str, str]] = []
    at = 0
    for run in _HAN_ONLY.finditer(text):
        if run.start() > at:
            tagged.append((text[at:run.start()], "x"))
        tagged.extend(han_tagged_words(run.group()))
        at = run.end()
    if at < len(text):
        tagged.append((text[at:], "x"))
    return tagged


def tagged_words(text: str) -> list[tuple[str, str]]:
    """The words of `text` with their part-of-speech tags (`n`, `v`, `u`…), no HMM."""
    if ("jieba.posseg" not in sys.modules and not _tokenizer().user_word_tag_tab
            and _HAN_ONLY.fullmatch(text)):
        return han_tagged_words(text)  # no need to load jieba's tagger
    return [(pair.word, pair.flag) for pair in _tagger().cut(text, HMM=False)]
