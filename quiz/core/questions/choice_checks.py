"""What an exam setter checks of a choice question (`quiz check`, after structure).

A membership question (`not_member`, `members`) is on a labelled formula, not on a list
with no mark; it has a key true of the formula and of every other statement of its
label, outsiders that are fair distractors (`distractor_checks`), and no member printed
in its stem; one asked by a marked list's cores is read by `core_checks`. A wrong list
(`list`) names as many items as the formula counts, and one that differs from the key in
one item swaps it fairly; a wrong label (`label`) announces the key's count, comes from
the same report or speaks of the same things (`label_kin.akin`), counts as the key
does (三大… among 三大…), and lacks no numeral, mark or character that the key shares
with the stem or the items (else only the key fits).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from quiz.core.model import LETTERS, QuestionType
from quiz.core.questions.base import (
    ITEM_JOINER,
    MIN_OUTSIDERS,
    Formulas,
    counted_items,
    items_of,
    numeral_giveaway,
)
from quiz.core.questions.core_checks import core_choice_problems
from quiz.core.questions.distractor_checks import distractor_problem, swap_problems
from quiz.core.questions.family import Family
from quiz.core.questions.label_kin import akin, echo_giveaway, form_giveaway, words_only
from quiz.core.questions.list_marks import is_core_variant
from quiz.core.questions.shape import mark_giveaway
from quiz.core.questions.target_questions import number
from quiz.core.text.numerals import parse_number

_NUMERAL_RUN = re.compile(r"[0-9０-９一二三四五六七八九十百两]+")


def _chosen(q: dict[str, Any]) -> tuple[list[str], list[str]]:
    options = [str(o) for o in q.get("options") or []]
    letters = {str(a) for a in q["answers"]}
    right = [o for i, o in enumerate(options) if LETTERS[i] in letters]
    return right, [o for o in options if o not in right]


def _announced(label: str, family: Family) -> Any:
    for fid in family.labelled.get(label, ())[:1]:
        return family.known[fid].get("count")
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


def _foreign(option: str, formula: dict[str, Any], family: Family) -> bool:
    """Whether a wrong label is only another report's, and shares no word with the
    formula's label or items (`label_kin.akin`)."""
    docs = {str(family.known[fid].get("doc", "")) for fid in family.labelled.get(option, ())}
    return (bool(docs) and str(formula.get("doc", "")) not in docs
            and not akin(str(formula.get("label")), items_of(formula), option))


def _count(formula: dict[str, Any]) -> int | None:
    return counted_items(formula.get("count"), len(items_of(formula)))


def _problems(q: dict[str, Any], fid: str, family: Family) -> Iterator[str]:
    formula = family.known[fid]
    items = items_of(formula)
    variant, qtype = str(q.get("variant", "")), str(q["type"])
    right, wrong = _chosen(q)
    if qtype == QuestionType.MULTIPLE_CHOICE and len(wrong) < MIN_OUTSIDERS:
        yield f"只有 {len(wrong)} 个干扰项: 唯一的错项一眼可辨 (至少 {MIN_OUTSIDERS} 个)"
    if is_core_variant(variant):
        yield from core_choice_problems(q, fid, family, right, wrong)
    elif variant in ("not_member", "members"):
        if formula.get("kind") == "list":
            yield "并列的各项没有标记也没有名称, 干扰项无从判断类别: 不宜出成员选择题"
        single = qtype == QuestionType.SINGLE_CHOICE
        members = family.members(fid)
        for outsider in right if single else wrong:
            if outsider in members:
                yield f"答案有误: `{outsider}` 属于 `{formula.get('label')}`"
            elif problem := distractor_problem(outsider, fid, family):
                yield problem
        for member in wrong if single else right:
            if len(member) >= 2 and member in members and member in str(q["prompt"]):
                yield f"题干写出了 `{member}`, 即答案的要害"
    elif variant == "value":
        yield from _over_a_whole(right, wrong)
    elif variant == "list":
        count = _count(formula)
        for option in wrong:
            parts = split_items(option, family.items_of_doc(fid))
            if count is not None and len(parts) != count:
                yield f"选项 `{option}` 有 {len(parts)} 项, 提法却是 {count} 项"
            elif len(parts) == len(items):
                yield from swap_problems(items, parts, fid, family)
    elif variant == "label":
        if words_only(items):
            yield "提法的各项都是两个字以内的词: 提法是它们的类名或简称, 凭常识或字面即可选出"
        key = _count(formula) if formula.get("kind") != "composite" else formula.get("count")
        for option in wrong:
            if _announced(option, family) != key:
                yield f"选项 `{option}` 的数字与答案的提法不符"
            elif _foreign(option, formula, family):
                yield f"选项 `{option}` 取自另一份报告, 与本提法的各项毫不相干"
            elif right and (run := numeral_giveaway(right[0], option, str(q["prompt"]))):
                yield (f"选项 `{option}` 缺少答案与题干共有的数字 {run}: "
                       "只有答案对得上")
            elif right and (mark := mark_giveaway(right[0], option, items)):
                yield (f"选项 `{option}` 缺少答案与各条目共有的 `{mark}`: "
                       "只有答案对得上")
            elif right and form_giveaway(right[0], option):
                yield (f"选项 `{option}` 与答案 `{right[0]}` 的计数方式不同: "
                       "答案一眼可辨")
            elif right and (echo := echo_giveaway(right[0], option, items)):
                yield (f"选项 `{option}` 缺少答案与题干条目共有的 `{echo}`: "
                       "只有答案对得上")


def _over_a_whole(right: list[str], wrong: list[str]) -> Iterator[str]:
    """A share above 100% offered where the key is a share of 100% or less (101% among
    97%, 98%, 99%): struck at sight."""
    key = right[0] if right else ""
    if not key.endswith(("%", "％")) or (value := number(key[:-1])) is None or value > 100:
        return
    for option in wrong:
        shown = number(option[:-1]) if option.endswith(("%", "％")) else None
        if shown is not None and shown > 100:
            yield f"选项 `{option}` 超过 100%, 而答案是不足 100% 的比率: 一眼可排除"


def choice_semantics(q: dict[str, Any], known: Formulas, family: Family) -> list[str]:
    """The problems of one choice question, by its variant."""
    return list(_problems(q, str(q["formulas"][0]), family))
