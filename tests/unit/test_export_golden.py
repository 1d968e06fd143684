"""Golden files for every export format, made from the small fixed bank.

Each export is turned into stable text (volatile parts such as zip dates, PDF creation
times and page counts are left out) and compared with `tests/golden/export/`. After an
intended change, regenerate the golden files and review the diff:

    QUIZ_UPDATE_GOLDEN=1 python -m pytest -q tests/unit/test_export_golden.py
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from openpyxl import load_workbook

from quiz.core.bank.io import load_bank
from quiz.core.export import AnswerMode, ExportOptions, Selection, run_export
from quiz.core.export.fonts import FontMissing, find_cjk_fonts

GOLDEN = Path(__file__).resolve().parent.parent / "golden" / "export"
UPDATE = os.environ.get("QUIZ_UPDATE_GOLDEN") == "1"
PAPER_OPTIONS = ExportOptions(time_minutes=60, answers=AnswerMode.SEPARATE)


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.write_text(text, encoding="utf-8")
        return
    assert path.exists(), f"missing golden file {path}; run with QUIZ_UPDATE_GOLDEN=1"
    assert text == path.read_text(encoding="utf-8"), f"{name} differs from its golden file"


def export(small_bank_path: Path, tmp_path: Path, fmt: str, name: str,
           options: ExportOptions = PAPER_OPTIONS) -> list[Path]:
    bank = load_bank(small_bank_path)
    return run_export(bank, fmt, tmp_path / name, Selection(), options)


def docx_text(path: Path) -> str:
    """Paragraphs (blanks as [___], bold as **, tabs kept; a line break inside a paragraph
    ends a line),
    tables as rows, page breaks, and the footer's fields."""
    document = Document(str(path))
    lines = []
    body = document.element.body
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            parts = []
            for run in child.iter(qn("w:r")):
                text = "".join("\t" if el.tag == qn("w:tab") else el.text or ""
                               for el in run.iter(qn("w:t"), qn("w:tab")))
                breaks = [b.get(qn("w:type")) for b in run.iter(qn("w:br"))]
                if "page" in breaks:
                    parts.append("<page break>")
                elif breaks:
                    text += "\n"  # a line break inside the paragraph
                props = run.find(qn("w:rPr"))
                if props is not None and props.find(qn("w:u")) is not None:
                    text = f"[{'_' * len(text)}]"
                elif props is not None and props.find(qn("w:b")) is not None and text:
                    text = f"**{text}**"
                parts.append(text)
            lines.append("".join(parts))
        elif child.tag == qn("w:tbl"):
            for row in child.iter(qn("w:tr")):
                cells = ["".join(t.text or "" for t in cell.iter(qn("w:t")))
                         for cell in row.iter(qn("w:tc"))]
                lines.append("| " + " | ".join(cells) + " |")
    footer = document.sections[0].footer._element
    codes = " ".join((c.text or "").strip() for c in footer.iter(qn("w:instrText")))
    lines.append(f"footer fields: {codes}")
    return "\n".join(lines) + "\n"


def xlsx_text(path: Path) -> str:
    sheet = load_workbook(str(path)).active
    rows = ["\t".join("" if v is None else str(v) for v in row)
            for row in sheet.iter_rows(values_only=True)]
    return f"sheet: {sheet.title}\n" + "\n".join(rows) + "\n"


def apkg_text(path: Path, tmp_path: Path) -> str:
    """Decks, models and notes from the package's collection (ids of notes vary)."""
    with zipfile.ZipFile(path) as archive:
        archive.extract("collection.anki2", tmp_path)
    connection = sqlite3.connect(tmp_path / "collection.anki2")
    try:
        import json

        decks, models = connection.execute("select decks, models from col").fetchone()
        lines = [f"deck {d['id']}: {d['name']}" for d in json.loads(decks).values()
                 if d["name"] != "Default"]
        for model in json.loads(models).values():
            fields = ", ".join(f["name"] for f in model["flds"])
            lines.append(f"model {model['id']}: {model['name']} (type {model['type']}): {fields}")
        for guid, mid, flds, tags in connection.execute(
            "select guid, mid, flds, tags from notes order by sfld, guid"
        ):
            lines.append(f"note {guid} model {mid} tags [{tags.strip()}]")
            lines += [f"  {field}" for field in flds.split("\x1f")]
    finally:
        connection.close()
    return "\n".join(lines) + "\n"


