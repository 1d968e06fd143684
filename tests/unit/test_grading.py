"""Grading: normalisation, pinyin, blanks, choices, and the suggested rating."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from quiz.core.bank.io import load_bank
from quiz.core.model import Question, QuestionType
from quiz.core.review.grading import grade, normalise, suggest_rating, text_matches

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture(scope="module")
def bank_questions() -> dict[str, Question]:
    bank = load_bank(FIXTURES / "small_bank.yaml")
    return {q.id.split("/", 1)[1] if "/" in q.id else q.id: q for q in bank.questions}


def by_type(questions: dict[str, Question], kind: QuestionType, variant: str = "") -> Question:
    for q in questions.values():
        if q.type is kind and (not variant or q.variant == variant):
            return q
    raise LookupError(kind)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("民富区强", "民富区强"),
        ("“民富区强”", "民富区强"),  # curly quotes
        ("「民富區強」", "民富区强"),  # corner quotes, traditional characters
        ("民 富\u3000区强 ", "民富区强"),  # ASCII and ideographic spaces
        ("民富区强。", "民富区强"),
        ("ＡＢＣ１２３", "abc123"),  # full-width letters and digits
        ("1+5+9+1", "1+5+9+1"),  # symbols that carry meaning are kept
        ("發展與改革", "发展与改革"),
    ],
)
def test_normalise(raw: str, expected: str) -> None:
    assert normalise(raw) == expected


@pytest.mark.parametrize(
    ("typed", "ok"),
    [
        ("民富区强", True),
        ("mfqq", True),  # initials
        ("MFQQ", True),
        ("minfuquqiang", True),  # full pinyin, no tones
        ("mín fù qū qiáng", True),  # with tone marks and spaces
        ("min2 fu4 qu1 qiang2", True),  # tone numbers
        ("民富qq", True),  # mixed characters and initials
        ("mfq", False),  # one character short
        ("mfqqq", False),
        ("mfqx", False),
        ("minfuqu", False),
    ],
)
def test_pinyin_forms(typed: str, ok: bool) -> None:
    assert text_matches("民富区强", typed) is ok


@pytest.mark.parametrize("typed", ["zy", "cy", "zhongyao", "chongyao", "zhòngyào"])
def test_heteronyms_accept_every_reading(typed: str) -> None:
    assert text_matches("重要", typed)


def test_one_character_answers_need_the_whole_syllable() -> None:
    assert not text_matches("四", "s")  # 三 and 四 would both be "s"
    assert text_matches("四", "si")
    assert text_matches("四", "sì")
    assert not text_matches("四", "san")


def test_umlaut_as_v_or_u() -> None:
    assert text_matches("绿色", "lvse")
    assert text_matches("绿色", "luse")
    assert text_matches("绿色", "lǜsè")
    assert not text_matches("绿色", "hongse")


def test_pinyin_off_needs_characters() -> None:
    assert not text_matches("民富区强", "mfqq", pinyin=False)
    assert text_matches("民富区强", "“民富區強”", pinyin=False)


def test_cloze_single_blank_and_pinyin_switch(bank_questions: dict[str, Question]) -> None:
    q = bank_questions["五张名片/cloze/item-0"]
    assert grade(q, ["mfqq"]).correct
    assert not grade(q, ["mfqq"], pinyin=False).correct
    result = grade(q, ["民富县强"])
    assert result == grade(q, ["民富县强"])  # pure
    assert not result.correct and result.per_answer == (False,)
    assert result.expected == ("民富区强",) and result.given == ("民富县强",)


def test_order_free_blanks_any_order(bank_questions: dict[str, Question]) -> None:
    q = bank_questions["三重压力/cloze/all"]
    assert q.order_free
    assert grade(q, ["预期转弱", "需求收缩", "gjcj"]).correct
    twice = grade(q, ["需求收缩", "需求收缩", "预期转弱"])
    assert not twice.correct
    assert twice.per_answer == (True, False, True)  # one answer cannot fill two blanks


def test_ordered_blanks_must_keep_order() -> None:
    q = Question(id="q", type=QuestionType.CLOZE, formula_ids=("f",),
                 prompt="____、____", answers=("科创", "智造"))
    assert grade(q, ["科创", "智造"]).correct
    wrong = grade(q, ["智造", "科创"])
    assert not wrong.correct and wrong.per_answer == (False, False)
    assert grade(q, ["科创、智造"]).correct  # both typed in one box, split on 、
    assert grade(q, ["科创"]).per_answer == (True, False)  # a missing blank is wrong


def test_accepted_alternatives(bank_questions: dict[str, Question]) -> None:
    q = bank_questions["四个历城/cloze/count"]
    assert grade(q, ["四"]).correct
    assert grade(q, ["4"]).correct
    assert grade(q, ["４"]).correct  # full-width digit
    assert not grade(q, ["5"]).correct


def test_single_choice(bank_questions: dict[str, Question]) -> None:
    q = by_type(bank_questions, QuestionType.SINGLE_CHOICE)
    assert grade(q, ["A"]).correct
    assert grade(q, ["ａ"]).correct
    assert grade(q, [q.options[0]]).correct  # the option's own text
    assert not grade(q, ["B"]).correct
    assert not grade(q, ["AB"]).correct


def test_multiple_choice_needs_exactly_the_right_set(bank_questions: dict[str, Question]) -> None:
    q = by_type(bank_questions, QuestionType.MULTIPLE_CHOICE)
    assert q.answers == ("A", "C", "D")
    assert grade(q, ["A", "C", "D"]).correct
    assert grade(q, ["D", "A", "C"]).correct
    assert grade(q, ["A,C,D"]).correct
    missing = grade(q, ["A", "C"])
    assert not missing.correct
    assert missing.per_answer == (True, True, True, False, True)  # one per option A..E
    assert not grade(q, ["A", "B", "C", "D"]).correct


@pytest.mark.parametrize(
    ("given", "ok"),
    [("错", True), ("F", True), ("false", True), ("0", True), ("×", True),
     ("对", False), ("T", False), ("true", False), ("1", False), ("√", False), ("", False)],
)
def test_true_false_spellings(bank_questions: dict[str, Question], given: str, ok: bool) -> None:
    q = by_type(bank_questions, QuestionType.TRUE_FALSE)
    assert q.answers == ("错",)
    assert grade(q, [given]).correct is ok


def test_matching_per_pair(bank_questions: dict[str, Question]) -> None:
    q = by_type(bank_questions, QuestionType.MATCHING)
    assert grade(q, list(q.answers)).correct
    swapped = list(q.answers)
    swapped[0], swapped[1] = swapped[1], swapped[0]
    result = grade(q, swapped)
    assert result.per_answer == (False, False, True, True)
    letters = [chr(ord("A") + q.options.index(a)) for a in q.answers]
    assert grade(q, letters).correct  # letters naming the shown options


def test_ordering_per_position(bank_questions: dict[str, Question]) -> None:
    q = by_type(bank_questions, QuestionType.ORDERING)
    assert grade(q, ["载体建设", "项目招引", "产业培育"]).correct
    result = grade(q, ["载体建设", "产业培育", "项目招引"])
    assert result.per_answer == (True, False, False)


def test_suggested_ratings(bank_questions: dict[str, Question]) -> None:
    q = bank_questions["五张名片/cloze/item-0"]  # 4 characters: fast <= 4 s, slow > 18 s
    assert grade(q, ["错的"], elapsed_s=1).suggested == 1
    assert grade(q, ["民富区强"], elapsed_s=3).suggested == 4
    assert grade(q, ["民富区强"], elapsed_s=3, hinted=True).suggested == 2
    assert grade(q, ["民富区强"], elapsed_s=10).suggested == 3
    assert grade(q, ["民富区强"], elapsed_s=19).suggested == 2
    assert grade(q, ["民富区强"]).suggested == 3  # time not measured


def test_thresholds_grow_with_answer_length() -> None:
    assert suggest_rating(True, elapsed_s=10, hinted=False, answer_chars=4) == 3
    assert suggest_rating(True, elapsed_s=10, hinted=False, answer_chars=20) == 4
    assert suggest_rating(True, elapsed_s=30, hinted=False, answer_chars=4) == 2
    assert suggest_rating(True, elapsed_s=30, hinted=False, answer_chars=20) == 3


def test_grading_does_not_load_jieba_or_heavy_tables_at_import() -> None:
    code = (
        "import sys\n"
        "import quiz.core.review.grading\n"
        "print(sorted(m for m in ('jieba', 'pypinyin', 'zhconv') if m in sys.modules))\n"
        "from quiz.core.review.grading import text_matches\n"
        "text_matches('民富区强', 'mfqq')\n"
        "print('jieba' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split("\n")[:2] == ["[]", "False"]
