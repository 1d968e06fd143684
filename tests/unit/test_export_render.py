"""Rendering papers to page images, as a printer would see them.

Needs LibreOffice (`libreoffice-writer-nogui` or `libreoffice-writer`), poppler-utils and a
CJK font (`fonts-noto-cjk`); each test skips with the reason when one is missing.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from quiz.core.bank.io import load_bank
from quiz.core.export import AnswerMode, ExportOptions, Selection, run_export
from quiz.core.export.fonts import FontMissing, find_cjk_fonts


def _need(tool: str, package: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} missing (apt-get install {package})")
    return path


def _pages(pdf: Path, out: Path) -> list[Path]:
    pdftoppm = _need("pdftoppm", "poppler-utils")
    subprocess.run([pdftoppm, "-png", "-r", "50", str(pdf), str(out / "page")], check=True,
                   capture_output=True, timeout=120)
    return sorted(out.glob("page*.png"))


@pytest.mark.slow
def test_docx_converts_to_pdf_pages(small_bank_path: Path, tmp_path: Path) -> None:
    office = shutil.which("libreoffice") or shutil.which("soffice")
    if office is None:
        pytest.skip("LibreOffice missing (apt-get install libreoffice-writer-nogui)")
    bank = load_bank(small_bank_path)
    (paper,) = run_export(bank, "docx", tmp_path / "paper.docx", Selection(),
                          ExportOptions(answers=AnswerMode.APPENDED))
    profile = tmp_path / "lo-profile"
    subprocess.run(
        [office, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(paper)],
        check=True, capture_output=True, timeout=180,
    )
    pdf = tmp_path / "paper.pdf"
    assert pdf.exists()
    pages = _pages(pdf, tmp_path)
    assert len(pages) >= 2, "the appended key starts on a page of its own"
    assert all(p.stat().st_size > 1000 for p in pages)


def test_pdf_converts_to_pages(small_bank_path: Path, tmp_path: Path) -> None:
    try:
        find_cjk_fonts()
    except FontMissing:
        pytest.skip("no CJK font installed (apt-get install fonts-noto-cjk)")
    _need("pdftoppm", "poppler-utils")
    bank = load_bank(small_bank_path)
    (paper,) = run_export(bank, "pdf", tmp_path / "paper.pdf", Selection(),
                          ExportOptions(answers=AnswerMode.APPENDED))
    pages = _pages(paper, tmp_path)
    assert len(pages) >= 2
    assert all(p.stat().st_size > 1000 for p in pages)
