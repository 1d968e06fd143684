"""Validation of a bank file, every problem with its file and line.

A bank as generated is read in one pass that keeps only the lines the messages need
(yamlplain.py); any other YAML is composed into nodes first (SafeLoader, so no tags run
code) to keep each entry's line, then constructed into plain data that the checks read. Structural checks
(what `load_bank` needs) and the invariants of the question types (what `quiz check`
adds) are separate so that loading stays cheap.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import yaml

from quiz.core.bank import invariants as rules
from quiz.core.bank.entry_shapes import (
    Entry,
    check_formulas,
    check_question_shape,
)
from quiz.core.bank.semantics import semantic_problems
from quiz.core.errors import BadInput
from quiz.core.questions.family import Family
from quiz.core.text.controls import first_control
from quiz.core.text.yamlbounds import compose_bounded, error_line
from quiz.core.text.yamlplain import (
    NotPlain,
    PlainDocument,
    Unreadable,
    read_plain,
    read_plain_file,
)

# A bank of 100,000 generated questions (each with its sentence and source) is ~120 MB.
MAX_BANK_BYTES = 256 * 1024 * 1024
# libyaml's safe loader keeps the same marks and composes about ten times faster.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a bank, where it is."""

    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}" if self.line else f"{self.path}: {self.message}"


class InvalidBank(BadInput):
    """A bank file that cannot be used as it is; `problems` lists everything found."""

    def __init__(self, problems: list[Problem]) -> None:
        first = problems[0]
        more = f" (另有 {len(problems) - 1} 个问题)" if len(problems) > 1 else ""
        super().__init__(first.message + more, path=first.path, line=first.line,
                         hint="运行 `quiz check` 查看全部")
        self.problems = problems


@dataclass
class CheckReport:
    """The outcome of checking one bank: problems, and questions counted per type."""

    path: str
    problems: list[Problem] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)
    data: Any = None
    json_exact: bool = False  # JSON keeps `data` exactly (read in one pass, text keys only)


class _Checker:
    def __init__(self, path: str) -> None:
        self.report = CheckReport(path)
        self.broken: set[str] = set()  # formulas with unusable fields, already reported

    def add(self, line: int | None, message: str) -> None:
        self.report.problems.append(Problem(self.report.path, line, message))


def _compose(text: str | PlainDocument, checker: _Checker, *, plain_first: bool = True
             ) -> tuple[Any, dict[str, list[Entry]], dict[str, int]]:
    """The data, each listed entry's lines, and each top-level key's line."""
    try:  # a bank as generated: one pass, no node tree (yamlplain.py)
        if isinstance(text, PlainDocument):
            plain = text
        elif plain_first:
            plain = read_plain(text, _LOADER)
        else:
            raise NotPlain("the one-pass reader gave up on this file already")
    except NotPlain:
        pass  # anything else is composed, bounded and walked, and its problems reported
    else:
        checker.report.json_exact = plain.text_keys
        entries = {key: [Entry(line, fields) for line, fields in listed]
                   for key, listed in plain.entry_lines.items()}
        return plain.data, entries, plain.key_lines
    try:
        node, data = compose_bounded(text, _LOADER)
    except yaml.YAMLError as exc:
        line, problem = error_line(exc, text)
        checker.add(line, f"YAML 格式错误: {problem}")
        return None, {}, {}
    except (ValueError, TypeError, OverflowError) as exc:  # e.g. a date such as 2024-13-45
        checker.add(None, f"有一个值无法读取: {exc}")
        return None, {}, {}
    entries: dict[str, list[Entry]] = {}
    top: dict[str, int] = {}
    if isinstance(node, yaml.MappingNode):
        _walk_nodes(node, checker)
        for key, value in node.value:
            top[str(key.value)] = key.start_mark.line + 1
            if isinstance(value, yaml.SequenceNode):
                entries[str(key.value)] = [
                    Entry(item.start_mark.line + 1,
                           {str(k.value): v.start_mark.line + 1 for k, v in item.value}
                           if isinstance(item, yaml.MappingNode) else {})
                    for item in value.value
                ]
    return data, entries, top


