"""What an exam setter checks before printing a question (`quiz check`, after structure).

Structure and the per-type invariants say a question is well formed; these rules say it
is fair: its key is true of the formula and of the composite the formula belongs to, no
stem prints its own answer, distractors are plausible (same kind, same report, never a
member of the same composite, of the items' length and part of speech, a synonym swap
that reads as words), and the stem reads as a printed sentence (`wording.stem_problems`).
A membership question on a marked list's cores is read by `core_semantics`. They read a
bank's plain data, its composite links through `questions.family.Family`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import PurePath
from typing import Any

from quiz.core.bank.core_semantics import core_choice_problems
from quiz.core.model import BLANK, FALSE_ANSWER, LETTERS, QuestionType
from quiz.core.questions.base import numeral_giveaway
from quiz.core.questions.board_giveaways import label_in_items
from quiz.core.questions.cloze import echoed
from quiz.core.questions.family import Family
from quiz.core.questions.lead_words import leading_words
from quiz.core.questions.list_marks import is_core_variant
from quiz.core.questions.matching import at_sight, decided_pairs, gives_parts_away, kin_on_board
from quiz.core.questions.shape import foreign_mark, mark_giveaway, shape_problem
from quiz.core.questions.synonyms import swap_problem
from quiz.core.questions.wording import count_stem_problem, stem_problems
from quiz.core.text.numerals import parse_number

ITEM_JOINER = "、"
_NUMERAL_RUN = re.compile(r"[0-9０-９一二三四五六七八九十百两]+")
Formulas = dict[str, dict[str, Any]]


def _items(formula: dict[str, Any]) -> list[str]:
    return [str(i) for i in formula.get("items") or []]


def _chosen(q: dict[str, Any]) -> tuple[list[str], list[str]]:
    options = [str(o) for o in q.get("options") or []]
    letters = {str(a) for a in q["answers"]}
    right = [o for i, o in enumerate(options) if LETTERS[i] in letters]
    return right, [o for o in options if o not in right]


def _distractor(item: str, fid: str, family: Family) -> str | None:
    if item in family.relatives(fid):
        return f"干扰项 `{item}` 属于同一个组合提法"
    if item not in family.plausible(fid):
        return f"干扰项 `{item}` 不是同一报告中同类提法的条目"
    items = _items(family.known[fid])
    doc = family.known[fid].get("doc")
    for lender in family.known.values():
        if lender.get("doc") == doc and item in _items(lender) and (
                mark := foreign_mark(item, _items(lender), items)):
            return f"干扰项 `{item}` 带着它所属提法各条目共有的 `{mark}`, 条目都没有"
    return shape_problem(item, items)


def _swapped(key: list[str], wrong: list[str], fid: str, family: Family) -> list[str]:
    """Problems of a list that differs from the key in one item."""
    changed = [(k, w) for k, w in zip(key, wrong, strict=True) if k != w]
    if len(changed) != 1 or set(wrong) == set(key):
        return []
    old, new = changed[0]
    known_items = {i for f in family.known.values() for i in _items(f)}
    if new in known_items:
        problem = _distractor(new, fid, family)
    else:
        problem = swap_problem(old, new)
    return [problem] if problem else []


def _announced(label: str, known: Formulas) -> Any:
    for formula in known.values():
        if str(formula.get("label")) == label:
            return formula.get("count")
    run = _NUMERAL_RUN.search(label)
    return parse_number(run.group()) if run else None


def split_items(option: str, known: frozenset[str]) -> list[str]:
    """The items a joined option lists: the fewest that spell it, each one of the report's
    items (an item may hold a `、` itself: 不做以权谋私、蜕化变质的贪官) or one `、` piece
    (a swapped item the report does not say)."""
    pieces = option.split(ITEM_JOINER)
    # best[i]: the fewest items spelling pieces[:i], as (count, where the last one starts)
    best: list[tuple[int, int]] = [(0, 0)] + [(len(pieces) + 1, 0)] * len(pieces)
    for end in range(1, len(pieces) + 1):
        for start in range(end):
            whole = end - start == 1 or ITEM_JOINER.join(pieces[start:end]) in known
            if whole and best[start][0] + 1 < best[end][0]:
                best[end] = (best[start][0] + 1, start)
    items, end = [], len(pieces)
    while end:
        start = best[end][1]
        items.append(ITEM_JOINER.join(pieces[start:end]))
        end = start
    return items[::-1]


def _count(formula: dict[str, Any]) -> int | None:
    count = formula.get("count")
    return count if isinstance(count, int) and not isinstance(count, bool) else None


def _choice(q: dict[str, Any], fid: str, family: Family) -> Iterator[str]:
    formula = family.known[fid]
    items = _items(formula)
    variant, qtype = str(q.get("variant", "")), str(q["type"])
    right, wrong = _chosen(q)
    if is_core_variant(variant):
        yield from core_choice_problems(q, fid, family, right, wrong)
    elif variant in ("not_member", "members"):
        single = qtype == QuestionType.SINGLE_CHOICE
        members = family.members(fid)
        for outsider in right if single else wrong:
            if outsider in members:
                yield f"答案有误: `{outsider}` 属于 `{formula.get('label')}`"
            elif problem := _distractor(outsider, fid, family):
                yield problem
        for member in wrong if single else right:
            if len(member) >= 2 and member in members and member in str(q["prompt"]):
                yield f"题干写出了 `{member}`, 即答案的要害"
    elif variant == "list":
        count = _count(formula)
        for option in wrong:
            parts = split_items(option, family.items_of_doc(fid))
            if count is not None and len(parts) != count:
                yield f"选项 `{option}` 有 {len(parts)} 项, 提法却是 {count} 项"
            elif len(parts) == len(items):
                yield from _swapped(items, parts, fid, family)
    elif variant == "label":
        key = _count(formula) if formula.get("kind") != "composite" else formula.get("count")
        for option in wrong:
            if _announced(option, family.known) != key:
                yield f"选项 `{option}` 的数字与答案的提法不符"
            elif right and (run := numeral_giveaway(right[0], option, str(q["prompt"]))):
                yield (f"选项 `{option}` 缺少答案与题干共有的数字 {run}: "
                       "只有答案对得上")
            elif right and (mark := mark_giveaway(right[0], option, items)):
                yield (f"选项 `{option}` 缺少答案与各条目共有的 `{mark}`: "
                       "只有答案对得上")


def _true_false(q: dict[str, Any], fid: str, family: Family) -> Iterator[str]:
    if [str(a) for a in q["answers"]] != [FALSE_ANSWER]:
        return
    prompt = str(q["prompt"])
    head, sep, rest = prompt.partition("是指")
    if not sep:
        return
    stated = rest.rstrip("。").split(ITEM_JOINER)
    items = _items(family.known[fid])
    if len(stated) == len(items):
        yield from _swapped(items, stated, fid, family)


def _cloze(q: dict[str, Any], fid: str, family: Family) -> Iterator[str]:
    formula = family.known[fid]
    variant = str(q.get("variant", ""))
    prompt = str(q["prompt"])
    shown = prompt.replace(BLANK, "\x00")
    items = _items(formula)
    if variant == "count" and items and all(i in shown for i in items):
        yield "数字空的答案已露出: 题干列出了每一项"
    if variant == "count" and (bare := count_stem_problem(prompt, str(formula.get("label")))):
        yield bare
    if variant == "label" and items and all(i in shown for i in items):
        if str(formula.get("kind")) == "composite":
            yield "提法空的答案已露出: 题干列出了每一部分"
        elif word := label_in_items(str(formula.get("label")), items):
            yield f"提法空的答案已露出: 题干列出的每一项都带着 `{word}`"
    for answer in q["answers"]:
        if len(str(answer)) >= 2 and str(answer) in shown:
            yield f"答案 `{answer}` 出现在题干中"
    echoes = [i for n in family.namesakes(fid)[1:] for i in _items(family.known[n])]
    if echo := echoed(prompt, [str(a) for a in q["answers"]], echoes):
        yield f"题干写出了 `{echo}`, 即答案的要害"


def _file_names(q: dict[str, Any], known: Formulas) -> Iterator[str]:
    text = " ".join([str(q["prompt"]), *(str(o) for o in q.get("options") or [])])
    for fid in q["formulas"]:
        doc = str(known[str(fid)].get("doc") or "")
        if doc and (doc in text or PurePath(doc).stem in text):
            yield f"题干写出了文件名 `{doc}`"
            return


def semantic_problems(q: dict[str, Any], known: Formulas, family: Family) -> list[str]:
    """Every reason the question could not be printed as it is."""
    fid = str(q["formulas"][0])
    qtype = str(q["type"])
    problems = stem_problems(str(q["prompt"]))
    problems += _file_names(q, known)
    formula = known[fid]
    lead = "" if formula.get("kind") == "composite" else leading_words(_items(formula))
    if lead and qtype != QuestionType.MATCHING:
        problems.append(f"首项 `{_items(formula)[0]}` 带着支配全句的 `{lead}`, 与其他条目不并列")
    if qtype in (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE):
        problems += _choice(q, fid, family)
    elif qtype == QuestionType.TRUE_FALSE:
        problems += _true_false(q, fid, family)
    elif qtype == QuestionType.CLOZE:
        problems += _cloze(q, fid, family)
    elif qtype == QuestionType.MATCHING and q.get("variant") == "parts":
        pairs = [(str(a), str(b)) for a, b in q["pairs"]]
        if gives_parts_away(pairs):
            problems += [f"`{left}` 与 `{right}` 单凭字面就能连上"
                         for left, right in decided_pairs(pairs)]
    elif qtype == QuestionType.MATCHING:
        problems += kin_on_board(q, known) + at_sight(q, known)
    return list(dict.fromkeys(problems))
