"""Reading and writing question banks as YAML (safe_load only)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from quiz.core.bank import Bank, BankFormula, Question
from quiz.core.errors import BadInput, InputNotFound


def bank_to_dict(bank: Bank) -> dict[str, Any]:
    """The plain-data form written to YAML."""
    meta = {"title": bank.title, **{k: v for k, v in bank.meta.items() if k != "title"}}
    return {
        "bank": meta,
        "formulas": [f.to_dict() for f in bank.formulas],
        "questions": [q.to_dict() for q in bank.questions],
    }


def dump_bank(bank: Bank) -> str:
    """The bank as YAML text, readable and stable for diffs."""
    return yaml.safe_dump(
        bank_to_dict(bank), allow_unicode=True, sort_keys=False, width=100
    )


def save_bank(bank: Bank, path: Path) -> None:
    """Write the bank atomically: a crash never leaves half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(dump_bank(bank), encoding="utf-8")
    tmp.replace(path)


def load_bank(path: Path) -> Bank:
    """Read a bank file; raise a QuizError naming the file on any problem."""
    if not path.exists():
        raise InputNotFound("bank not found", path=str(path), hint="run `quiz generate` first")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise BadInput(f"cannot read bank: {exc}", path=str(path)) from exc
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise BadInput(f"broken YAML: {getattr(exc, 'problem', exc)}", path=str(path), line=line) from exc
    return bank_from_dict(data, path=str(path))


def bank_from_dict(data: Any, *, path: str | None = None) -> Bank:
    """Build a bank from plain data (as read from YAML)."""
    if not isinstance(data, dict) or "questions" not in data:
        raise BadInput("not a question bank (no `questions:` section)", path=path)
    meta = dict(data.get("bank") or {})
    try:
        formulas = tuple(BankFormula.from_dict(f) for f in data.get("formulas") or ())
        questions = tuple(Question.from_dict(q) for q in data.get("questions") or ())
    except (KeyError, ValueError, TypeError) as exc:
        raise BadInput(f"malformed bank entry: {exc}", path=path, hint="run `quiz check`") from exc
    return Bank(
        title=str(meta.get("title", path or "bank")),
        formulas=formulas,
        questions=questions,
        meta=meta,
        path=path,
    )
