"""Formula kinds in a bank: kind, importance and each kind's fields, read, written, checked."""

from __future__ import annotations

from quiz.core.bank.build import bank_formulas
from quiz.core.bank.check import check_text
from quiz.core.bank.io import bank_from_dict, dump_bank
from quiz.core.formula import Formula, FormulaKind
from quiz.core.model import BankFormula

OLD = """\
bank:
  title: 旧题库
formulas:
  - id: d/三重压力
    label: 三重压力
    count: 3
    items: [需求收缩, 供给冲击, 预期转弱]
    evidence: 我国经济面临需求收缩、供给冲击、预期转弱三重压力
questions: []
"""

TARGET = """\
bank:
  title: 指标
formulas:
  - id: d/target:国内生产总值增长
    label: 国内生产总值增长
    count: 1
    items: ['5']
    kind: target
    importance: 0.4
    indicator: 国内生产总值增长
    value: '5'
    unit: '%'
    qualifier: 左右
    evidence: 国内生产总值增长5%左右
questions: []
"""


def problems(text: str) -> list[tuple[int | None, str]]:
    return [(p.line, p.message) for p in check_text(text, "b.yaml").problems]


def test_an_older_bank_without_kind_or_importance_loads_with_defaults() -> None:
    assert problems(OLD) == []
    import yaml

    formula = bank_from_dict(yaml.safe_load(OLD)).formulas[0]
    assert formula.kind == "numbered" and formula.weight == 0.0 and formula.detail == ()
    assert "importance" not in formula.to_dict()  # written back as it was read


def test_a_target_keeps_its_fields_through_a_round_trip() -> None:
    import yaml

    assert problems(TARGET) == []
    bank = bank_from_dict(yaml.safe_load(TARGET))
    formula = bank.formulas[0]
    assert formula.importance == 0.4
    assert formula.detail_field("unit") == "%" and formula.detail_field("qualifier") == "左右"
    again = bank_from_dict(yaml.safe_load(dump_bank(bank))).formulas[0]
    assert again == formula


def test_bad_kind_fields_are_named_with_their_line() -> None:
    assert problems(TARGET.replace("importance: 0.4", "importance: 3")) == [
        (9, "提法 d/target:国内生产总值增长: `importance` 须为 0 到 1 之间的数")]
    assert problems(TARGET.replace("value: '5'", "value: 五成")) == [
        (11, "提法 d/target:国内生产总值增长: `value` 须为数字, 而不是 `五成`")]
    missing = problems(TARGET.replace("    unit: '%'\n", ""))
    assert missing == [(8, "提法 d/target:国内生产总值增长: 目标缺少 `unit`")]
    unknown = problems(TARGET.replace("kind: target", "kind: slogan"))
    assert unknown[0][0] == 8 and "未知的提法种类 `slogan`" in unknown[0][1]
    listed = TARGET.replace("kind: target", "kind: list")  # a quoted list shares no phrase
    assert problems(listed) == []
    stated = TARGET.replace("kind: target", "kind: statement")
    assert "须有 `cue`" in problems(stated)[0][1]


def test_generation_records_importance_and_the_kind_fields() -> None:
    text = "国内生产总值增长5%左右"
    found = Formula(doc="d.txt", label="三重压力", count=3, items=("需求收缩", "供给冲击", "预期转弱"),
                    kind=FormulaKind.NUMBERED, complete=True, evidence=text, span=(0, 12),
                    importance=0.6)
    ((formula, _),) = bank_formulas("d.txt", "报告", [found])
    assert isinstance(formula, BankFormula)
    assert formula.id == "d/三重压力" and formula.importance == 0.6
    assert formula.to_dict()["importance"] == 0.6
