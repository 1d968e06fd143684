"""判断 (true/false) questions: the formula as stated is true; one item swapped for a
sibling's item, or one word of an item replaced by a near-synonym, is false.

A formula gets one statement in a bank, true or false, chosen over the whole bank so
that 对 and 错 are as many and come in no pattern (three statements a formula ran 对 错
错; a coin per formula gave 23 对 to 9 错); a formula with no fair false statement gets
none, or 对 would be the answer far more often. `quiz check`
reads a false statement's swapped item as a distractor (`distractor_checks`).
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Any

from quiz.core.model import FALSE_ANSWER, TRUE_ANSWER, BankFormula, Question, QuestionType
from quiz.core.questions.base import (
    ITEM_JOINER,
    Checked,
    Formulas,
    QuestionKind,
    explanation,
    items_of,
    joined,
    quoted,
    rng_for,
    similar_item,
    stable_seed,
)
from quiz.core.questions.choice import sibling_items
from quiz.core.questions.distractor_checks import swap_problems
from quiz.core.questions.family import Family
from quiz.core.questions.synonyms import near_synonyms
from quiz.core.questions.wording import attribution
from quiz.core.text.typed_text import normalise

_TRUE_WORDS = {"对", "t", "true", "1", "√", "✓", "✔", "是", "正确", "y", "yes"}
_FALSE_WORDS = {"错", "f", "false", "0", "×", "✗", "✘", "x", "否", "错误", "n", "no"}


def _statement(formula: BankFormula, items: Sequence[str]) -> str:
    return f"{attribution(formula.source)}{quoted(formula.label)}是指{joined(items)}。"


def _question(formula: BankFormula, variant: str, prompt: str, answer: str) -> Question:
    return Question(
        id=f"{formula.id}/{QuestionType.TRUE_FALSE}/{variant}",
        type=QuestionType.TRUE_FALSE,
        formula_ids=(formula.id,),
        prompt=prompt,
        answers=(answer,),
        variant=variant.split("-")[0],
        explanation=explanation(formula),
        evidence=formula.evidence,
        source=formula.source,
    )


def true_false_questions(formula: BankFormula, siblings: Sequence[BankFormula],
                         rng: random.Random) -> list[Question]:
    """Two statements, of which a bank keeps one (`one_statement_each`): the formula as
    stated, and one item swapped (for a sibling's item or a near-synonym, chosen by a
    coin seeded with the formula id); none where no item can be swapped fairly."""
    if not formula.items:
        return []
    true = _question(formula, "true", _statement(formula, formula.items), TRUE_ANSWER)
    false: list[Question] = []
    pool = sibling_items(formula, siblings)
    if pool:
        index = rng.randrange(len(formula.items))
        swapped = list(formula.items)
        swapped[index] = similar_item(pool, swapped[index], rng)
        false.append(_question(formula, f"swap-{index}", _statement(formula, swapped),
                               FALSE_ANSWER))
    variants = [near_synonyms(item, formula.label) for item in formula.items]
    reworded = [i for i, found in enumerate(variants) if found]
    if reworded:
        index = rng.choice(reworded)
        changed = list(formula.items)
        changed[index] = rng.choice(variants[index])
        if changed[index] not in formula.items:
            false.append(_question(formula, f"synonym-{index}",
                                   _statement(formula, changed), FALSE_ANSWER))
    if not false:
        return []  # only true statements over a bank would teach 对 as the answer
    return [true, rng_for(formula.id, "true_false", "coin").choice(false)]


def one_statement_each(questions: Sequence[Question]) -> list[Question]:
    """Of each formula's two statements (`true_false_questions`), one: each report's
    formulas taken in the order of a digest of their ids, two at a time, one of each two
    stated truly and the other falsely by a coin drawn from the first's id. 对 and 错 are
    then as many in each report (within one) and over the bank, bank order, unrelated to
    the digest's, shows no pattern, and a report added to the corpus changes no other
    report's statements (a formula id is its report's stem, `/`, its label)."""
    pairs: dict[str, list[Question]] = {}
    for question in questions:
        if question.type is QuestionType.TRUE_FALSE:
            pairs.setdefault(question.formula_ids[0], []).append(question)
    by_report: dict[str, list[str]] = {}
    for fid, both in pairs.items():
        if len(both) == 2:
            by_report.setdefault(fid.split("/", 1)[0], []).append(fid)
    dropped: set[str] = set()
    for fids in by_report.values():
        order = sorted(fids, key=lambda fid: (stable_seed(fid, "statement"), fid))
        for start in range(0, len(order), 2):
            coin = rng_for(order[start], "true_false", "coin").random() < 0.5
            for offset, fid in enumerate(order[start:start + 2]):
                true, false = pairs[fid]
                dropped.add(false.id if coin == (offset == 0) else true.id)
    return [q for q in questions if q.id not in dropped]


def check(q: dict[str, Any], known: Formulas) -> list[str]:
    """The key is 对 or 错."""
    if [str(a) for a in q["answers"]] not in ([TRUE_ANSWER], [FALSE_ANSWER]):
        return [f"答案须为{TRUE_ANSWER}或{FALSE_ANSWER}"]
    return []


def semantics(q: dict[str, Any], known: Formulas, family: Family) -> list[str]:
    """The swapped item of a false statement of the formula's items, as a distractor."""
    if [str(a) for a in q["answers"]] != [FALSE_ANSWER]:
        return []
    prompt = str(q["prompt"])
    head, sep, rest = prompt.partition("是指")
    if not sep:
        return []
    fid = str(q["formulas"][0])
    stated = rest.rstrip("。").split(ITEM_JOINER)
    items = items_of(family.known[fid])
    if len(stated) == len(items):
        return swap_problems(items, stated, fid, family)
    return []


def grade(q: Question, given: tuple[str, ...], pinyin: bool) -> Checked:
    """对 or 错, typed in any of the usual ways (t, ×, 正确, no, ...)."""
    raw = given[0].strip() if given else ""
    word = normalise(raw) or raw
    value = TRUE_ANSWER if word in _TRUE_WORDS else FALSE_ANSWER if word in _FALSE_WORDS else ""
    return [value == q.answers[0]], list(q.answers), [value or raw]


KIND = QuestionKind(
    (QuestionType.TRUE_FALSE,),
    lambda formula, siblings, hints: true_false_questions(formula, siblings,
                                                          rng_for(formula.id, "true_false")),
    check,
    semantics=semantics,
    grade=grade,
    answer_texts=lambda q: [q.prompt],  # the whole statement must be read and checked
    key_text=lambda q: "".join(q.answers),
)
