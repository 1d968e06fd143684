"""From extracted formulas to a question bank: ids, dedupe, questions, boards, merging.

Ids are the backbone of review history, so they depend on as little as possible: a
formula's id on its document and normalised label (plus `#2`, `#3` when a label repeats
in a document with other items), a question's on its formula id, type and variant, a
board's on the ids of the formulas on it. A bank remembers a fingerprint of every entry
as generated (the `generated:` section); an entry whose text no longer matches its
fingerprint was edited by hand, and regeneration keeps it or refuses, never overwrites.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import PurePath
from typing import TYPE_CHECKING, Any

from quiz.core.bank.citation import citation
from quiz.core.bank.merge import fingerprint, merge_formulas, merge_questions
from quiz.core.formula import Formula, FormulaKind
from quiz.core.model import Bank, BankFormula, Question, kind_detail
from quiz.core.questions import BY_TYPE, formula_questions
from quiz.core.questions.base import Span, question_key, rng_for
from quiz.core.questions.boards import plan_boards
from quiz.core.questions.choice import LABEL_CHOICES, could_name
from quiz.core.questions.lead_words import parallel_items
from quiz.core.questions.matching import board_questions
from quiz.core.questions.options import spread_keys
from quiz.core.questions.true_false import one_statement_each

if TYPE_CHECKING:
    from quiz.core.text.corpus import Document

BANK_FORMAT = 1
STUDIED_KINDS = (FormulaKind.NUMBERED, FormulaKind.COMPOSITE, FormulaKind.LIST,
                 FormulaKind.STATEMENT, FormulaKind.TARGET)
# Kinds whose label is no numbered label (a list's shared phrase, a statement's cue, a
# target's indicator): their ids name the kind, so they never take a numbered label's id.
_NAMED_KINDS = (FormulaKind.LIST, FormulaKind.STATEMENT, FormulaKind.TARGET)
# an amount in Chinese numerals: 四百四十二亿元, 二千六百万人, 百分之十
_AMOUNT = re.compile("[〇零一二三四五六七八九十百千万亿两]{2,}(?:元|人|吨|户|亩|千瓦|公里|平方米)|百分之")
_QUOTES = "“”\"'‘’「」『』《》"


@dataclass(frozen=True)
class GenerateProgress:
    """One step of a long generation: `done` of `total` documents; `bank` on the last."""

    done: int
    total: int
    document: str = ""
    formulas: int = 0
    bank: Bank | None = None
    warnings: tuple[str, ...] = ()


def default_title(output: PurePath) -> str:
    """The title of a new bank: the default bank's, or the file's name."""
    return "提法通默认题库" if output.stem == "default" else output.stem


def normalised_label(label: str) -> str:
    """The label as an id part: NFKC (full-width digits and ＋), no quotes or spaces."""
    text = unicodedata.normalize("NFKC", label)
    text = "".join(ch for ch in text if ch not in _QUOTES and not ch.isspace())
    return text.replace("/", "-")


def _studied(formula: Formula) -> bool:
    return (formula.kind in STUDIED_KINDS and formula.complete and bool(formula.items)
            and not _figures(formula))


def _figures(formula: Formula) -> bool:
    """A list of results, not a formula: half its items or more hold figures (每万人平均
    上重点线率近12%、全省文理科前100名我市共39人, 支出四百四十二亿元), which no one learns as
    a list."""
    if formula.kind not in (FormulaKind.NUMBERED, FormulaKind.LIST):
        return False
    counted = sum(any(ch.isdigit() for ch in item) or bool(_AMOUNT.search(item))
                  for item in formula.items)
    return 2 * counted >= len(formula.items)


def _count(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


def bank_formulas(doc_name: str, source: str, formulas: Iterable[Formula]
                  ) -> list[tuple[BankFormula, tuple[Span, ...]]]:
    """A document's studied formulas with ids, repeated occurrences merged into one.

    Returns each formula with the extractor's item spans, used to place cloze blanks.
    A first item keeps no words that govern the whole list (`lead_words`).
    """
    stem = PurePath(doc_name).stem
    seen: dict[str, list[tuple[str, ...]]] = {}
    result: list[tuple[BankFormula, tuple[Span, ...]]] = []
    labels: dict[str, str] = {}
    for formula in formulas:
        if not _studied(formula):
            continue
        label_key = normalised_label(formula.label)
        if formula.kind in _NAMED_KINDS:
            label_key = f"{formula.kind}:{label_key}"
        variants = seen.setdefault(label_key, [])
        if formula.items in variants:
            continue  # the same formula stated again: keep its first occurrence
        variants.append(formula.items)
        suffix = f"#{len(variants)}" if len(variants) > 1 else ""
        formula_id = f"{stem}/{label_key}{suffix}"
        labels.setdefault(label_key, formula_id)
        items, spans = ((formula.items, formula.item_spans)
                        if formula.kind == FormulaKind.COMPOSITE
                        else parallel_items(formula.items, formula.item_spans))
        result.append((BankFormula(
            id=formula_id,
            label=formula.label,
            count=_count(formula.count),
            items=items,
            doc=doc_name,
            source=source,
            evidence=formula.evidence,
            kind=str(formula.kind),
            part_keys=tuple(formula.part_keys),
            parent=formula.parent,
            importance=round(formula.importance or 0.0, 2),
            detail=kind_detail(str(formula.kind), dict(formula.detail)),
        ), spans))
    # A part names its composite by label; the bank links it by id when the document
    # states that composite (wherever it stands in the text).
    return [(replace(f, parent=labels.get(normalised_label(f.parent), f.parent))
             if f.parent else f, spans) for f, spans in result]


class _Siblings:
    """The formulas lending distractors to each formula, found by report, not by a scan of
    the whole corpus for every formula (that grew with the square of the corpus)."""

    def __init__(self, formulas: Sequence[BankFormula]) -> None:
        self.by_doc: dict[tuple[str, str], list[BankFormula]] = defaultdict(list)
        self.by_shape: dict[tuple[str, Any], list[BankFormula]] = defaultdict(list)
        self.by_report: dict[str, list[BankFormula]] = defaultdict(list)
        for formula in formulas:
            self.by_report[formula.doc].append(formula)
            self.by_doc[formula.doc, _sibling_group(formula)].append(formula)
            self.by_shape[_shape(formula)].append(formula)

    def of(self, formula: BankFormula) -> list[BankFormula]:
        """The same report's formulas of its group (`_sibling_group`); when it has few,
        other reports' formulas too. A list also sees the rest of its report (what it says
        with the list's mark).

        Other reports lend only labels (items are drawn from the formula's own report,
        `plausible_items`), and the label question keeps the first LABEL_CHOICES labels
        that could name the formula: so only those formulas are needed, in corpus order.
        """
        same = [f for f in self.by_doc[formula.doc, _sibling_group(formula)]
                if f.id != formula.id]
        if formula.kind == FormulaKind.LIST:
            # a list's outsiders come from its own kind, but no outsider may be one the
            # report writes with the list's mark anywhere: every formula of the report tells
            group = _sibling_group(formula)
            return same + [f for f in self.by_report[formula.doc] if _sibling_group(f) != group]
        if len(same) >= 3:
            return same
        wanted = LABEL_CHOICES + len(same)  # enough even if the report's labels recur
        labels: set[str] = set()
        others = []
        for other in self.by_shape[_shape(formula)]:
            if other.doc != formula.doc and could_name(formula, other):
                others.append(other)
                labels.add(other.label)
                if len(labels) >= wanted:
                    break
        return same + others


def _shape(formula: BankFormula) -> tuple[str, Any]:
    """Kind and count: a label names only formulas of the same shape (`could_name`)."""
    count = tuple(formula.count) if isinstance(formula.count, list) else formula.count
    return formula.kind, count


def _sibling_group(formula: BankFormula) -> str:
    return formula.kind if formula.kind in _NAMED_KINDS else "numbered"


def bank_questions(formulas: Sequence[BankFormula],
                   hints: dict[str, tuple[Span, ...]] | None = None) -> list[Question]:
    """Every question of a bank: per formula, then the matching boards."""
    hints = hints or {}
    questions: list[Question] = []
    siblings = _Siblings(formulas)
    for formula in formulas:
        questions.extend(formula_questions(formula, siblings.of(formula),
                                           hints.get(formula.id, ())))
    for board in plan_boards([f for f in formulas if f.kind not in _NAMED_KINDS]):
        ids = ",".join(f.id for f in board)
        questions.extend(board_questions(board, rng_for(ids, "board")))
    seen_ids: set[str] = set()
    seen_keys: set[str] = set()
    unique = []
    for question in questions:
        key = question_key(question)
        if question.id in seen_ids or key in seen_keys:
            continue
        seen_ids.add(question.id)
        seen_keys.add(key)
        unique.append(question)
    return spread_keys([BY_TYPE[q.type].place(q) for q in one_statement_each(unique)])


def generate_steps(documents: Sequence[Document], *, title: str,
                   extract: Callable[[Document], list[Formula]] | None = None,
                   existing: Bank | None = None, force: bool = False
                   ) -> Iterator[GenerateProgress]:
    """Extract every document, then build the bank; the last step carries it."""
    if extract is None:
        from quiz.core.extract import extract_formulas as extract
    extracted: list[tuple[BankFormula, tuple[Span, ...]]] = []
    warnings: list[str] = []
    for done, document in enumerate(documents, start=1):
        source, warning = citation(document)
        if warning:
            warnings.append(warning)
        found = bank_formulas(document.name, source, extract(document))
        extracted.extend(found)
        yield GenerateProgress(done, len(documents), document.name, len(extracted))
    bank = build_bank(extracted, title=title, documents=documents, existing=existing,
                      force=force)
    yield GenerateProgress(len(documents), len(documents), "", len(bank.formulas), bank,
                           tuple(warnings))


def build_bank(extracted: Sequence[tuple[BankFormula, tuple[Span, ...]]], *, title: str,
               documents: Sequence[Document] = (), existing: Bank | None = None,
               force: bool = False) -> Bank:
    """The bank for these formulas, merged with an existing bank's hand edits."""
    generated_formulas = [f for f, _ in extracted]
    hints = {f.id: spans for f, spans in extracted}
    old = existing if existing is not None and not force else None
    formulas = merge_formulas(generated_formulas, old)
    excluded = set((old.meta.get("exclude") if old else None) or ())
    generated_questions = [q for q in bank_questions(formulas, hints) if q.id not in excluded]
    questions = merge_questions(generated_questions, {f.id for f in formulas}, old)
    meta: dict[str, Any] = {"title": title, "format": BANK_FORMAT}
    if documents:
        meta["documents"] = {d.name: d.title for d in documents}
    if excluded:
        meta["exclude"] = sorted(excluded)
    meta["generated"] = {
        **{f.id: fingerprint(f) for f in generated_formulas},
        **{q.id: fingerprint(q) for q in generated_questions},
    }
    return Bank(title=title, formulas=tuple(formulas), questions=tuple(questions), meta=meta)
