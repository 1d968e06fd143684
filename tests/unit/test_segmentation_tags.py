"""Tagging Han-only text without jieba.posseg gives exactly jieba.posseg's words and tags."""

from __future__ import annotations

import pytest

from quiz.core.text import segmentation

SAMPLES = [
    "三大粮食作物完全成本保险",
    "个政策意见",
    "方面下功夫",
    "股歪风邪气",
    "项重点任务和",
    "全面建设社会主义现代化国家",
    "的",
    "龘",
]


@pytest.mark.parametrize("text", SAMPLES)
def test_han_tags_match_jieba_posseg(text: str) -> None:
    import jieba.posseg

    expected = [(p.word, p.flag) for p in jieba.posseg.dt.cut(text, HMM=False)]
    assert segmentation.han_tagged_words(text) == expected


def test_word_tags_are_jieba_posseg_table() -> None:
    import jieba.posseg

    table = {w.decode("utf-8"): t.decode("utf-8") for w, t in segmentation._word_tags().items()}
    assert table == jieba.posseg.dt.word_tag_tab

