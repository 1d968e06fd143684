"""`quiz check` reads a bank as an exam setter does: one fault of each kind is flagged."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from quiz.core.bank.check import check_file, check_text

FIXTURE = Path(__file__).parents[1] / "fixtures" / "unfair_bank.yaml"

EXPECTED = {
    "fault/wrong_key": "the key is wrong: `宜居宜业` belongs to `1+5+9+1`",
    "fault/count_printed": "the count blank's answer is printed",
    "fault/parts_printed": "the label blank's answer is printed",
    "fault/label_count": "option `四个历城` does not announce the count of the key",
    "fault/other_report": "distractor `世界百年未有之大变局` is not an item of a formula of the "
                          "same kind in the same report",
    "fault/same_composite": "distractor `加快动能转换` belongs to the same composite",
    "fault/numeral_giveaway": "option `四个历城` lacks the numeral 一 that the key shares",
    "fault/weak_distractor": "distractor `信发铝精深加工事业园区` is 11 characters long among"
                             " items of about 4",
    "fault/namesake_key": "the key is wrong: `着力应对预期转弱` belongs to `三重压力`",
    "fault/echo": "the stem prints `供给冲击`, the heart of an answer",
    "fault/shared_mark": "distractor `科创` lacks `治` that every item bears",
    "fault/label_mark": "option `三重压力` lacks `治` that the key shares with every item",
    "fault/part_reference": "the stem opens with `第一个“3”就是`, a part it does not explain",
    "fault/passage": "the stem is a passage of 5 sentences (at most 4)",
    "fault/numeral_parts": "`“5”` joins `五张名片` from the text alone",
    "fault/dropped_item": "option `需求收缩、预期转弱` has 2 items but the label states 3",
    "fault/non_word": "`统筹进步安全` is not a word-for-word swap of `统筹发展安全`",
    "fault/proper_name": "changes the proper name `信发铝精深加工事业园区`",
    "fault/too_long": "the stem is 186 characters long (at most 160)",
    "fault/open_quote": "the quotes or brackets of the stem do not balance",
    "fault/half_width": "half-width `(),` between Chinese text",
    "fault/no_full_stop": "the stem does not end with `。`",
    "fault/file_name": "the stem names the file `d.txt`",
}


@pytest.fixture(scope="module")
def problems() -> dict[str, list[str]]:
    report = check_file(FIXTURE, semantics=True)
    found: dict[str, list[str]] = defaultdict(list)
    for problem in report.problems:
        qid, _, message = problem.message.removeprefix("question ").partition(": ")
        found[qid].append(message)
    return found


@pytest.mark.parametrize("qid", sorted(EXPECTED))
def test_each_fault_is_flagged(problems: dict[str, list[str]], qid: str) -> None:
    assert any(EXPECTED[qid] in m for m in problems[qid]), problems[qid]


def test_fair_questions_are_left_alone(problems: dict[str, list[str]]) -> None:
    assert {qid: ms for qid, ms in problems.items() if qid.startswith("fair/")} == {}
    assert set(problems) == set(EXPECTED)


def test_the_fixture_is_well_formed_and_semantics_are_asked_for() -> None:
    text = FIXTURE.read_text(encoding="utf-8")
    assert check_text(text, "b.yaml").problems == []  # structure and invariants hold
    assert check_text(text, "b.yaml", semantics=True).problems


def test_a_broken_bank_reports_structure_first() -> None:
    text = FIXTURE.read_text(encoding="utf-8").replace("type: true_false", "type: essay", 1)
    messages = [p.message for p in check_text(text, "b.yaml", semantics=True).problems]
    assert len(messages) == 1 and "unknown type `essay`" in messages[0]
