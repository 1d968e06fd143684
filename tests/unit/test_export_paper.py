"""The paper model: section order, points and totals, selection, seeded A/B variants."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from quiz.core.bank.io import load_bank
from quiz.core.errors import NothingFound
from quiz.core.export import BadOption, QuestionSet, Selection, select_questions
from quiz.core.export.answers import answer_text
from quiz.core.export.layout import Blank, Stem, paper_blocks
from quiz.core.export.paper import build_paper
from quiz.core.export.selection import parse_per_type, parse_variants
from quiz.core.model import LETTERS, QuestionType

DEFAULT_BANK = Path(__file__).resolve().parents[2] / "question_banks" / "default.yaml"


@pytest.fixture
def small(small_bank_path: Path) -> QuestionSet:
    bank = load_bank(small_bank_path)
    return QuestionSet(bank, bank.questions, bank.title)


def test_sections_follow_the_customary_order_and_totals_add_up(small: QuestionSet) -> None:
    points = {QuestionType.CLOZE: 5, QuestionType.MATCHING: 10}
    paper = build_paper(small, points=points)
    assert [s.name for s in paper.sections] == [
        "一、填空题", "二、单项选择题", "三、多项选择题", "四、判断题", "五、连线题", "六、排序题"]
    assert paper.sections[0].heading == "一、填空题（共3题，每题5分，共15分）"
    assert paper.sections[4].heading == "五、连线题（共1题，每题10分，共10分）"
    assert paper.total_points == sum(s.count * s.points_each for s in paper.sections) == 34
    numbers = [q.number for s in paper.sections for q in s.questions]
    assert numbers == list(range(1, 9))


def test_sections_are_numbered_by_what_is_present(small: QuestionSet) -> None:
    only = replace(small, questions=tuple(q for q in small.questions
                                          if q.type in (QuestionType.TRUE_FALSE,
                                                        QuestionType.ORDERING)))
    assert [s.name for s in build_paper(only).sections] == ["一、判断题", "二、排序题"]


def test_blanks_are_long_enough_to_write_in(small: QuestionSet) -> None:
    blocks = paper_blocks(build_paper(small))
    stems = [b for b in blocks if isinstance(b, Stem) and b.number in (1, 2, 3)]
    blanks = [s for stem in stems for s in stem.segments if isinstance(s, Blank)]
    assert len(blanks) == 5
    assert all(b.cells >= 12 for b in blanks)


def test_select_by_doc_label_and_type(small: QuestionSet) -> None:
    bank = small.bank
    by_doc = select_questions(bank, Selection.parse(["doc=000_6af6b510167a07b9"]), {})
    assert {q.id for q in by_doc} == {
        "000_6af6b510167a07b9/五张名片/cloze/item-0",
        "000_6af6b510167a07b9/五张名片/single_choice/swap-0",
        "board/004_54d0cbe4cf41eb1c/matching/labels-0",
    }
    both = select_questions(bank, Selection.parse(["label=三重压力", "type=判断"]), {})
    assert [q.id for q in both] == ["004_54d0cbe4cf41eb1c/三重压力/true_false/swap-1"]
    several = select_questions(bank, Selection.parse(["type=cloze,ordering"]), {})
    assert {q.type for q in several} == {QuestionType.CLOZE, QuestionType.ORDERING}
    with pytest.raises(NothingFound):
        select_questions(bank, Selection.parse(["label=不存在的提法"]), {})


def test_bad_selection_counts_and_variants_are_refused() -> None:
    with pytest.raises(BadOption, match="无法识别 selection"):
        Selection.parse(["source=x"])
    with pytest.raises(BadOption, match="未知题型"):
        Selection.parse(["type=essay"])
    with pytest.raises(BadOption, match="不是整数"):
        parse_per_type(["cloze=many"], "counts")
    with pytest.raises(BadOption, match="版本名重复"):
        parse_variants("A,A")
    assert parse_per_type(["3", "cloze=5"], "counts")[QuestionType.CLOZE] == 5
    with pytest.raises(BadOption) as caught:
        parse_per_type(["0"], "points")
    assert str(caught.value) == "points: 0 太小"  # the setting, not a CLI flag
    assert str(caught.value.spelled_as({"points": "--points"})) == "--points: 0 太小"
    assert parse_per_type(["3"], "counts")[QuestionType.ORDERING] == 3


def test_count_per_type_is_seeded_and_keeps_bank_order() -> None:
    if not DEFAULT_BANK.exists():
        pytest.skip("question_banks/default.yaml not generated")
    bank = load_bank(DEFAULT_BANK)
    counts = parse_per_type(["cloze=5,single_choice=3"], "counts")
    first = select_questions(bank, Selection.parse(["type=cloze,single_choice"]), counts, seed=4)
    again = select_questions(bank, Selection.parse(["type=cloze,single_choice"]), counts, seed=4)
    other = select_questions(bank, Selection.parse(["type=cloze,single_choice"]), counts, seed=5)
    assert [q.id for q in first] == [q.id for q in again]
    assert [q.id for q in first] != [q.id for q in other]
    assert sum(q.type is QuestionType.CLOZE for q in first) == 5
    order = {q.id: i for i, q in enumerate(bank.questions)}
    assert [order[q.id] for q in first] == sorted(order[q.id] for q in first)


def _correct_texts(question) -> set[str]:
    return {question.options[LETTERS.index(a)] for a in question.answers}


def test_variants_shuffle_order_but_keep_content_and_answers(small: QuestionSet) -> None:
    if DEFAULT_BANK.exists():
        bank = load_bank(DEFAULT_BANK)
        small = QuestionSet(bank, bank.questions[:120], bank.title)
    a = build_paper(small, variant="A", seed=11)
    b = build_paper(small, variant="B", seed=11)
    assert build_paper(small, variant="A", seed=11) == a, "the same seed gives the same paper"
    flat_a = [p.question for s in a.sections for p in s.questions]
    flat_b = [p.question for s in b.sections for p in s.questions]
    assert sorted(q.id for q in flat_a) == sorted(q.id for q in flat_b)
    assert [q.id for q in flat_a] != [q.id for q in flat_b], "question order differs"
    original = {q.id: q for q in small.questions}
    changed_choices = 0
    for question in flat_a + flat_b:
        source = original[question.id]
        if question.type in (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE):
            assert sorted(question.options) == sorted(source.options)
            assert _correct_texts(question) == _correct_texts(source)
            changed_choices += question.options != source.options
        if question.type is QuestionType.MATCHING:
            assert set(question.pairs) == set(source.pairs)
            assert answer_text(question)  # every left entry still finds its right entry
        if question.type is QuestionType.ORDERING:
            assert question.answers == source.answers
            assert sorted(question.options) == sorted(source.options)
    assert changed_choices > 0, "choice order differs"
