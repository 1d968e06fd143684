"""Choosing questions for an export: by document, label and type, then a count per type.

The selection `doc=004,label=四个历城` plus `type=cloze` keeps questions whose formulas come
from a matching document AND carry a matching label AND whose type matches; values of one
key are alternatives. The count per type draws a sample with a seeded RNG and keeps the
bank's order, so the same seed always gives the same questions.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from quiz.core.errors import SETTING, ExitCode, NothingFound, QuizError
from quiz.core.export.assembly import PER_FORMULA, assemble, weight
from quiz.core.model import TYPE_NAMES_ZH, Bank, BankFormula, Question, QuestionType

SELECT_KEYS = ("doc", "label", "type")


class BadOption(QuizError):
    """An export option the user wrote in a form we cannot read (a usage mistake)."""

    exit_code = ExitCode.USAGE


def parse_type(value: str) -> QuestionType:
    """A question type from its English name or its Chinese name (填空 / 填空题)."""
    text = value.strip()
    for qtype in QuestionType:
        zh = TYPE_NAMES_ZH[qtype]
        if text in (qtype.value, qtype.value.replace("_", "-"), zh, zh.removesuffix("题")):
            return qtype
    names = ", ".join(t.value for t in QuestionType)
    raise BadOption(f"未知题型 {text!r}", hint=f"可用: {names}")


@dataclass(frozen=True)
class Selection:
    """Filters on the questions of a bank; an empty filter keeps everything."""

    docs: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()
    types: tuple[QuestionType, ...] = ()

    @classmethod
    def parse(cls, specs: Iterable[str]) -> Selection:
        """Read `key=value[,value...]` specs (keys: doc, label, type)."""
        found: dict[str, list[str]] = {key: [] for key in SELECT_KEYS}
        for spec in specs:
            for part in _split_terms(spec):
                key, sep, value = part.partition("=")
                key = key.strip()
                if not sep or key not in found or not value.strip():
                    raise BadOption(
                        f"无法识别 {SETTING} {part!r}",
                        hint="请写 doc=文档名、label=提法 或 type=题型", settings=("selection",),
                    )
                found[key].append(value.strip())
        return cls(
            docs=tuple(found["doc"]),
            labels=tuple(found["label"]),
            types=tuple(parse_type(t) for t in found["type"]),
        )

    def matches(self, question: Question, formulas: Mapping[str, BankFormula]) -> bool:
        """Whether the question passes every filter that is set."""
        if self.types and question.type not in self.types:
            return False
        own = [formulas[f] for f in question.formula_ids if f in formulas]
        if self.docs and not any(_doc_matches(f, d) for f in own for d in self.docs):
            return False
        if self.labels and not any(lab in f.label for f in own for lab in self.labels):
            return False
        return True


def _split_terms(spec: str) -> list[str]:
    """Split `doc=a,b,label=x` into `doc=a`, `doc=b`, `label=x`."""
    terms: list[str] = []
    key = ""
    for piece in spec.split(","):
        name, sep, _ = piece.partition("=")
        if sep and name.strip() in SELECT_KEYS:
            key = name.strip()
            terms.append(piece)
        elif key:
            terms.append(f"{key}={piece}")
        else:
            terms.append(piece)
    return terms


def _doc_matches(formula: BankFormula, wanted: str) -> bool:
    doc = formula.doc
    stem = doc.rsplit(".", 1)[0]
    return wanted in (doc, stem) or doc.startswith(wanted) or wanted in formula.source


def select_questions(
    bank: Bank,
    selection: Selection,
    counts: Mapping[QuestionType, int],
    *,
    seed: int = 0,
    paper: bool = False,
    per_formula: int | None = PER_FORMULA,
) -> tuple[Question, ...]:
    """The questions to export, in bank order; raise NothingFound when none match.

    Without counts every matching question is kept; with counts, `counts[type]` questions
    of each named type (all of them when there are fewer) and none of the other types.
    A paper keeps the rules of `assembly.assemble` (per formula, no leaks)."""
    formulas = bank.formula_index()
    matching = [q for q in bank.questions if selection.matches(q, formulas)]
    if not matching:
        raise NothingFound(
            "没有题目符合所选条件", path=bank.path, hint=f"请放宽 {SETTING}",
            settings=("selection",),
        )
    rng = random.Random(f"select:{seed}")
    if paper:
        wanted = {t: n for t, n in counts.items() if n}
        chosen = assemble(matching, formulas, wanted, rng, per_formula)
        if counts and not wanted or not chosen:
            raise NothingFound(
                "按所给题数没有题目可导出", path=bank.path,
                hint=f"请调大 {SETTING}", settings=("counts",),
            )
        return chosen
    keep: set[int] = set()
    for qtype in QuestionType:
        of_type = [i for i, q in enumerate(matching) if q.type is qtype]
        if not counts:
            keep.update(of_type)  # no counts: every question of every type
            continue
        # With counts the paper holds exactly what they name: a type not named is left out.
        wanted = counts.get(qtype, 0)
        drawn = rng.sample(of_type, len(of_type))  # most important first, at random within
        drawn.sort(key=lambda i: -weight(matching[i], formulas))
        keep.update(drawn[:wanted])
    chosen = tuple(q for i, q in enumerate(matching) if i in keep)
    if not chosen:
        raise NothingFound(
            "按所给题数没有题目可导出", path=bank.path, hint=f"请调大 {SETTING}",
            settings=("counts",),
        )
    return chosen


def parse_per_type(specs: Iterable[str], setting: str) -> dict[QuestionType, int]:
    """Read `10` (every type) or `cloze=5,single_choice=3` as numbers per type.

    `setting` is the `ExportOptions` field being read (`counts`, `points`); errors name it.
    """
    values: dict[QuestionType, int] = {}
    for spec in specs:
        for part in spec.split(","):
            name, sep, number = part.rpartition("=")
            types = [parse_type(name)] if sep else list(QuestionType)
            try:
                value = int(number.strip())
            except ValueError:
                raise BadOption(
                    f"{SETTING}: {number.strip()!r} 不是整数",
                    hint=f"请写 {SETTING} 10 或 {SETTING} cloze=5,single_choice=3",
                    settings=(setting,),
                ) from None
            if value < 0 or (setting == "points" and value == 0):
                raise BadOption(f"{SETTING}: {value} 太小", settings=(setting,))
            for qtype in types:
                values[qtype] = value
    return values


def parse_variants(text: str | None) -> tuple[str, ...]:
    """Read `A,B` as variant names; each must be short, distinct and fit in a file name."""
    if not text:
        return ()
    names = tuple(part.strip() for part in text.split(","))
    for name in names:
        if not name or len(name) > 8 or any(c in name for c in "/\\:*?\"<>|."):
            raise BadOption(f"{SETTING}: {name!r} 不能用作版本名",
                            hint=f"请写 {SETTING} A,B", settings=("variants",))
    if len(set(names)) != len(names):
        raise BadOption(f"{SETTING}: 版本名重复", settings=("variants",))
    return names
