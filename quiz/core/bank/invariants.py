"""The rules each question type must keep, checked on a bank's plain data (`quiz check`).

Each type owns its rules (`check` in `quiz/core/questions/<type>.py`); this module asks
the registry and holds the one test of sameness that spans every type.
"""

from __future__ import annotations

from typing import Any

from quiz.core.model import KIND_FIELDS, Question
from quiz.core.questions import check_question
from quiz.core.questions.base import question_key


def formula_problems(formula: dict[str, Any]) -> list[tuple[str, str]]:
    """The problems of a formula's kind, importance and kind fields, each with its field.

    A formula written without `kind` or `importance` (an older bank) is a numbered formula
    of no particular weight; a formula of a kind that needs fields must give them.
    """
    problems: list[tuple[str, str]] = []
    kind = formula.get("kind", "numbered")
    if kind not in KIND_FIELDS:
        return [("kind", f"未知的提法种类 `{kind}` (可用: {', '.join(KIND_FIELDS)})")]
    importance = formula.get("importance", 0.0)
    if (isinstance(importance, bool) or not isinstance(importance, int | float)
            or not 0 <= importance <= 1):
        problems.append(("importance", "`importance` 须为 0 到 1 之间的数"))
    for name in KIND_FIELDS[kind]:
        value = formula.get(name)
        if value is not None and not isinstance(value, str | int | float):
            problems.append((name, f"`{name}` 须为字符串"))
    if kind == "statement" and not formula.get("cue"):
        problems.append(("kind", "论断须有 `cue` (如 主线、首要任务)"))
    if kind == "target":
        missing = [n for n in ("indicator", "value", "unit") if formula.get(n) in (None, "")]
        if missing:
            problems.append(("kind", f"目标缺少 `{'`, `'.join(missing)}`"))
        elif not _number(formula["value"]):
            problems.append(("value", f"`value` 须为数字, 而不是 `{formula['value']}`"))
    return problems


def _number(value: Any) -> bool:
    try:
        float(str(value))
    except ValueError:
        return False
    return True


def invariants(q: dict[str, Any], known: dict[str, dict[str, Any]]) -> list[str]:
    """The problems of one question whose shape was found sound."""
    return check_question(q, known)


def identity(q: dict[str, Any]) -> str:
    """What makes two questions the same to a learner (`questions.base.question_key`)."""
    return question_key(Question.from_dict(q))
