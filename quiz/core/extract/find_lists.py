"""Unlabeled parallel lists, which examiners ask about by counting although the report
gives them no label: `自我净化、自我完善、自我革新、自我提高` (items sharing a head or tail),
`坚持A，坚持B，坚持C，…` (clauses with a repeated head) and quoted lists `“严、真、细、实、快”`.

A list is named by the report's own words, the repeated phrase (`自我…`, `…自信`), never
by an invented count. Precision comes first: three or more items, parallel in length,
sharing at least two characters at one edge (or quoted together), and no function word
at an edge.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator

from quiz.core.extract.items import trim_first_item

LIST_MIN = 3
_CLAUSE_STOPS = "，,。；;：:！？\n“”"
# A clause (a maximal run between stops) holding at least LIST_MIN - 1 marks 、: the regex
# skips every other clause in C instead of a Python loop over all of them.
_LIST_CLAUSE = re.compile(
    rf"(?<![^{_CLAUSE_STOPS}])(?:[^{_CLAUSE_STOPS}、]*、){{{LIST_MIN - 1}}}[^{_CLAUSE_STOPS}]*"
)
_SENTENCE_STOPS = "。；;！？\n"
# A sentence of at least LIST_MIN clauses (LIST_MIN - 1 commas or colons), the fewest a
# run with a repeated head can use.
_MANY_CLAUSES = re.compile(
    rf"(?<![^{_SENTENCE_STOPS}])(?:[^{_SENTENCE_STOPS}，,：:]*[，,：:]){{{LIST_MIN - 1}}}"
    rf"[^{_SENTENCE_STOPS}]*"
)
_QUOTED_LIST = re.compile(r"“([^“”\n]{3,60})”")
_CLAUSE_SPLIT = re.compile(r"[，,：:]")
_SPLIT = re.compile(r"、|(?:以及|和|及|与)(?=[^、]*$)")
_EDGE_WORDS = set("的和与及或其等了之而并且也又在对把将")


class ListFound:
    """A list candidate: items, the shared head and tail, and where it stands."""

    __slots__ = ("items", "head", "tail", "start", "end", "quoted")

    def __init__(self, items: list[str], head: str, tail: str, start: int, end: int,
                 quoted: bool = False) -> None:
        self.items, self.head, self.tail = tuple(items), head, tail
        self.start, self.end, self.quoted = start, end, quoted

    @property
    def label(self) -> str:
        """The report's own words for the list: its repeated head or tail."""
        if self.quoted:
            return "、".join(self.items)
        return f"{self.head}…" if len(self.head) >= len(self.tail) else f"…{self.tail}"


def _parallel(items: list[str], longest: int) -> bool:
    lengths = [len(i) for i in items]
    return (min(lengths) >= 2 and max(lengths) <= longest
            and max(lengths) <= 2 * min(lengths) + 2
            and not any(i[0] in _EDGE_WORDS or i[-1] in _EDGE_WORDS for i in items))


def _affixes(items: list[str]) -> tuple[str, str]:
    head = os.path.commonprefix(items)
    tail = os.path.commonprefix([i[::-1] for i in items])[::-1]
    shortest = min(len(i) for i in items)
    return (head if len(head) < shortest else ""), (tail if len(tail) < shortest else "")


def _word_boundary_at(text: str, cut: int) -> bool:
    """True when the segmenter puts a word boundary at `cut` in `text`."""
    from quiz.core.text.segmentation import words  # deferred: lists are read after labels

    pos = 0
    for word in words(text):
        if pos == cut:
            return True
        pos += len(word)
    return False


def _trim_edges(items: list[str], start: int) -> tuple[list[str], int]:
    """Cut the introducing words off the first item (实施科教兴国战略 -> 科教兴国战略) and
    a predicate off the last (自我提高能力显著增强 -> 自我提高) when the others agree."""
    items = [*items[:-1], _without_conjunction(items[-1])]
    others = items[1:-1]
    if others and len({len(i) for i in others}) == 1:
        size = len(others[0])
        head = os.path.commonprefix(others)
        # with one item between, the last shares the ending too (让主题教育深入人心、打动人心、激励人心)
        tail = os.path.commonprefix([i[::-1] for i in (others if len(others) > 1
                                                       else items[1:])])[::-1]
        if head and items[-1].startswith(head) and len(items[-1]) > size + 1:
            items = [*items[:-1], items[-1][:size]]
        if tail and items[0].endswith(tail) and len(items[0]) > size + 1:
            first = trim_first_item(items[0], items[1:])
            if (len(others) > 1 and len(first) > size
                    and _word_boundary_at(first, len(first) - size)):
                first = first[len(first) - size:]  # 我们要坚定|道路自信
            start += len(items[0]) - len(first)
            items = [first, *items[1:]]
    return items, start


def _lead_and_conjunction_dropped(run: list[str]) -> list[str]:
    """Clauses closing alike, without the words that lead into the first: up to the
    opening the others share (要大力|普及…的教育，普及…的教育), or where no other opens
    with a verb or preposition, its introducing words (包括|专业性的生产联合，产供销联合); and without a
    conjunction the last opens with (以及|技术服务性的联合); where the others open with
    verbs the first's verb is an item's own (发展社会主义先进文化，弘扬革命文化)."""
    last = _without_conjunction(run[-1])
    others = [*run[1:-1], last]
    shared = os.path.commonprefix(others)
    opening = {_opening_tag(o)[:1] for o in others}
    if len(shared) >= 2 and shared in run[0]:
        first = run[0][run[0].rindex(shared):]  # 要大力|普及…的教育，普及…的教育
    elif opening & {"v", "p"} or len(others) < 2:
        first = run[0]
    else:
        first = trim_first_item(run[0], others)
    return [first, *others]


