"""The committed default bank: up to date with corpus/ and the generator, and complete.

These tests run the real reader and extractor over corpus/, so they fail when either the
corpus or the generator changed and `quiz generate` was not rerun.
"""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest
import yaml

from quiz.core.bank.build import default_title, generate_steps, normalised_label
from quiz.core.bank.check import check_text
from quiz.core.bank.io import dump_bank, load_bank
from quiz.core.bank.merge import fingerprint
from quiz.core.model import Bank, QuestionType
from quiz.core.questions.board_giveaways import echoes_label
from quiz.core.questions.choice import sibling_items
from quiz.core.text.corpus import iter_documents

ROOT = Path(__file__).parents[2]
CORPUS = ROOT / "corpus"
DEFAULT_BANK = ROOT / "question_banks" / "default.yaml"
SEEDS = Path(__file__).parents[2].parent / "shared/gold/seeds.yaml"
CHOICE = {QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE}


def generate(corpus: Path, existing: Bank | None = None) -> Bank:
    documents = list(iter_documents([corpus]))
    title = existing.title if existing else default_title(DEFAULT_BANK)
    *_, last = generate_steps(documents, title=title, existing=existing)
    assert last.bank is not None
    return last.bank


@pytest.fixture(scope="module")
def regenerated() -> Bank:
    existing = load_bank(DEFAULT_BANK) if DEFAULT_BANK.exists() else None
    return generate(CORPUS, existing)


def test_default_bank_is_up_to_date(regenerated: Bank) -> None:
    assert DEFAULT_BANK.exists(), "question_banks/default.yaml is missing: run `quiz generate`"
    committed = DEFAULT_BANK.read_text(encoding="utf-8")
    assert dump_bank(regenerated) == committed, (
        "question_banks/default.yaml is out of date with corpus/ or the generator: "
        "run `quiz generate` and commit the result"
    )


def test_every_question_of_the_default_bank_holds_the_invariants(regenerated: Bank) -> None:
    report = check_text(dump_bank(regenerated), "default.yaml")
    assert [str(p) for p in report.problems] == []
    assert all(report.counts[t.value] > 0 for t in QuestionType)


def test_every_seed_formula_has_a_cloze_a_choice_and_a_board(regenerated: Bank) -> None:
    if not SEEDS.exists():
        pytest.skip(f"the gold seeds are not at {SEEDS}")
    seeds = yaml.safe_load(SEEDS.read_text(encoding="utf-8"))["formulas"]
    missing = []
    by_id = {f.id: f for f in regenerated.formulas}
    boarded = {by_id[fid].doc for q in regenerated.questions if q.type == QuestionType.MATCHING
               for fid in q.formula_ids if fid in by_id}
    for seed in seeds:
        formula_id = f"{Path(seed['doc']).stem}/{normalised_label(str(seed['label']))}"
        types = {q.type for q in regenerated.questions if formula_id in q.formula_ids}
        boards = [q for q in regenerated.questions
                  if q.type == QuestionType.MATCHING and formula_id in q.formula_ids]
        # A composite's parts announce their counts (1+5+9+1: 一个…, 五张…), so an outsider
        # part gives itself away unless the report has one of the same count: a statement
        # to judge or an order to restore stands in for the choice.
        # A list of two has no wrong order but one, and a distractor must be of its items'
        # shape (两大定位: both open with 国内): with none in the report, a statement stands in.
        formula = regenerated.formula(formula_id)
        asked = CHOICE | ({QuestionType.TRUE_FALSE, QuestionType.ORDERING}
                          if getattr(formula, "kind", "") == "composite"
                          else {QuestionType.TRUE_FALSE} if formula and len(formula.items) < 3
                          else set())
        # A formula each of whose items holds a word or character of its label (三提三敢:
        # 提标…敢争先; 四个谈: 专题研讨谈…; 三区建设: …园区、高铁新区) is joined at sight on
        # any board: it may sit on none.
        # A composite whose parts are in the bank stays off their boards (宜居宜业 would
        # belong to 五张名片 and to 1+5+9+1 alike).
        # A report with fewer than four formulas fit for a board has none (pooled with
        # another report's, labels join their items by subject at sight); where a report
        # has boards, each of its formulas fit for one is on one.
        exempt = formula is not None and (all(
            echoes_label(formula.label, item) for item in formula.items)
            or any(f.parent == formula_id for f in regenerated.formulas)
            or formula.doc not in boarded)
        # A list of two whose report says nothing else on its subject (两个大局) has no
        # fair false statement: it is asked as cloze only.
        unasked = formula is not None and len(formula.items) < 3 and not sibling_items(
            formula, [f for f in regenerated.formulas if f.id != formula_id])
        if (QuestionType.CLOZE not in types or not (types & asked or unasked)
                or not (boards or exempt)):
            missing.append(f"{formula_id}: {sorted(types)}")
    assert missing == []
    assert len(seeds) >= 25


def _copy_corpus(tmp_path: Path) -> Path:
    target = tmp_path / "corpus"
    shutil.copytree(CORPUS, target)
    return target


def test_an_unrelated_corpus_edit_keeps_every_id(tmp_path: Path) -> None:
    corpus = _copy_corpus(tmp_path)
    before = generate(corpus)
    report = corpus / "001_af2775b9a86472cc.txt"
    report.write_text(report.read_text(encoding="utf-8") + "\n会议强调,要持续改进工作作风。\n",
                      encoding="utf-8")
    after = generate(corpus)
    assert [q.id for q in after.questions] == [q.id for q in before.questions]
    assert [f.id for f in after.formulas] == [f.id for f in before.formulas]


def test_editing_one_formula_keeps_every_other_id(tmp_path: Path) -> None:
    corpus = _copy_corpus(tmp_path)
    before = generate(corpus)
    report = corpus / "004_54d0cbe4cf41eb1c.txt"
    text = report.read_text(encoding="utf-8")
    assert text.count("需求收缩、供给冲击、预期转弱") == 1
    report.write_text(text.replace("需求收缩、供给冲击、预期转弱", "需求收缩、供给冲击、预期减弱"),
                      encoding="utf-8")
    after = generate(corpus)
    edited = "004_54d0cbe4cf41eb1c/三重压力"
    assert after.formula(edited) is not None and "预期减弱" in after.formula(edited).items
    lost = {q.id for q in before.questions} - {q.id for q in after.questions}
    assert {i for i in lost if not i.startswith(edited + "/")} == set()


def test_correct_answers_of_the_default_bank_land_on_every_letter(regenerated: Bank) -> None:
    # how evenly and in what order: tests/unit/test_answer_positions.py (chi-square, runs)
    singles = Counter(q.answers[0] for q in regenerated.questions
                      if q.type == QuestionType.SINGLE_CHOICE)
    assert set(singles) == set("ABCD")
    multi = [q for q in regenerated.questions if q.type == QuestionType.MULTIPLE_CHOICE]
    assert all(len(q.answers) < len(q.options) for q in multi)
    correct = Counter(letter for q in multi for letter in q.answers)
    assert set(correct) == {letter for q in multi for letter in "ABCDE"[: len(q.options)]}


def test_the_committed_bank_reads_back_as_unedited() -> None:
    # Every entry must match its fingerprint after a YAML round trip; otherwise the next
    # corpus change would be taken for a clash with hand edits.
    bank = load_bank(DEFAULT_BANK)
    prints = bank.meta["generated"]
    entries = [*bank.formulas, *bank.questions]
    assert len(prints) == len(entries)
    assert [e.id for e in entries if prints.get(e.id) != fingerprint(e)] == []
