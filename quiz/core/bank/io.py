"""Reading and writing question banks as YAML (safe_load only).

A generated bank ends with a `generated:` section: the fingerprint of every entry as the
generator wrote it, so that regeneration can tell hand edits apart (quiz/core/bank/build.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from quiz.core.atomic import write_text_atomic
from quiz.core.errors import BadInput, InputNotFound
from quiz.core.model import Bank, BankFormula, Question
from quiz.core.text.files import read_input_text

FINGERPRINTS = "generated"
_HEADER = (
    "# A 提法通 question bank; the format is described in docs/bank-format.md.\n"
    "# Hand edits are kept when the bank is regenerated (`quiz generate`); the\n"
    "# `generated:` section at the end is how they are recognised: leave it alone.\n"
)


def bank_to_dict(bank: Bank) -> dict[str, Any]:
    """The plain-data form written to YAML."""
    meta = {"title": bank.title}
    meta.update({k: v for k, v in bank.meta.items() if k not in ("title", FINGERPRINTS)})
    data: dict[str, Any] = {
        "bank": meta,
        "formulas": [f.to_dict() for f in bank.formulas],
        "questions": [q.to_dict() for q in bank.questions],
    }
    if bank.meta.get(FINGERPRINTS):
        data[FINGERPRINTS] = dict(bank.meta[FINGERPRINTS])
    return data


def dump_bank(bank: Bank) -> str:
    """The bank as YAML text, readable and stable for diffs."""
    import yaml  # here, not at the top: a bank opened from its cache needs no YAML

    # libyaml's safe dumper writes the same text as the pure-Python one, about 8x faster.
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return _HEADER + yaml.dump(
        bank_to_dict(bank), Dumper=dumper, allow_unicode=True, sort_keys=False, width=100
    )


def save_bank(bank: Bank, path: Path) -> None:
    """Write the bank atomically: a crash never leaves half a file."""
    write_text_atomic(path, dump_bank(bank))


def load_bank(path: Path) -> Bank:
    """Read a bank file; raise a QuizError naming the file, line and problem if unusable.

    Structure is checked (YAML syntax, fields, types, duplicate and unknown ids); the
    question invariants are left to `quiz check`, which reports every problem.
    """
    from quiz.core.bank.check import InvalidBank, check_file  # the checks load on a read

    report = check_file(path, invariants=False, read_text=read_bank_text)
    if report.problems:
        raise InvalidBank(report.problems)
    return bank_from_dict(report.data, path=str(path))


def read_bank_text(path: Path) -> str:
    """A bank file's text; a missing or unreadable file raises a QuizError naming it."""
    from quiz.core.bank.check import MAX_BANK_BYTES

    if not path.exists():
        raise InputNotFound("找不到题库", path=str(path), hint="请先运行 `quiz generate`")
    return read_input_text(path, limit=MAX_BANK_BYTES)


def bank_from_dict(data: Any, *, path: str | None = None) -> Bank:
    """Build a bank from plain data (as read from YAML)."""
    if not isinstance(data, dict) or "questions" not in data:
        from quiz.core.bank.check import InvalidBank, Problem

        raise InvalidBank([Problem(path or "bank", None,
                                   "不是题库 (没有 `questions:` 部分)")])
    meta = dict(data.get("bank") or {})
    if isinstance(data.get(FINGERPRINTS), dict):
        meta[FINGERPRINTS] = {str(k): str(v) for k, v in data[FINGERPRINTS].items()}
    try:
        formulas = tuple(BankFormula.from_dict(f) for f in data.get("formulas") or ())
        questions = tuple(Question.from_dict(q) for q in data.get("questions") or ())
    except (KeyError, ValueError, TypeError, IndexError) as exc:
        raise BadInput(f"题库条目格式有误: {exc}", path=path, hint="请运行 `quiz check`") from exc
    return Bank(
        title=str(meta.get("title", path or "bank")),
        formulas=formulas,
        questions=questions,
        meta=meta,
        path=path,
    )

