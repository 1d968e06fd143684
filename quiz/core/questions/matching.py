"""连线 (matching) questions: boards of 4–6 formulas, and composite parts to sub-labels.

A board's id comes only from the sorted ids of its formulas, so it survives any edit that
does not change which formulas sit on it. Every board is a bijection: an item that
belongs to two formulas of the board is never used on it. `quiz check` flags a parts
board joined from the text alone here, a board of formulas by `matching_checks`.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from quiz.core.model import LETTERS, BankFormula, Question, QuestionType
from quiz.core.questions.base import (
    Formulas,
    QuestionKind,
    items_of,
    joined,
    quoted,
    rng_for,
    short_hash,
)
from quiz.core.questions.board_giveaways import board_given_away, echoes_label
from quiz.core.questions.family import Family
from quiz.core.questions.matching_checks import at_sight, kin_on_board
from quiz.core.questions.options import grade_sequence
from quiz.core.questions.wording import attribution
from quiz.core.text.numerals import number_to_chinese, parse_number

_OPENING_NUMERAL = re.compile(r"^[0-9一二三四五六七八九十两百]+")
_LISTED = re.compile(r"[、，,]|和|及")  # what parts a meaning lists, to count them

MIN_BOARD, MAX_BOARD = 4, 6


def board_key(formula_ids: Sequence[str]) -> str:
    """The stable id stem of a board: a digest of its sorted formula ids."""
    return "board/" + short_hash("\n".join(sorted(formula_ids)))


def _explanation(formulas: Sequence[BankFormula]) -> str:
    return "\n".join(f"{quoted(f.label)}出自{f.source}:{f.evidence}" for f in formulas)


def _board_question(formulas: Sequence[BankFormula], variant: str, prompt: str,
                    pairs: list[tuple[str, str]], rng: random.Random) -> Question:
    rights = [right for _, right in pairs]
    options = rights[:]
    while len(options) > 1 and options == rights:
        rng.shuffle(options)
    ids = tuple(f.id for f in formulas)
    return Question(
        id=f"{board_key(ids)}/{QuestionType.MATCHING}/{variant}",
        type=QuestionType.MATCHING,
        formula_ids=ids,
        prompt=prompt,
        answers=tuple(rights),
        options=tuple(options),
        pairs=tuple(pairs),
        variant=variant,
        explanation=_explanation(formulas),
    )


def board_questions(formulas: Sequence[BankFormula], rng: random.Random) -> list[Question]:
    """Labels to item lists, and one unambiguous item per formula to its label."""
    labels = [f.label for f in formulas]
    lists = [joined(f.items) for f in formulas]
    if not MIN_BOARD <= len(formulas) <= MAX_BOARD:
        return []
    if len(set(labels)) != len(labels) or len(set(lists)) != len(lists):
        return []
    questions = []
    cited = attribution(formulas[0].source) if len({f.source for f in formulas}) == 1 else ""
    if not board_given_away(labels, lists, [len(f.items) for f in formulas]):
        questions.append(_board_question(formulas, "labels", f"{cited}将下列提法与其内容连线。",
                                         list(zip(labels, lists, strict=True)), rng))
    owners = Counter(item for f in formulas for item in set(f.items))
    pairs: list[tuple[str, str]] = []
    for formula in formulas:
        unambiguous = [i for i in formula.items if owners[i] == 1 and i not in labels]
        # an item without the label's words (资格权 of 三权分置 names 权 as plainly)
        plain = [i for i in unambiguous if not echoes_label(formula.label, i)]
        if not unambiguous:
            return questions
        pairs.append((rng.choice(plain or unambiguous), formula.label))
    if not board_given_away(labels, [item for item, _ in pairs]):
        questions.append(_board_question(formulas, "items",
                                         f"{cited}将下列内容与其所属的提法连线。", pairs, rng))
    return questions


def part_names(part_keys: Sequence[str]) -> list[str]:
    """How a report names each part: “1”, or 第一个“4” / 第二个“4” when a key repeats."""
    totals = Counter(part_keys)
    seen: Counter[str] = Counter()
    names = []
    for key in part_keys:
        seen[key] += 1
        names.append(f"第{number_to_chinese(seen[key])}个{quoted(key)}" if totals[key] > 1
                     else quoted(key))
    return names


def part_meanings(formula: BankFormula) -> list[str] | None:
    """What each part of a composite label stands for, or None when the text does not say.

    Items map one to one onto the parts, or in runs given by the counts (三提三敢: three
    items for 三提, three for 三敢; 两翼: two items). One open part (N, 多) takes the rest.
    """
    keys, items = formula.part_keys, formula.items
    if len(keys) == len(items):
        return list(items)
    counts = formula.count if isinstance(formula.count, tuple) else ()
    if len(counts) != len(keys):
        return None
    open_parts = [c for c in counts if not isinstance(c, int) or isinstance(c, bool)]
    known = sum(c for c in counts if c not in open_parts)
    if len(open_parts) > 1 or known > len(items) or (not open_parts and known != len(items)):
        return None
    meanings, cursor = [], 0
    for count in counts:
        size = count if count not in open_parts else len(items) - known
        if size < 1:
            return None
        meanings.append(joined(items[cursor:cursor + size]))
        cursor += size
    return meanings


def _opening_value(text: str) -> int | None:
    run = _OPENING_NUMERAL.match(text)
    return parse_number(run.group()) if run else None


def decided_pairs(pairs: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """The pairs a learner joins from the text alone: a part named once (`“5”`) whose value
    only its meaning opens with (`五张名片`, in 1+5+9+1) or only its meaning lists as many
    things (`“4”` and 旧厂区、旧住区、旧村庄和旧市场), or whose word only its meaning holds
    (`“三提”` and 提标、提速、提能力)."""
    openings = [_opening_value(right) for _, right in pairs]
    pieces = [len(_LISTED.split(right)) for _, right in pairs]
    decided = []
    for (left, right), value, listed in zip(pairs, openings, pieces, strict=True):
        if left.startswith("第"):  # 第一个“1”: named twice, the numeral does not tell
            continue
        key = left.strip("“”")
        by_numeral = (value is not None and parse_number(key) == value
                      and openings.count(value) == 1)
        # “4” to 全面改造旧厂区、旧住区、旧村庄和旧市场: the only meaning listing four
        by_count = _opening_value(key) == listed and pieces.count(listed) == 1
        word = _OPENING_NUMERAL.sub("", key)
        by_word = bool(word) and word in right and all(
            word not in other for _, other in pairs if other != right)
        if by_numeral or by_count or by_word:
            decided.append((left, right))
    return decided


def gives_parts_away(pairs: Sequence[tuple[str, str]]) -> bool:
    """Whether half the pairs or more are joined from the text alone."""
    return 2 * len(decided_pairs(pairs)) >= len(pairs)


def parts_questions(formula: BankFormula, rng: random.Random) -> list[Question]:
    """For a composite label, each part (第一个“4”) to what it stands for; none where the
    text alone joins half the parts to their meanings (1+5+9+1: “5” to 五张名片)."""
    meanings = part_meanings(formula)
    if meanings is None or len(meanings) < 2 or len(set(meanings)) != len(meanings):
        return []
    pairs = list(zip(part_names(formula.part_keys), meanings, strict=True))
    if gives_parts_away(pairs):
        return []
    rights = list(meanings)
    options = rights[:]
    while options == rights:
        rng.shuffle(options)
    return [
        Question(
            id=f"{formula.id}/{QuestionType.MATCHING}/parts",
            type=QuestionType.MATCHING,
            formula_ids=(formula.id,),
            prompt=f"将{quoted(formula.label)}的各部分与其含义连线。",
            answers=tuple(rights),
            options=tuple(options),
            pairs=tuple(pairs),
            variant="parts",
            explanation=f"出自{formula.source}:{formula.evidence}",
            evidence=formula.evidence,
            source=formula.source,
        )
    ]


def check(q: dict[str, Any], known: Formulas) -> list[str]:
    """One-to-one pairs that agree with the formulas on the board."""
    pairs = [(str(a), str(b)) for a, b in q.get("pairs") or []]
    if len(pairs) < 2:
        return ["连线题至少需要两对"]
    lefts = [a for a, _ in pairs]
    rights = [b for _, b in pairs]
    problems = []
    if len(set(lefts)) != len(lefts) or len(set(rights)) != len(rights):
        problems.append("连线不是一一对应")
    if sorted(str(o) for o in q.get("options") or []) != sorted(rights):
        problems.append("`options` 不是 `pairs` 的右栏")
    if [str(a) for a in q["answers"]] != rights:
        problems.append("`answers` 与 `pairs` 的右栏不一致")
    board = [known[str(f)] for f in q["formulas"]]
    if q.get("variant") == "items":
        for item, label in pairs:
            owners = [f for f in board if item in items_of(f)]
            if len(owners) != 1:
                problems.append(f"条目 `{item}` 属于题中的 {len(owners)} 个提法")
            elif str(owners[0]["label"]) != label:
                problems.append(f"`{item}` 不是 `{label}` 的条目")
    elif q.get("variant") == "labels":
        lists = {str(f.get("label")): "、".join(items_of(f)) for f in board}
        for left, right in pairs:
            if lists.get(left) != right:
                problems.append(f"`{left}` 没有与它的条目相连")
    return problems


def semantics(q: dict[str, Any], known: Formulas, family: Family) -> list[str]:
    """The pairs of a parts board joined from the text alone, where they are half of it;
    on a board of formulas, a composite beside its part or a board given away at sight
    (`matching_checks`)."""
    if q.get("variant") == "parts":
        pairs = [(str(a), str(b)) for a, b in q["pairs"]]
        if gives_parts_away(pairs):
            return [f"`{left}` 与 `{right}` 单凭字面就能连上"
                    for left, right in decided_pairs(pairs)]
        return []
    return kin_on_board(q, known) + at_sight(q, known)


def key_letters(q: Question) -> list[tuple[int, str]]:
    """For each left entry (numbered from 1), the letter of its right entry."""
    right = list(q.options or [p[1] for p in q.pairs])
    return [(i + 1, LETTERS[right.index(r)]) for i, (_, r) in enumerate(q.pairs)]


def shuffled(q: Question, rng: random.Random) -> Question:
    """Both columns in a new order; the answers follow the left column."""
    pairs = list(q.pairs)
    rng.shuffle(pairs)
    right = list(q.options or [p[1] for p in pairs])
    rng.shuffle(right)
    return replace(q, pairs=tuple(pairs), options=tuple(right),
                   answers=tuple(p[1] for p in pairs))


KIND = QuestionKind(
    (QuestionType.MATCHING,),
    lambda formula, siblings, hints: parts_questions(formula, rng_for(formula.id, "parts")),
    check,
    semantics=semantics,
    checks_lead_words=False,
    grade=grade_sequence,
    key_text=lambda q: " ".join(f"{n}—{letter}" for n, letter in key_letters(q)),
    sheet_answer=lambda q: "|".join(f"{left}={right}" for left, right in q.pairs),
    shuffle=shuffled,
)
