"""Rendering papers to page images, as a printer would see them.

Needs LibreOffice (`libreoffice-writer-nogui` or `libreoffice-writer`), poppler-utils and a
CJK font (`fonts-noto-cjk`); each test skips with the reason when one is missing.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from quiz.core.bank.io import load_bank
from quiz.core.export import AnswerMode, ExportOptions, Selection, run_export
from quiz.core.export.fonts import FontMissing, find_cjk_fonts
from quiz.core.model import BLANK
from quiz.paths import default_bank_path

DPI = 100
PX_PER_CELL = 6 / 72 * DPI  # a blank cell is half a 12 pt character: 6 pt


def _need(tool: str, package: str) -> str:
    path = shutil.which(tool)
    if path is None:
        pytest.skip(f"{tool} missing (apt-get install {package})")
    return path


def _pages(pdf: Path, out: Path, dpi: int = 50) -> list[Path]:
    pdftoppm = _need("pdftoppm", "poppler-utils")
    subprocess.run([pdftoppm, "-png", "-r", str(dpi), str(pdf), str(out / "page")], check=True,
                   capture_output=True, timeout=120)
    return sorted(out.glob("page*.png"))


def _page_texts(pdf: Path) -> list[str]:
    """The text of each page."""
    pdftotext = _need("pdftotext", "poppler-utils")
    raw = subprocess.run([pdftotext, "-layout", str(pdf), "-"], check=True, capture_output=True,
                         text=True, timeout=60).stdout
    return raw.split("\f")[:-1]  # every page ends with a form feed


def _to_pdf(docx: Path, out: Path) -> Path:
    office = shutil.which("libreoffice") or shutil.which("soffice")
    if office is None:
        pytest.skip("LibreOffice missing (apt-get install libreoffice-writer-nogui)")
    profile = out / "lo-profile"
    subprocess.run(
        [office, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(out), str(docx)],
        check=True, capture_output=True, timeout=180,
    )
    return out / f"{docx.stem}.pdf"


def horizontal_lines(page: Path, min_px: int) -> list[int]:
    """The lengths of the dark horizontal lines at least `min_px` long on a page image
    (a line two pixels thick counts once). Text strokes are shorter than two characters."""
    image = Image.open(page).convert("L").point(lambda v: 0 if v < 128 else 255)
    width, height = image.size
    data = image.tobytes()
    long_run = re.compile(rb"\x00{%d,}" % min_px)
    found: list[tuple[int, int, int]] = []  # (row, start, length)
    for y in range(height):
        for match in long_run.finditer(data, y * width, (y + 1) * width):
            start = match.start() - y * width
            if not any(y - row <= 2 and abs(start - x) <= 3 for row, x, _ in found[-8:]):
                found.append((y, start, match.end() - match.start()))
    return [length for _, _, length in found]


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
    texts = _page_texts(pdf)
    key_starts = next(i for i, text in enumerate(texts) if "参考答案与解析" in text)
    assert key_starts > 0 and "第1页" in texts[key_starts].replace(" ", "")
    bodies = [re.sub(r"第\s*\d+\s*页(\s*共\s*\d+\s*页)?", "", text) for text in texts]
    assert all(body.strip() for body in bodies), "a blank page"


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


@pytest.mark.slow
def test_docx_blanks_survive_every_line_end(tmp_path: Path) -> None:
    """Every blank of the default bank's 填空 prints, whole, wherever it falls on a line."""
    bank = load_bank(default_bank_path())
    (paper,) = run_export(bank, "docx", tmp_path / "cloze.docx", Selection.parse(["type=cloze"]),
                          ExportOptions(answers=AnswerMode.NONE))
    blanks = sum(q.prompt.count(BLANK) for q in bank.questions if q.type.value == "cloze")
    pages = _pages(_to_pdf(paper, tmp_path), tmp_path, dpi=DPI)
    lines = [n for page in pages for n in horizontal_lines(page, int(4 * PX_PER_CELL))]
    assert len(lines) == blanks + 3  # and 姓名 单位 得分
    narrowest = min(lines)
    assert narrowest >= 10 * PX_PER_CELL - 2, f"a blank shrank to {narrowest} px"


def test_html_print_keeps_matching_entries_on_one_line(tmp_path: Path) -> None:
    """Chromium prints the HTML paper; every 连线 left entry stays whole on its line."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("chromium missing (apt-get install chromium)")
    pdftotext = _need("pdftotext", "poppler-utils")
    from click.testing import CliRunner

    from quiz.cli import main

    bank = load_bank(default_bank_path())
    result = CliRunner().invoke(main, ["export", str(default_bank_path()), "-f", "html",
                                       "-o", str(tmp_path / "paper.html"),
                                       "--count", "matching=3"])
    assert result.exit_code == 0, result.output
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu",
                    f"--print-to-pdf={tmp_path / 'paper.pdf'}", "--no-pdf-header-footer",
                    (tmp_path / "paper.html").as_uri()],
                   check=True, capture_output=True, timeout=120)
    text = subprocess.run([pdftotext, "-layout", str(tmp_path / "paper.pdf"), "-"],
                          check=True, capture_output=True, text=True, timeout=60).stdout
    lefts = [q.pairs for q in bank.questions if q.type.value == "matching"]
    entries = {left for pairs in lefts for left, _ in pairs}
    printed = [e for e in entries if e in text]
    assert printed, "no matching question printed"
    for entry in printed:
        assert any(entry in line for line in text.splitlines()), entry
