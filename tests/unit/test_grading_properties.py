"""Properties of grading that must hold for any text, checked with hypothesis."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from pypinyin import Style, lazy_pinyin

from quiz.core.model import Question, QuestionType
from quiz.core.review.grading import grade, normalise, text_matches

# Characters from real formulas, heteronyms (重, 行, 长, 乐) included.
HANZI = "民富区强改革创新宜居宜业绿色美丽法治和谐科创智造文化品质需求收缩供给冲击预期转弱重行长乐"
phrases = st.text(alphabet=HANZI, min_size=2, max_size=12)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_normalise_is_idempotent(text: str) -> None:
    assert normalise(normalise(text)) == normalise(text)


@settings(max_examples=200, deadline=None)
@given(phrases)
def test_the_answer_itself_its_pinyin_and_its_initials_are_right(phrase: str) -> None:
    syllables = lazy_pinyin(phrase, style=Style.NORMAL)
    assert text_matches(phrase, phrase)
    assert text_matches(phrase, "".join(syllables))
    assert text_matches(phrase, " ".join(syllables).upper())
    assert text_matches(phrase, "".join(s[0] for s in syllables))
    assert not text_matches(phrase, "".join(syllables), pinyin=False)


@settings(max_examples=200, deadline=None)
@given(phrases, phrases)
def test_initials_of_a_shorter_or_longer_phrase_are_wrong(phrase: str, other: str) -> None:
    initials = "".join(s[0] for s in lazy_pinyin(other, style=Style.NORMAL))
    if len(other) != len(phrase):
        assert not text_matches(phrase, initials)


@settings(max_examples=100, deadline=None)
@given(st.lists(phrases, min_size=1, max_size=5, unique=True), st.randoms())
def test_order_free_blanks_accept_every_permutation(answers: list[str], rng) -> None:
    question = Question(
        id="q", type=QuestionType.CLOZE, formula_ids=("f",), prompt="____" * len(answers),
        answers=tuple(answers), order_free=True,
    )
    shuffled = list(answers)
    rng.shuffle(shuffled)
    assert grade(question, shuffled).correct
    assert grade(question, shuffled, pinyin=False).correct
