"""Finding formulas in a bank: by Chinese, traditional characters, pinyin initials or full pinyin.

Learners without a Chinese input method type `wzmp` or `wuzhangmingpian` for 五张名片,
and some type or paste traditional characters (`五張名片`). Every formula gets a folded
text (NFKC, lower case, simplified, no punctuation or spaces) and, for its label, items,
document and sentence, the same text as pinyin initials and as full toneless pinyin.
A query's words must all be found, each in any of the three. pypinyin and zhconv are
loaded on first use (each takes a noticeable fraction of a second).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache

from quiz.core.model import Bank, BankFormula


@cache
def _simplify():
    import zhconv  # deferred: its tables take ~0.1 s to load

    return zhconv.convert


def fold(text: str) -> str:
    """Text reduced for searching: width, case, traditional forms, punctuation and spaces."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = "".join(ch for ch in text if unicodedata.category(ch)[0] not in "PZCS")
    if any(ord(ch) > 0x2E7F for ch in text):
        text = _simplify()(text, "zh-cn")
    return text


def _pinyin(text: str) -> tuple[str, str]:
    """(initials, full pinyin) of folded text; non-Chinese characters are kept as they are."""
    from pypinyin import Style, lazy_pinyin  # deferred: its dictionaries take ~0.15 s

    syllables = lazy_pinyin(text, style=Style.NORMAL, errors=lambda chars: list(chars))
    syllables = [s.replace("ü", "v") for s in syllables]
    return "".join(s[:1] for s in syllables), "".join(syllables)


@dataclass(frozen=True)
class _Entry:
    formula: BankFormula
    text: str
    initials: str
    full: str


class BankSearch:
    """An index of one bank's formulas; build once, then `find(query)` per keystroke."""

    def __init__(self, bank: Bank) -> None:
        self.bank = bank
        prompts: dict[str, list[str]] = {}
        for question in bank.questions:
            for formula_id in question.formula_ids:
                prompts.setdefault(formula_id, []).append(question.prompt)
        self.entries: list[_Entry] = []
        for formula in bank.formulas:
            core = fold("".join([formula.label, *formula.items, formula.doc, formula.source,
                                 formula.evidence]))
            initials, full = _pinyin(core)
            text = core + fold("".join(prompts.get(formula.id, [])))
            self.entries.append(_Entry(formula, text, initials, full))

    def find(self, query: str) -> list[BankFormula]:
        """Formulas matching every word of `query`, in bank order; all for an empty query."""
        words = [fold(w) for w in query.split()]
        words = [w for w in words if w]
        return [e.formula for e in self.entries if all(_matches(e, w) for w in words)]


def _matches(entry: _Entry, word: str) -> bool:
    if word in entry.text:
        return True
    if word.isascii() and word.isalnum():
        return word in entry.initials or word in entry.full
    return False


_last: list[BankSearch] = []


def index_for(bank: Bank) -> BankSearch:
    """The index of `bank`, built once (about a second for the default bank: run it in a
    worker) and kept while the same bank is open."""
    if _last and _last[0].bank is bank:
        return _last[0]
    index = BankSearch(bank)
    _last[:] = [index]
    return index


def search_formulas(bank: Bank, query: str) -> list[BankFormula]:
    """Formulas of `bank` matching `query` (see `BankSearch.find`)."""
    return index_for(bank).find(query)
