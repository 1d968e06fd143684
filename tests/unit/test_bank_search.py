"""Searching a bank by Chinese, traditional characters, pinyin initials and full pinyin."""

from __future__ import annotations

import pytest

from quiz.core.bank.io import load_bank
from quiz.core.bank.search import BankSearch, fold


@pytest.fixture
def index(small_bank_path) -> BankSearch:
    return BankSearch(load_bank(small_bank_path))


@pytest.mark.parametrize("query", [
    "五张名片", "五張名片", "wzmp", "WZMP", "wuzhangmingpian", "wu zhang", "民富区强", "mfqq",
    "  五张 mp ",
])
def test_finds_five_cards_every_way(index: BankSearch, query: str) -> None:
    assert [f.label for f in index.find(query)] == ["五张名片"]


def test_every_word_must_match(index: BankSearch) -> None:
    assert index.find("五张名片 需求收缩") == []
    assert [f.label for f in index.find("xqss")] == ["三重压力"]


def test_empty_query_lists_all(index: BankSearch) -> None:
    assert len(index.find("")) == len(index.entries)


def test_fold() -> None:
    assert fold("「五張名片」，ＡＢ c") == "五张名片abc"
