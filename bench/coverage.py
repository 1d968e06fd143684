"""How much of a real exam a generated bank tests: coverage against exam questions.

The exam questions (`tests/data/exam_questions.yaml`) name their report, their kind of
content (1 numbered formula, 2 unlabeled list, 3 key statement, 4 figure) and their
answer words. The bench generates a bank from those reports (`../shared/dev/texts`) and
counts a question as covered when one question of the bank, about the same report,
has every answer word among its own answers: a number equal to a number of the bank's
answer, a text held in one of its answer texts (a cloze's answers, a choice's correct
options, an ordering's items, a board's pairs). The baseline of the same run is the
bank the numbered formulas alone would give (the kinds the generator had before lists,
statements and targets).

Run: python bench/coverage.py [--texts DIR] [--fixture FILE] [--show]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quiz.core.bank.build import generate_steps  # noqa: E402
from quiz.core.extract import extract_formulas  # noqa: E402
from quiz.core.formula import FormulaKind  # noqa: E402
from quiz.core.model import LETTERS, Bank, Question, QuestionType  # noqa: E402
from quiz.core.text.corpus import Document, iter_documents  # noqa: E402
from quiz.core.text.yamlfile import read_yaml  # noqa: E402

FIXTURE = ROOT / "tests" / "data" / "exam_questions.yaml"
DEV_TEXTS = ROOT.parent / "shared" / "dev" / "texts"
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_MARKS = re.compile(r"[\s“”\"'‘’《》]")
BASELINE_KINDS = (FormulaKind.NUMBERED, FormulaKind.COMPOSITE)


@dataclass(frozen=True)
class ExamQuestion:
    doc: str
    kind: int
    origin: str
    answers: tuple[str, ...]
    question: str


def load_fixture(path: Path = FIXTURE) -> list[ExamQuestion]:
    data = read_yaml(path).data
    docs = data["docs"]
    return [ExamQuestion(doc=docs[q["doc"]], kind=int(q["kind"]), origin=str(q["origin"]),
                         answers=tuple(str(a) for a in q["answers"]),
                         question=str(q["question"])) for q in data["questions"]]


def answer_texts(question: Question) -> list[str]:
    """What a learner produces or picks to answer a bank question."""
    if question.variant == "not_member":
        return []  # its key is an outsider: the question does not teach those words
    if question.type in (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE):
        return [question.options[LETTERS.index(a)] for a in question.answers
                if a in LETTERS[: len(question.options)]]
    if question.type == QuestionType.MATCHING:
        return [text for pair in question.pairs for text in pair]
    if question.type == QuestionType.TRUE_FALSE:
        return []
    return list(question.answers)


def _clean(text: str) -> str:
    return _MARKS.sub("", text)


def tests_word(word: str, texts: Sequence[str]) -> bool:
    """Whether the bank question's answers hold the exam's answer word."""
    word = _clean(word)
    if _NUMBER.fullmatch(word):
        return any(float(n) == float(word) for t in texts for n in _NUMBER.findall(t))
    return len(word) >= 2 and any(word in _clean(t) for t in texts)


def _of_doc(exam: ExamQuestion, bank: Bank) -> list[Question]:
    docs = {f.id: f.doc for f in bank.formulas}
    return [q for q in bank.questions if any(docs.get(f) == exam.doc for f in q.formula_ids)]


def covered(exam: ExamQuestion, bank: Bank) -> Question | None:
    """The first bank question that tests every answer word of the exam question."""
    for question in _of_doc(exam, bank):
        texts = answer_texts(question)
        if texts and all(tests_word(w, texts) for w in exam.answers):
            return question
    return None


def covered_by_words(exam: ExamQuestion, bank: Bank) -> bool:
    """Whether each answer word is tested by some bank question on the same report
    (an exam question that asks two targets at once, as 1200万 and 5.5%, is covered
    by the two target questions of the bank)."""
    texts = [answer_texts(q) for q in _of_doc(exam, bank)]
    return all(any(t and tests_word(w, t) for t in texts) for w in exam.answers)


def bank_for(documents: Sequence[Document], kinds: Iterable[FormulaKind] | None = None) -> Bank:
    """The bank `quiz generate` makes of the documents (only `kinds`, when given)."""
    wanted = tuple(kinds) if kinds is not None else None

    def extract(document: Document) -> list[Any]:
        found = extract_formulas(document)
        return found if wanted is None else [f for f in found if f.kind in wanted]

    *_, last = generate_steps(documents, title="coverage", extract=extract)
    assert last.bank is not None
    return last.bank


def score(exams: Sequence[ExamQuestion], bank: Bank, *, by_words: bool = False
          ) -> dict[str, tuple[int, int]]:
    """Covered and total questions: kinds 1-2, kinds 3-4, all, and the exam-page ones."""
    groups = {"kinds 1-2": lambda e: e.kind <= 2, "kinds 3-4": lambda e: e.kind >= 3,
              "all": lambda e: True, "asked on an exam page": lambda e: e.origin == "exam"}
    hits = [covered_by_words(e, bank) if by_words else covered(e, bank) is not None
            for e in exams]
    return {name: (sum(h for e, h in zip(exams, hits, strict=True) if keep(e)),
                   sum(1 for e in exams if keep(e))) for name, keep in groups.items()}


def documents_of(exams: Sequence[ExamQuestion], texts: Path) -> list[Document]:
    names = sorted({e.doc for e in exams})
    return list(iter_documents([texts / name for name in names]))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=Path, default=DEV_TEXTS)
    parser.add_argument("--fixture", type=Path, default=FIXTURE)
    parser.add_argument("--show", action="store_true", help="list each exam question's fate")
    args = parser.parse_args(argv)
    exams = load_fixture(args.fixture)
    documents = documents_of(exams, args.texts)
    size = sum(len(d.text) for d in documents)
    baseline = bank_for(documents, BASELINE_KINDS)
    bank = bank_for(documents)
    print(f"{len(exams)} exam questions on {len(documents)} reports ({size:,} characters); "
          f"bank: {len(bank.questions)} questions "
          f"({1000 * len(bank.questions) / size:.1f} per 1,000 characters)")
    for by_words, heading in ((False, "one bank question holds every answer word"),
                              (True, "each answer word is tested by a bank question")):
        print(f"{heading}:")
        base_scores = score(exams, baseline, by_words=by_words)
        for name, (hit, total) in score(exams, bank, by_words=by_words).items():
            base_hit, _ = base_scores[name]
            print(f"  {name:>22}: {hit}/{total} = {hit / total:.0%}   "
                  f"(numbered formulas only: {base_hit}/{total} = {base_hit / total:.0%})")
    if args.show:
        for exam in exams:
            found = covered(exam, bank)
            print(f"{'+' if found else '-'} k{exam.kind} {exam.question}  "
                  f"{'/'.join(exam.answers)}  {found.id if found else ''}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