def _walk_nodes(node: yaml.Node, checker: _Checker) -> None:
    """Report keys given twice in one mapping (YAML keeps only the last, silently) and
    text with control characters (an ESC would let a bank drive the terminal)."""
    stack = [node]
    walked: set[int] = set()  # an alias is walked once: an anchor bomb stays cheap
    while stack:
        current = stack.pop()
        if id(current) in walked:
            continue
        walked.add(id(current))
        if isinstance(current, yaml.MappingNode):
            seen: set[str] = set()
            for key, value in current.value:
                name = str(key.value)
                if name in seen:
                    checker.add(key.start_mark.line + 1, f"键 `{name}` 重复出现")
                seen.add(name)
                stack.extend((key, value))
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(current.value)
        elif isinstance(current.value, str) and (escape := first_control(current.value)):
            checker.add(current.start_mark.line + 1,
                        f"文本中有控制字符 {escape} (请删除)")


def check_text(text: str | PlainDocument, path: str, *, invariants: bool = True,
               semantics: bool = False, plain_first: bool = True) -> CheckReport:
    """Every problem of a bank given as text (or read already: `read_plain_file`);
    `invariants=False` checks structure only; `plain_first=False` when the one-pass
    reader gave up on this text already.

    With `semantics`, a bank that is well formed is also read as an exam setter reads it
    (`semantics.py`): fair keys, no giveaways, plausible distractors, printable stems.
    """
    checker = _Checker(path)
    data, entries, top = _compose(text, checker, plain_first=plain_first)
    report = checker.report
    report.data = data
    if report.problems and data is None:
        return report
    if not isinstance(data, dict) or "questions" not in data:
        checker.add(1, "不是题库 (没有 `questions:` 部分)")
        return report
    if data.get("bank") is not None and not isinstance(data["bank"], dict):
        checker.add(top.get("bank"), "`bank` 应为映射 (title 等)")
    known = check_formulas(data, entries.get("formulas", []), checker)
    questions = data.get("questions") or []
    if not isinstance(questions, list):
        checker.add(top.get("questions"), "`questions` 应为列表")
        return report
    seen_ids: dict[str, int] = {}
    seen_identity: dict[str, str] = {}
    question_entries = entries.get("questions", [])
    for index, question in enumerate(questions):
        entry = question_entries[index] if index < len(question_entries) else Entry(0, {})
        if not isinstance(question, dict):
            checker.add(entry.line, f"第 {index + 1} 道题不是映射")
            continue
        if not check_question_shape(question, entry, known, checker):
            continue
        qid = str(question["id"])
        if qid in seen_ids:
            checker.add(entry.fields.get("id", entry.line),
                        f"题目 id 重复: {qid} (首次出现在第 {seen_ids[qid]} 行)")
            continue
        seen_ids[qid] = entry.line
        report.counts[str(question["type"])] += 1
        if not invariants or checker.broken & {str(f) for f in question["formulas"]}:
            continue
        identity = rules.identity(question)
        if identity in seen_identity:
            checker.add(entry.line, f"题目 {qid} 与 {seen_identity[identity]} 完全相同")
        seen_identity.setdefault(identity, qid)
        for message in rules.invariants(question, known):
            checker.add(entry.line, f"题目 {qid}: {message}")
    if semantics and not report.problems:
        family = Family(known)
        for index, question in enumerate(questions):
            line = question_entries[index].line if index < len(question_entries) else 0
            for message in semantic_problems(question, known, family):
                checker.add(line, f"题目 {question['id']}: {message}")
    return report


def check_file(path: Path, *, invariants: bool = True, semantics: bool = False,
               read_text: Callable[[Path], str] | None = None) -> CheckReport:
    """Check one bank file; a missing or unreadable file raises a QuizError naming it.

    A bank as generated is parsed as the file is read, its text never held whole (a
    third of the memory of opening a large bank); any other file is read as text by
    `read_text` (by default within MAX_BANK_BYTES), and its problems reported.
    """
    from quiz.core.text.files import read_input_text

    try:
        plain = read_plain_file(path, _LOADER, limit=MAX_BANK_BYTES)
    except NotPlain as refusal:
        text = (read_text or partial(read_input_text, limit=MAX_BANK_BYTES))(path)
        return check_text(text, str(path), invariants=invariants, semantics=semantics,
                          plain_first=isinstance(refusal, Unreadable))
    return check_text(plain, str(path), invariants=invariants, semantics=semantics)