def pdf_text(path: Path) -> str:
    """The PDF's text without page footers, re-wrapped (line breaks depend on the font)."""
    raw = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True,
                         text=True, check=True).stdout
    raw = re.sub(r"第 \d+ 页 共 \d+ 页", "", raw)
    flat = re.sub(r"\s+", "", raw)
    return "\n".join(flat[i:i + 60] for i in range(0, len(flat), 60)) + "\n"


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_text_papers_match_golden(fmt: str, small_bank_path: Path, tmp_path: Path) -> None:
    paper, key = export(small_bank_path, tmp_path, fmt, f"paper.{fmt}")
    assert key.name == f"paper-答案.{fmt}"
    check_golden(f"paper.{fmt}", paper.read_text(encoding="utf-8"))
    check_golden(f"paper-key.{fmt}", key.read_text(encoding="utf-8"))


def test_variant_paper_matches_golden(small_bank_path: Path, tmp_path: Path) -> None:
    options = ExportOptions(variants=("A", "B"), seed=3, answers=AnswerMode.APPENDED)
    written = export(small_bank_path, tmp_path, "md", "paper.md", options)
    assert [p.name for p in written] == ["paper-A.md", "paper-B.md"]
    check_golden("paper-B-appended.md", written[1].read_text(encoding="utf-8"))


def test_docx_matches_golden(small_bank_path: Path, tmp_path: Path) -> None:
    paper, key = export(small_bank_path, tmp_path, "docx", "paper.docx")
    check_golden("paper.docx.txt", docx_text(paper))
    check_golden("paper-key.docx.txt", docx_text(key))


def test_pdf_matches_golden(small_bank_path: Path, tmp_path: Path) -> None:
    try:
        find_cjk_fonts()
    except FontMissing:
        pytest.skip("no CJK font installed (apt-get install fonts-noto-cjk)")
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext missing (apt-get install poppler-utils)")
    paper, key = export(small_bank_path, tmp_path, "pdf", "paper.pdf")
    check_golden("paper.pdf.txt", pdf_text(paper))
    check_golden("paper-key.pdf.txt", pdf_text(key))


@pytest.mark.parametrize(
    ("fmt", "name", "golden"),
    [("gift", "bank.gift.txt", "bank.gift.txt"), ("moodle-xml", "bank.xml", "bank.xml")],
)
def test_moodle_files_match_golden(fmt: str, name: str, golden: str, small_bank_path: Path,
                                   tmp_path: Path) -> None:
    (path,) = export(small_bank_path, tmp_path, fmt, name, ExportOptions())
    check_golden(golden, path.read_text(encoding="utf-8"))


def test_csv_matches_golden(small_bank_path: Path, tmp_path: Path) -> None:
    (path,) = export(small_bank_path, tmp_path, "csv", "bank.csv", ExportOptions())
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf"), "Excel needs the UTF-8 byte-order mark"
    text = data.decode("utf-8-sig")
    assert text.count("\r\n") == 9, "one CRLF-ended line per question plus the header"
    check_golden("bank.csv", text.replace("\r\n", "\n"))


def test_xlsx_matches_golden(small_bank_path: Path, tmp_path: Path) -> None:
    (path,) = export(small_bank_path, tmp_path, "xlsx", "bank.xlsx", ExportOptions())
    check_golden("bank.xlsx.txt", xlsx_text(path))


def test_apkg_matches_golden(small_bank_path: Path, tmp_path: Path) -> None:
    (path,) = export(small_bank_path, tmp_path, "apkg", "bank.apkg", ExportOptions())
    check_golden("bank.apkg.txt", apkg_text(path, tmp_path))
