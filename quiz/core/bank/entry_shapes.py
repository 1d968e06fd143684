"""The shape of a bank's entries: the fields `load_bank` needs, each problem on its line.

`check.py` reads the file and runs these (its `_Checker` collects the problems); the question types' own rules are in
`invariants.py` and the exam setter's in `semantics.py`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from quiz.core.bank import invariants as rules
from quiz.core.model import QuestionType

if TYPE_CHECKING:
    from quiz.core.bank.check import _Checker as Checker

FORMULA_FIELDS = ("id", "label", "items", "evidence")
QUESTION_FIELDS = ("id", "type", "formulas", "prompt", "answers")


@dataclass
class Entry:
    """Where an entry of a listed key stands: its line, and each of its fields' lines."""

    line: int
    fields: dict[str, int]

_ID_RULE = "`id` 须为非空文本 (看起来像数字或日期时请加引号)"


def _id_ok(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _count_ok(value: Any) -> bool:
    def whole(number: Any) -> bool:
        return isinstance(number, int) and not isinstance(number, bool) and number >= 0

    def part(number: Any) -> bool:  # a composite label's part: 3, or a letter as in 1+4+N
        return whole(number) or (isinstance(number, str) and number.isascii()
                                 and number.isalpha() and len(number) == 1)

    return value is None or whole(value) or (
        isinstance(value, list) and bool(value) and all(part(n) for n in value))


def _str_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str | int | float) for v in value)


def check_formulas(data: dict[str, Any], entries: list[Entry], checker: Checker
                    ) -> dict[str, dict[str, Any]]:
    formulas = data.get("formulas") or []
    known: dict[str, dict[str, Any]] = {}
    if not isinstance(formulas, list):
        checker.add(None, "`formulas` 应为列表")
        return known
    for index, formula in enumerate(formulas):
        entry = entries[index] if index < len(entries) else Entry(0, {})
        if not isinstance(formula, dict):
            checker.add(entry.line, f"第 {index + 1} 个提法不是映射")
            continue
        missing = [name for name in FORMULA_FIELDS if name not in formula]
        if missing:
            checker.add(entry.line, f"提法 {formula.get('id', f'#{index + 1}')}: "
                        f"缺少字段 {', '.join(missing)}")
            continue
        if not _id_ok(formula["id"]):
            checker.add(entry.fields.get("id", entry.line), f"第 {index + 1} 个提法: {_ID_RULE}")
            continue
        formula_id = str(formula["id"])
        if not _str_list(formula["items"]):
            checker.add(entry.fields.get("items", entry.line),
                        f"提法 {formula['id']}: `items` 应为字符串列表")
            checker.broken.add(formula_id)  # its questions cannot be checked against it
        if not _count_ok(formula.get("count")):
            checker.add(entry.fields.get("count", entry.line),
                        f"提法 {formula_id}: `count` 须为整数 (或整数列表, 如 1+4+N)")
            checker.broken.add(formula_id)
        for name, message in rules.formula_problems(formula):
            checker.add(entry.fields.get(name, entry.line), f"提法 {formula_id}: {message}")
            checker.broken.add(formula_id)
        if formula_id in known:
            checker.add(entry.fields.get("id", entry.line), f"提法 id 重复: {formula_id}")
        known[formula_id] = formula
    return known


def check_question_shape(question: dict[str, Any], entry: Entry, known: dict[str, Any],
                          checker: Checker) -> bool:
    qid = question.get("id", "?")
    missing = [name for name in QUESTION_FIELDS if name not in question]
    if missing:
        checker.add(entry.line, f"题目 {qid}: 缺少字段 {', '.join(missing)}")
        return False
    if not _id_ok(qid):
        checker.add(entry.fields.get("id", entry.line), f"第 {entry.line} 行的题目: {_ID_RULE}")
        return False
    try:
        QuestionType(question["type"])
    except ValueError:
        valid = ", ".join(t.value for t in QuestionType)
        checker.add(entry.fields.get("type", entry.line),
                    f"题目 {qid}: 未知题型 `{question['type']}` (可用: {valid})")
        return False
    for name in ("formulas", "answers", "options"):
        if name in question and not _str_list(question[name]):
            checker.add(entry.fields.get(name, entry.line),
                        f"题目 {qid}: `{name}` 应为字符串列表")
            return False
    if not question["formulas"]:
        checker.add(entry.fields.get("formulas", entry.line), f"题目 {qid}: 没有提法")
        return False
    for formula_id in question["formulas"]:
        if str(formula_id) not in known:
            checker.add(entry.fields.get("formulas", entry.line),
                        f"题目 {qid}: 未知提法 id {formula_id}")
            return False
    pairs = question.get("pairs")
    if pairs is not None and not (isinstance(pairs, list) and all(
            isinstance(p, list) and len(p) == 2 for p in pairs)):
        checker.add(entry.fields.get("pairs", entry.line),
                    f"题目 {qid}: `pairs` 应为 [左, 右] 的列表")
        return False
    accepted = question.get("accepted")
    if accepted is not None and not (isinstance(accepted, list) and all(
            _str_list(a) for a in accepted)):
        checker.add(entry.fields.get("accepted", entry.line),
                    f"题目 {qid}: `accepted` 应为列表的列表 (每空一个)")
        return False
    return True

