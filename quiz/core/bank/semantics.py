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

from collections.abc import Iterator
from pathlib import PurePath
from typing import Any

from quiz.core.model import QuestionType
from quiz.core.questions import BY_TYPE
from quiz.core.questions.family import Family
from quiz.core.questions.lead_words import leading_words
from quiz.core.questions.matching import at_sight, decided_pairs, gives_parts_away, kin_on_board
from quiz.core.questions.wording import stem_problems

ITEM_JOINER = "、"
Formulas = dict[str, dict[str, Any]]


def _items(formula: dict[str, Any]) -> list[str]:
    return [str(i) for i in formula.get("items") or []]


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
    problems += BY_TYPE[QuestionType(qtype)].semantics(q, known, family)
    if qtype == QuestionType.MATCHING and q.get("variant") == "parts":
        pairs = [(str(a), str(b)) for a, b in q["pairs"]]
        if gives_parts_away(pairs):
            problems += [f"`{left}` 与 `{right}` 单凭字面就能连上"
                         for left, right in decided_pairs(pairs)]
    elif qtype == QuestionType.MATCHING:
        problems += kin_on_board(q, known) + at_sight(q, known)
    return list(dict.fromkeys(problems))
