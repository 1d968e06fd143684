"""Anki decks: imported with the `anki` package, notes keep their GUIDs across exports."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import genanki
import genanki.package
import pytest

from quiz.core.bank.io import load_bank
from quiz.core.export import ExportOptions, Selection, run_export
from quiz.core.model import Question

anki_collection = pytest.importorskip("anki.collection", reason="the anki package is not installed")
anki_importing = pytest.importorskip("anki.importing")


def _import(collection, package: Path) -> None:
    options = anki_importing.ImportAnkiPackageOptions(
        merge_notetypes=True, update_notes=1, update_notetypes=1, with_scheduling=False,
    )
    request = anki_importing.ImportAnkiPackageRequest(package_path=str(package), options=options)
    collection.import_anki_package(request)


def _guid(title: str, question_id: str) -> str:
    return genanki.guid_for("quiz-bank", title, question_id)


def _notes(collection) -> dict[str, object]:
    notes = (collection.get_note(nid) for nid in collection.find_notes(""))
    return {note.guid: note for note in notes}


def test_deck_imports_into_anki_with_stable_guids(
    small_bank_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bank = load_bank(small_bank_path)
    (package,) = run_export(bank, "apkg", tmp_path / "deck.apkg", Selection(), ExportOptions())
    collection = anki_collection.Collection(str(tmp_path / "collection.anki2"))
    try:
        _import(collection, package)
        notes = _notes(collection)
        assert collection.note_count() == len(bank.questions) == 8
        assert set(notes) == {_guid(bank.title, q.id) for q in bank.questions}
        cloze = notes[_guid(bank.title, "004_54d0cbe4cf41eb1c/三重压力/cloze/all")]
        assert cloze.note_type()["type"] == 1  # Anki's cloze note type
        assert cloze["Text"] == "我国经济面临{{c1::需求收缩}}、{{c1::供给冲击}}、{{c1::预期转弱}}三重压力"
        choice = notes[_guid(bank.title, "004_54d0cbe4cf41eb1c/四个历城/multiple_choice/members")]
        assert choice["Answer"].startswith("ACD")
        assert "<br>E. 开放" in choice["Question"]
        assert "第十五次党代会报告" in choice["Explanation"]
        assert "quiz::multiple_choice" in choice.tags
        assert "doc::济南市历城区第十五次党代会报告(2022年2月)" in choice.tags

        # Re-exporting (with a corrected prompt) updates notes instead of adding copies.
        first = bank.questions[0]
        fixed = replace(first, prompt=first.prompt.replace("打造", "着力打造"))
        edited = replace(bank, questions=(fixed, *bank.questions[1:]))
        # Anki updates a note only when the incoming copy is newer; a real re-export comes
        # later, so stamp this one a minute ahead instead of waiting.
        later = time.time() + 60
        monkeypatch.setattr(genanki.package, "time", SimpleNamespace(time=lambda: later))
        (again,) = run_export(edited, "apkg", tmp_path / "deck2.apkg", Selection(), ExportOptions())
        _import(collection, again)
        assert collection.note_count() == 8
        updated = _notes(collection)[_guid(bank.title, first.id)]
        assert updated["Text"].startswith("着力打造{{c1::民富区强}}")
    finally:
        collection.close()


def test_html_in_report_text_is_escaped(small_bank_path: Path, tmp_path: Path) -> None:
    bank = load_bank(small_bank_path)
    question: Question = replace(bank.questions[5], prompt="<b>三重压力</b> & 其他")
    only = replace(bank, questions=(question,))
    (package,) = run_export(only, "apkg", tmp_path / "deck.apkg", Selection(), ExportOptions())
    collection = anki_collection.Collection(str(tmp_path / "c.anki2"))
    try:
        _import(collection, package)
        (note,) = _notes(collection).values()
        assert note["Question"] == "&lt;b&gt;三重压力&lt;/b&gt; &amp; 其他"
    finally:
        collection.close()


def test_two_banks_with_the_same_ids_keep_their_own_notes(
    small_bank_path: Path, tmp_path: Path
) -> None:
    """A second bank (here a retitled copy with other prompts) adds notes of its own
    instead of overwriting the first bank's notes that share question ids."""
    first = load_bank(small_bank_path)
    copy = replace(first, title="另一个题库",
                   questions=tuple(replace(q, prompt="另:" + q.prompt) for q in first.questions))
    (one,) = run_export(first, "apkg", tmp_path / "one.apkg", Selection(), ExportOptions())
    (two,) = run_export(copy, "apkg", tmp_path / "two.apkg", Selection(), ExportOptions())
    collection = anki_collection.Collection(str(tmp_path / "collection.anki2"))
    try:
        _import(collection, one)
        _import(collection, two)
        assert collection.note_count() == 2 * len(first.questions)
        mine = [n for n in _notes(collection).values()
                if n.guid in {_guid(first.title, q.id) for q in first.questions}]
        assert len(mine) == len(first.questions)
        assert not any("另:" in field for note in mine for field in note.fields)
        # Importing the first bank again still updates in place.
        _import(collection, one)
        assert collection.note_count() == 2 * len(first.questions)
    finally:
        collection.close()


def test_document_names_with_spaces_become_valid_tags(
    small_bank_path: Path, tmp_path: Path
) -> None:
    bank = load_bank(small_bank_path)
    spaced = tuple(replace(f, doc="历城区 党代会 报告.txt", source='历城区 "党代会" 报告: 2022')
                   for f in bank.formulas)
    (package,) = run_export(replace(bank, formulas=spaced), "apkg", tmp_path / "deck.apkg",
                            Selection(), ExportOptions())
    collection = anki_collection.Collection(str(tmp_path / "c.anki2"))
    try:
        _import(collection, package)
        tags = {t for note in _notes(collection).values() for t in note.tags}
        assert "doc::历城区_党代会_报告：_2022" in tags
        assert not any(" " in t for t in tags)
    finally:
        collection.close()
