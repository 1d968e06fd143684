"""Each question type owns its rules behind one small record, found through one registry."""

from __future__ import annotations

import re
from pathlib import Path

from quiz.core.model import Question, QuestionType
from quiz.core.questions import BY_TYPE, KINDS, check_question
from quiz.core.questions.base import question_key

QUIZ = Path(__file__).parents[2] / "quiz"


def test_every_type_has_exactly_one_kind_in_its_own_module() -> None:
    assert set(BY_TYPE) == set(QuestionType)
    assert sum(len(kind.types) for kind in KINDS) == len(QuestionType)
    for kind in KINDS:
        module = kind.check.__module__
        assert module.startswith("quiz.core.questions.") and module != "quiz.core.questions.base"


def test_the_checks_go_through_the_type_that_owns_them() -> None:
    formulas = {"d/三重压力": {"id": "d/三重压力", "label": "三重压力",
                               "items": ["需求收缩", "供给冲击", "预期转弱"],
                               "evidence": "我国经济面临需求收缩、供给冲击、预期转弱三重压力"}}
    cloze = {"id": "q", "type": "cloze", "formulas": ["d/三重压力"],
             "prompt": "我国经济面临____、供给冲击、预期转弱三重压力。", "answers": ["需求不足"]}
    assert any("与原文不符" in m for m in check_question(cloze, formulas))
    order = {"id": "o", "type": "ordering", "variant": "items", "formulas": ["d/三重压力"],
             "prompt": "排序。", "options": ["供给冲击", "需求收缩", "预期转弱"],
             "answers": ["供给冲击", "需求收缩", "预期转弱"]}
    assert check_question(order, formulas) == ["`answers` 不是按原文顺序排列的提法条目"]


def test_one_letters_and_one_test_of_sameness() -> None:
    defined = [p.relative_to(QUIZ).as_posix() for p in QUIZ.rglob("*.py")
               if re.search(r"^LETTERS\s*=", p.read_text(encoding="utf-8"), re.M)]
    assert defined == ["core/model.py"]
    a = Question(id="a", type=QuestionType.SINGLE_CHOICE, formula_ids=("f",), prompt="问？",
                 answers=("A",), options=("甲", "乙"))
    b = Question(id="b", type=QuestionType.SINGLE_CHOICE, formula_ids=("f",), prompt="问？",
                 answers=("B",), options=("乙", "甲"))
    assert question_key(a) == question_key(b)
