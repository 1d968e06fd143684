"""Grading accepts what the docs and the placeholders promise, and no more."""

from __future__ import annotations

import pytest

from quiz.core.model import BLANK, Question, QuestionType
from quiz.core.review.grading import grade, text_matches

THREE = Question(
    id="t/three", type=QuestionType.CLOZE, formula_ids=("t",),
    prompt=f"坚持{BLANK}、{BLANK}、{BLANK}", answers=("民富区强", "改革创新", "宜居宜业"),
)
COUNT = Question(
    id="t/count", type=QuestionType.CLOZE, formula_ids=("t",), variant="count",
    prompt=f"“{BLANK}个全面”", answers=("四",),
)
LABEL = Question(
    id="t/label", type=QuestionType.CLOZE, formula_ids=("t",),
    prompt=f"统筹{BLANK}", answers=("中华民族伟大复兴的战略全局",),
)


@pytest.mark.parametrize("first_box", [
    "民富区强、改革创新、宜居宜业", "民富区强 改革创新 宜居宜业", "mfqq,ggcx,yjyy",
    "民富区强改革创新宜居宜业", "mfqqggcxyjyy",
])
def test_all_blanks_in_the_first_box(first_box: str) -> None:
    # the TUI sends one value per box: the rest are empty
    assert grade(THREE, (first_box, "", "")).correct
    assert grade(THREE, (first_box,)).correct


def test_first_box_does_not_override_other_boxes() -> None:
    assert not grade(THREE, ("民富区强、改革创新、宜居宜业", "改革创新", "")).correct
    assert not grade(THREE, ("民富区强改革创新", "", "")).correct  # one blank missing


@pytest.mark.parametrize(("typed", "ok"), [
    ("四", True), ("4", True), ("４", True), ("s", True), ("si", True), ("si4", True),
    ("5", False), ("w", False), ("", False),
])
def test_count_blanks_take_digits_and_initials(typed: str, ok: bool) -> None:
    assert grade(COUNT, (typed,)).correct is ok


def test_lone_initials_stay_refused_outside_count_blanks() -> None:
    assert not text_matches("四", "s")
    one = Question(id="t/one", type=QuestionType.CLOZE, formula_ids=("t",),
                   prompt=f"{BLANK}大", answers=("强",))
    assert not grade(one, ("q",)).correct


@pytest.mark.parametrize(("typed", "ok"), [
    ("中华民族伟大复兴的战略全局", True),
    ("中华民族伟大复兴战略全局", True),   # 的 left out
    ("zhmzwdfxzlqj", True),               # 的 left out, in pinyin initials
    ("中华民族伟大复兴之战略全局", False),  # another particle is not slack
    ("中华民族复兴的战略全局", False),      # a dropped word is wrong
    ("中华民族伟大复兴的全局战略", False),  # swapped words are wrong
])
def test_wording_slack_is_the_particle_de_only(typed: str, ok: bool) -> None:
    assert grade(LABEL, (typed,)).correct is ok


def test_short_answers_get_no_slack() -> None:
    assert not text_matches("我的", "我")
