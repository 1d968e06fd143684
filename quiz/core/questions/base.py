"""Shared helpers of the question modules: locating items, numerals, explanations, seeds.

Every question module is a pure function of formulas (and an injected `random.Random`);
this module holds the small pieces they share so that each stays about one concept.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from quiz.core.model import LETTERS, BankFormula, Question, QuestionType
from quiz.core.questions.shape import foreign_mark
from quiz.core.questions.wording import full_width
from quiz.core.text.numerals import number_to_chinese, parse_number

if TYPE_CHECKING:
    from quiz.core.questions.family import Family

Span = tuple[int, int]

ITEM_JOINER = "、"
OPEN_QUOTE, CLOSE_QUOTE = "“", "”"

_NUMERAL_RUN = re.compile(r"[0-9０-９一二三四五六七八九十百两]+")
_TITLE = re.compile(r"《[^》]*》")


# outsiders a multiple choice offers at least: a lone one is the odd option out, and
# taking it as the one wrong answer wins the question (管理体系 among 新教师招聘、…)
MIN_OUTSIDERS = 2


def stable_seed(*parts: str) -> int:
    """A seed that depends only on the given text, never on Python's hash salt."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).digest()
    return int.from_bytes(digest[:8], "big")


def rng_for(*parts: str) -> random.Random:
    """A generator seeded from text, so one formula's questions never depend on another's."""
    return random.Random(stable_seed(*parts))


def short_hash(text: str, length: int = 10) -> str:
    """A short hex digest of the text, for ids and fingerprints."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:length]


def quoted(label: str) -> str:
    """The label as reports print it: in Chinese double quotes, its own double quotes made
    single ones inside them (4个“一起” → “4个‘一起’”)."""
    inner = label.replace(OPEN_QUOTE, "‘").replace(CLOSE_QUOTE, "’")
    return f"{OPEN_QUOTE}{inner}{CLOSE_QUOTE}"


def joined(items: Sequence[str]) -> str:
    """Items joined the way reports list them."""
    return ITEM_JOINER.join(items)


def explanation(formula: BankFormula) -> str:
    """The 解析 of a question: the document it comes from and the report's sentence."""
    evidence = full_width(formula.evidence)
    return f"出自{full_width(formula.source)}：{evidence}" if formula.source else f"原文：{evidence}"


def family_ids(formula: BankFormula, formulas: Sequence[BankFormula]) -> set[str]:
    """The ids of the composite the formula belongs to: its root and everything under it."""
    by_id = {f.id: f for f in formulas}
    by_id.setdefault(formula.id, formula)
    root = formula
    seen = {root.id}
    while root.parent and root.parent in by_id and root.parent not in seen:
        root = by_id[root.parent]
        seen.add(root.id)
    family = {root.id}
    grown = True
    while grown:
        grown = False
        for other in by_id.values():
            if other.id not in family and other.parent in family:
                family.add(other.id)
                grown = True
    return family


def relatives(formula: BankFormula, formulas: Sequence[BankFormula]) -> set[str]:
    """Every label and item the formula's composite holds: never a distractor."""
    family = family_ids(formula, formulas)
    by_id = {f.id: f for f in (*formulas, formula)}
    return {text for fid in family for text in (by_id[fid].label, *by_id[fid].items)}


def plausible_items(formula: BankFormula, formulas: Sequence[BankFormula],
                    keep_marked: bool = False) -> list[str]:
    """Items a distractor may be: of formulas of the same kind in the same report,
    outside the formula's composite and never of another statement of the same label
    (a report that states 三大服务保障 twice), nor one bearing the mark its own list's
    items share (`shape.foreign_mark`; `keep_marked` for a core question, which cuts the
    marks off), in the formulas' order."""
    family = family_ids(formula, formulas)
    taken = relatives(formula, formulas)
    pool: dict[str, None] = {}
    for other in formulas:
        if (other.id in family or other.doc != formula.doc or other.kind != formula.kind
                or other.label == formula.label):
            continue
        for item in other.items:
            if item not in taken and (
                    keep_marked or not foreign_mark(item, other.items, formula.items,
                                                    other.label)):
                pool[item] = None
    return list(pool)


def locate_items(formula: BankFormula, hints: Sequence[Span] = ()) -> tuple[Span | None, ...]:
    """Where each item stands in the evidence, or None where it cannot be found verbatim.

    The extractor's spans are used when they still fit the text (a hand edit of the items
    makes them stale); otherwise an item is placed only where it occurs exactly once in
    the evidence, after the previous item: a second occurrence would make it a guess.
    """
    evidence = formula.evidence
    spans: list[Span | None] = []
    cursor = 0
    for index, item in enumerate(formula.items):
        span: Span | None = None
        if index < len(hints):
            start, end = hints[index]
            if start >= cursor and evidence[start:end] == item and item:
                span = (start, end)
        if span is None and item and evidence.count(item) == 1:
            found = evidence.find(item, cursor)
            if found >= 0:
                span = (found, found + len(item))
        if span is not None:
            cursor = span[1]
        spans.append(span)
    return tuple(spans)


def locate_label(formula: BankFormula, item_spans: Sequence[Span | None] = ()) -> Span | None:
    """The label's position in the evidence, outside every item span; None if absent."""
    label, evidence = formula.label, formula.evidence
    taken = [s for s in item_spans if s is not None]
    start = evidence.find(label)
    while start >= 0:
        end = start + len(label)
        if not any(start < e and s < end for s, e in taken):
            return (start, end)
        start = evidence.find(label, start + 1)
    return None