def _without_conjunction(last: str) -> str:
    """The last item without a conjunction it opens with (以及技术服务性的联合)."""
    from quiz.core.text.segmentation import dictionary_tagged_words  # deferred: jieba loads slowly

    tagged = dictionary_tagged_words(last)
    if len(tagged) > 1 and tagged[0][1] == "c" and len(last) - len(tagged[0][0]) >= 2:
        return last[len(tagged[0][0]):]
    return last


def _opening_tag(text: str) -> str:
    """The part-of-speech tag of the text's first word, by the dictionary."""
    from quiz.core.text.segmentation import dictionary_tagged_words  # deferred: jieba loads slowly

    tagged = dictionary_tagged_words(text)
    return tagged[0][1] if tagged else ""


def enumerations(text: str) -> Iterator[ListFound]:
    """`A、B、C(和D)` inside one clause whose items share two characters at an edge."""
    for m in _LIST_CLAUSE.finditer(text):
        clause = m.group(0)
        items = [i.strip() for i in _SPLIT.split(clause)]
        if len(items) < LIST_MIN or (len({i[:2] for i in items[1:]}) > 1
                                     and len({i[-2:] for i in items[:-1]}) > 1):
            continue  # cheap first: trimming below only cuts the first item's start and the
            # last item's end, so two characters shared at one edge must be there already
        head, tail = _affixes(items[1:]) if len(items) > LIST_MIN else ("", "")
        if head and not items[0].endswith(head) and head in items[0]:
            # the first chunk carries the introducing words: cut it where the head starts
            cut = items[0].rindex(head)
            m_start = m.start() + clause.index(items[0]) + cut
            items[0] = items[0][cut:]
        else:
            m_start = m.start() + clause.index(items[0])
        if len(items) < LIST_MIN:
            continue
        items, m_start = _trim_edges(items, m_start)
        if not _parallel(items, 10):
            continue
        head, tail = _affixes(items)
        if len(head) >= 2 or len(tail) >= 2:
            yield ListFound(items, head, tail, m_start, m.end())


def _runs(clauses: list[str], shared: Callable[[str, str], str]) -> Iterator[tuple[int, int]]:
    """Maximal runs [i, j) of clauses that share two or more characters by `shared`."""
    edge = [c[:2] if shared is _prefix else c[-2:] for c in clauses]
    i = 0
    while i < len(clauses) - 1:
        if len(edge[i]) < 2 or edge[i] != edge[i + 1]:
            i += 1  # cheap first: no two characters shared at the edge
            continue
        j = i + 1
        key = shared(clauses[i], clauses[j]) if clauses[i] else ""
        while j < len(clauses) and len(key) >= 2 and shared(key, clauses[j]) == key:
            j += 1
        if j - i >= 2 and len(key) >= 2:
            yield i, j
        i = max(j, i + 1)


def _prefix(a: str, b: str) -> str:
    return os.path.commonprefix([a, b])


def _suffix(a: str, b: str) -> str:
    return os.path.commonprefix([a[::-1], b[::-1]])[::-1]


def repeated_heads(text: str) -> Iterator[ListFound]:
    """A sentence of three or more clauses that open, or close, with the same two or more
    characters: `坚持党的领导，坚持人民至上，坚持理论创新`; `是人口规模巨大的现代化，是全体
    人民共同富裕的现代化，…`. The clause before such a run joins it when it holds the
    shared opening (`我们要坚持以经济建设为中心`, `全党同志务必不忘初心`)."""
    for m in _MANY_CLAUSES.finditer(text):
        sentence = m.group(0)
        # a quote closed at the sentence's start is the sentence before's (…。”产业链…)
        clauses = [c.strip().lstrip("”’」』").rstrip("“‘「『") for c in _CLAUSE_SPLIT.split(sentence)]
        for shared, is_head in ((_prefix, True), (_suffix, False)):
            edges = {c[:2] for c in clauses} if is_head else {c[-2:] for c in clauses}
            if len(edges) == len(clauses):
                continue  # cheap first: no two clauses share an edge, let alone two in a row
            for i, j in _runs(clauses, shared):
                run = clauses[i:j]
                key = shared(run[0], run[-1]) if len(run) > 1 else ""
                for r in run[1:]:
                    key = shared(key, r)
                if i > 0 and is_head and key in clauses[i - 1][1:]:
                    run = [clauses[i - 1][clauses[i - 1].rindex(key):], *run]  # 我们要|坚持…
                if len(run) < LIST_MIN:
                    continue
                if not is_head:
                    run = _copula_dropped(run)
                    if run is None:
                        continue
                    run = _lead_and_conjunction_dropped(run)
                if not _parallel(run, 24):
                    continue
                start = m.start() + sentence.find(run[0])
                end = m.start() + sentence.find(run[-1]) + len(run[-1])
                yield ListFound(run, key if is_head else "", "" if is_head else key, start, end)


def _copula_dropped(run: list[str]) -> list[str] | None:
    """`中国式现代化是A的现代化，是B的现代化` -> A的现代化, B的现代化; None when the
    clauses sharing an ending are no parallel predicates."""
    if all(r.startswith("是") for r in run[1:]) and "是" in run[0]:
        return [run[0][run[0].index("是") + 1:], *(r[1:] for r in run[1:])]
    if any("是" in r[:2] for r in run):
        return None
    return run


def quoted_lists(text: str) -> Iterator[ListFound]:
    """`“严、真、细、实、快”`: a quoted list of short items."""
    for m in _QUOTED_LIST.finditer(text):
        items = [i.strip() for i in m.group(1).split("、")]
        if len(items) >= LIST_MIN and all(0 < len(i) <= 6 for i in items):
            head, tail = _affixes(items)
            yield ListFound(items, head, tail, m.start() + 1, m.end() - 1, quoted=True)
