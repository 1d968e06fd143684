"""Coverage of real exam questions by the bank generated from the same reports
(bench/coverage.py): the fixture is sound, the scoring counts what it says, and the bank
reaches the bar (60% of kinds 1-2, 35% of all)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from quiz.core.model import Question, QuestionType
from quiz.core.text.yamlfile import read_yaml

ROOT = Path(__file__).parents[2]
FIXTURE = ROOT / "tests" / "data" / "exam_questions.yaml"
DEV_TEXTS = ROOT.parent / "shared" / "dev" / "texts"


def _bench():
    spec = importlib.util.spec_from_file_location("coverage_bench", ROOT / "bench" / "coverage.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


coverage = _bench()
needs_texts = pytest.mark.skipif(not DEV_TEXTS.is_dir(), reason="the development texts are not here")


def test_every_fixture_question_cites_a_public_page() -> None:
    data = read_yaml(FIXTURE).data
    sources = data["sources"]
    assert all(str(url).startswith("http") for url in sources.values())
    assert len(data["questions"]) >= 30
    for question in data["questions"]:
        assert question["source"] in sources and question["origin"] in ("exam", "page")
        assert question["kind"] in (1, 2, 3, 4) and question["answers"]


@needs_texts
def test_every_answer_stands_in_its_report() -> None:
    for exam in coverage.load_fixture():
        text = (DEV_TEXTS / exam.doc).read_text(encoding="utf-8")
        for answer in exam.answers:
            assert answer in text, (exam.question, answer)


def _cloze(answers: tuple[str, ...], variant: str = "item") -> Question:
    return Question(id="q", type=QuestionType.CLOZE, formula_ids=("f",), prompt="____",
                    answers=answers, variant=variant)


def test_numbers_match_as_numbers_and_texts_by_containment() -> None:
    assert coverage.tests_word("5", ["5"]) and coverage.tests_word("5", ["5.0%"])
    assert not coverage.tests_word("5", ["1.5"]) and not coverage.tests_word("5", ["15"])
    assert coverage.tests_word("科学性和真理性", ["马克思主义的科学性和真理性在中国得到充分检验"])
    assert not coverage.tests_word("民", ["人民"])  # one character says nothing
    outsider = Question(id="q", type=QuestionType.SINGLE_CHOICE, formula_ids=("f",),
                        prompt="p", answers=("A",), options=("绿色金融", "甲", "乙", "丙"),
                        variant="not_member")
    assert coverage.answer_texts(outsider) == []  # an outsider key teaches nothing
    assert coverage.answer_texts(_cloze(("自我净化",))) == ["自我净化"]


@needs_texts
def test_the_generated_bank_reaches_the_coverage_bar(capsys: pytest.CaptureFixture[str]) -> None:
    exams = coverage.load_fixture()
    bank = coverage.bank_for(coverage.documents_of(exams, DEV_TEXTS))
    scores = coverage.score(exams, bank)
    with capsys.disabled():
        print({name: f"{hit}/{total}" for name, (hit, total) in scores.items()})
    hit, total = scores["kinds 1-2"]
    assert hit / total >= 0.60
    hit, total = scores["all"]
    assert hit / total >= 0.35