def counted_items(count: Any, items: int) -> int | None:
    """How many items the label counts: its number, or its parts' numbers summed where
    they add up to the items (三提三敢: 3 and 3, six items); None where it says none."""
    if isinstance(count, (list, tuple)) and count and all(
            isinstance(c, int) and not isinstance(c, bool) for c in count):
        return sum(count) if sum(count) == items else None
    return count if isinstance(count, int) and not isinstance(count, bool) else None


def states_count(run: str, count: int) -> bool:
    """Whether a numeral is the plain writing of a count (8, ８, 八; 两 or 二 for 2), not a
    name made of numerals (八八 of 八八战略 is no way to write 8)."""
    plain = {str(count), str(count).translate(_FULL_WIDTH_DIGITS), number_to_chinese(count)}
    return run in plain or (count == 2 and run in ("两", "二"))


_FULL_WIDTH_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")


def label_numeral(formula: BankFormula) -> Span | None:
    """The span, inside the label, of the numeral that states the formula's count in its
    plain writing (`states_count`)."""
    if not isinstance(formula.count, int) or isinstance(formula.count, bool):
        return None
    for match in _NUMERAL_RUN.finditer(formula.label):
        if states_count(match.group(), formula.count):
            return match.span()
    return None


def numeral_giveaway(key: str, option: str, stem: str) -> str | None:
    """A numeral of the key that the stem prints and the option lacks, or None.

    In a label question (`……被概括为`) the stem lists the items; when the key's label
    holds a numeral the items repeat (`四个一`: 一个中心、一条主线……) and a distractor
    does not, only the key matches the stem. Titles in 《》 are not read (the report's
    name holds numerals of its own).
    """
    shown = _TITLE.sub("", stem)
    held = {parse_number(run) or run for run in _NUMERAL_RUN.findall(option)}
    for run in _NUMERAL_RUN.findall(key):
        if (parse_number(run) or run) not in held and run in shown:
            return run
    return None


def numeral_alternatives(numeral: str, value: int) -> tuple[str, ...]:
    """Other ways a learner may type the same count (五 -> 5; 两 -> 2, 二)."""
    forms = [str(value), number_to_chinese(value)]
    if value == 2:
        forms.append("两")
    return tuple(dict.fromkeys(f for f in forms if f != numeral))


def similar_item(pool: Sequence[str], like: str, rng: random.Random, *, among: int = 5) -> str:
    """A pool item like `like`: the same last character (园区 for 园区, 建设 for 建设)
    first, then close in length, so that a swap does not give itself away."""
    ranked = sorted(pool, key=lambda item: (item[-1:] != like[-1:],
                                            abs(len(item) - len(like)), item))
    return rng.choice(ranked[:among])


def question_key(question: Question) -> str:
    """What makes two questions the same to a learner, whatever the order of the options.

    The one test of sameness: the generator drops a repeat, `quiz check` reports one.
    """
    options = question.options
    answers: Sequence[str] = question.answers
    if question.type in (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE):
        answers = sorted(options[LETTERS.index(a)] if a in LETTERS[: len(options)] else a
                         for a in answers)
    return repr([str(question.type), question.prompt, list(answers), sorted(options),
                 [list(p) for p in question.pairs]])


Formulas = dict[str, dict[str, Any]]  # a bank's formulas as plain data, by id


Checked = tuple[list[bool], list[str], list[str]]  # per answer right, expected, as read


@dataclass(frozen=True)
class QuestionKind:
    """What one question type owns: its questions, its check rules, grading and print.

    `generate(formula, siblings, hints)` gives the type's questions of one formula;
    `check(question, formulas)` the problems of one question as plain data (a bank being
    checked), after its shape was found sound; `semantics(question, formulas, family)`
    what an exam setter finds unfair in it once the whole bank is sound (a wrong key, a
    giveaway, an implausible distractor), the rules common to every type being
    `quiz.core.bank.semantics`'s; `checks_lead_words` whether a first item that carries
    the words governing the whole list is a fault (it is not on a matching board, which
    pairs each item with a label). The rest act on one `Question`:
    `grade(question, given, pinyin)` reads the learner's answer (`Checked`: one verdict per
    blank, option, pair or place, the expected answers, the answers as read);
    `answer_texts` what the learner must produce or recognise (its length sets the
    rating's time allowance); `key_text` the answer as a paper's key prints it and
    `sheet_answer` as import sheets spell it; `place(question)` the order a bank keeps
    (drawn from the question's id); `shuffle(question, rng)` the same question in another
    order for an A/B paper. None of them touches bank building or extraction,
    so review and export may use them.
    """

    types: tuple[QuestionType, ...]
    generate: Callable[[BankFormula, Sequence[BankFormula], Sequence[Span]], list[Question]]
    check: Callable[[dict[str, Any], Formulas], list[str]]
    semantics: Callable[[dict[str, Any], Formulas, Family], list[str]] = (
        lambda q, known, family: [])
    checks_lead_words: bool = True
    grade: Callable[[Question, tuple[str, ...], bool], Checked] | None = None
    answer_texts: Callable[[Question], list[str]] = lambda q: list(q.answers)
    key_text: Callable[[Question], str] = lambda q: ";".join(q.answers)
    sheet_answer: Callable[[Question], str] = lambda q: "".join(q.answers)
    place: Callable[[Question], Question] = lambda q: q
    shuffle: Callable[[Question, random.Random], Question] = lambda q, rng: q


def items_of(formula: dict[str, Any]) -> list[str]:
    """A plain-data formula's items as text."""
    return [str(i) for i in formula.get("items") or []]
