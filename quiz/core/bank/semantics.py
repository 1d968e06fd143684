"""What an exam setter checks before printing a question (`quiz check`, after structure).

Structure and the per-type invariants say a question is well formed; these rules say it
is fair. Each question type owns its own (`QuestionKind.semantics` in
`quiz.core.questions`: a key true of the formula and of its composite, no stem that
prints its own answer, plausible distractors); this module holds what every type shares:
the stem reads as a printed sentence (`wording.stem_problems`), names no file, no key or
option holds a quote it does not close (”产业链延伸到哪里), and a
list whose first item carries the words that govern the whole list is not asked as it
is (`lead_words`), and a label that names nothing (三条, 两点, 四句话) or items cut from
longer numbered clauses (`cut_items`) are asked only in their own sentences, by cloze. They read a bank's plain data, its composite links through
`questions.family.Family`.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import PurePath
from typing import Any

from quiz.core.model import BankFormula, QuestionType
from quiz.core.questions import BY_TYPE
from quiz.core.questions.base import Formulas, items_of
from quiz.core.questions.board_giveaways import generic_label
from quiz.core.questions.cut_items import items_cut
from quiz.core.questions.family import Family
from quiz.core.questions.lead_words import leading_words
from quiz.core.questions.wording import quotes_balanced, stem_problems


def _file_names(q: dict[str, Any], known: Formulas) -> Iterator[str]:
    text = " ".join([str(q["prompt"]), *(str(o) for o in q.get("options") or [])])
    for fid in q["formulas"]:
        doc = str(known[str(fid)].get("doc") or "")
        if doc and (doc in text or PurePath(doc).stem in text):
            yield f"题干写出了文件名 `{doc}`"
            return


def _printed_answers(q: dict[str, Any]) -> list[str]:
    """What a key or an option prints besides the stem (letters name options)."""
    options = [str(o) for o in q.get("options") or []]
    return options or [str(a) for a in q.get("answers") or []]


def semantic_problems(q: dict[str, Any], known: Formulas, family: Family) -> list[str]:
    """Every reason the question could not be printed as it is."""
    fid = str(q["formulas"][0])
    kind = BY_TYPE[QuestionType(str(q["type"]))]
    problems = stem_problems(str(q["prompt"]))
    problems += _file_names(q, known)
    problems += [f"答案或选项 `{text}` 的引号或括号不配对" for text in _printed_answers(q)
                 if not quotes_balanced(text)]
    formula = known[fid]
    lead = "" if formula.get("kind") == "composite" else leading_words(items_of(formula))
    if lead and kind.checks_lead_words:
        problems.append(f"首项 `{items_of(formula)[0]}` 带着支配全句的 `{lead}`, 与其他条目不并列")
    if str(q["type"]) != QuestionType.CLOZE:
        problems += [f"提法 `{label}` 除数字外没有自己的词: 离开原句不知问的是什么, 只宜出填空题"
                     for label in _nameless(q, known)]
        problems += [f"提法 `{label}` 的条目是从更长的分句中截下的, 未必是它所数的内容: 只宜出填空题"
                     for label in _cut(q, known)]
    problems += kind.semantics(q, known, family)
    return list(dict.fromkeys(problems))


def _cut(q: dict[str, Any], known: Formulas) -> list[str]:
    """The labels of the question's formulas whose items are cut from longer clauses."""
    formulas = (BankFormula.from_dict(known[str(fid)]) for fid in q["formulas"])
    return [f.label for f in formulas if items_cut(f)]


def _nameless(q: dict[str, Any], known: Formulas) -> list[str]:
    """The labels of the question's formulas that name nothing (`generic_label`)."""
    labels = (str(known[str(fid)].get("label")) for fid in q["formulas"])
    return [label for label in labels if generic_label(label)]
