"""Distractors of the items' shape: length within a band, the same kind of head word."""

from __future__ import annotations

from quiz.core.model import BankFormula
from quiz.core.questions.choice import sibling_items
from quiz.core.questions.shape import shape_problem

INDUSTRIES = ["数字经济", "生物医药", "贸易物流", "新兴服务业"]
PRESSURES = ["需求收缩", "供给冲击", "预期转弱"]


def test_a_distractor_far_longer_or_shorter_than_the_items_is_flagged() -> None:
    assert "11 characters long" in (shape_problem("信发铝精深加工事业园区", PRESSURES) or "")
    assert "2 characters long" in (shape_problem("奋进", ["加快动能转换", "深化改革创新"]) or "")
    assert shape_problem("项目招引", PRESSURES) is None


def test_a_distractor_headed_by_another_part_of_speech_is_flagged() -> None:
    assert "another part of speech" in (shape_problem("人才振兴", INDUSTRIES) or "")
    assert shape_problem("现代金融", INDUSTRIES) is None


def _formula(label: str, items: list[str]) -> BankFormula:
    return BankFormula(id=f"d/{label}", label=label, count=len(items), items=tuple(items),
                       doc="d.txt", source="某区报告", evidence="、".join(items) + label)


def test_the_generator_draws_distractors_of_the_items_shape_only() -> None:
    industries = _formula("四大主导产业", INDUSTRIES)
    siblings = [_formula("五个振兴", ["产业振兴", "人才振兴", "文化振兴", "生态振兴", "组织振兴"]),
                _formula("四个重点", ["科技服务", "现代金融", "文化旅游", "新型消费"]),
                _formula("两大变局", ["世界百年未有之大变局", "中华民族伟大复兴战略全局"])]
    pool = sibling_items(industries, siblings)
    assert "现代金融" in pool
    assert not {"人才振兴", "世界百年未有之大变局"} & set(pool)
