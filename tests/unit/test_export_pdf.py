"""PDF papers: an embedded CJK font, or a clear refusal that leaves no file."""

from __future__ import annotations

from pathlib import Path

import pytest

from quiz.core.bank.io import load_bank
from quiz.core.export import ExportOptions, Selection, run_export
from quiz.core.export.fonts import FontMissing, find_cjk_fonts


def test_without_a_cjk_font_pdf_names_the_package_and_writes_nothing(
    small_bank_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "no-fonts"
    empty.mkdir()
    monkeypatch.setenv("QUIZ_FONT_DIRS", str(empty))
    out = tmp_path / "out"
    out.mkdir()
    bank = load_bank(small_bank_path)
    with pytest.raises(FontMissing, match="fonts-noto-cjk"):
        run_export(bank, "pdf", out / "卷.pdf", Selection(), ExportOptions())
    assert list(out.iterdir()) == []
    written = run_export(bank, "html", out / "卷.html", Selection(), ExportOptions())
    assert [p.name for p in written] == ["卷.html", "卷-答案.html"]


def test_font_search_prefers_simplified_chinese_faces() -> None:
    try:
        body, heading = find_cjk_fonts()
    except FontMissing:
        pytest.skip("no CJK font installed (apt-get install fonts-noto-cjk)")
    assert body.path.exists() and heading.path.exists()
    if body.path.suffix.lower() == ".ttc" and "Noto" in body.path.name:
        from fontTools.ttLib import TTCollection

        with TTCollection(str(body.path), lazy=True) as collection:
            family = collection.fonts[body.index]["name"].getDebugName(1)
        assert family.endswith(" SC"), family


def test_pdf_embeds_its_font(small_bank_path: Path, tmp_path: Path) -> None:
    try:
        find_cjk_fonts()
    except FontMissing:
        pytest.skip("no CJK font installed (apt-get install fonts-noto-cjk)")
    bank = load_bank(small_bank_path)
    paper, key = run_export(bank, "pdf", tmp_path / "卷.pdf", Selection(), ExportOptions())
    data = paper.read_bytes()
    assert data.startswith(b"%PDF-")
    assert b"/FontFile" in data, "the CJK font must be embedded"
    assert b"/ToUnicode" in data, "text must stay searchable and copyable"
    assert key.read_bytes().startswith(b"%PDF-")
