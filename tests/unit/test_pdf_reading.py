"""PDFs made from the corpus give the same formulas as the corpus text files.

The PDFs are set the way reports are printed (a CJK font, paragraphs indented by two
full-width spaces, a running header, a footer line and a page number on every page);
one is a single-column report, one a two-column newspaper page. Making them embeds a
subset of a large CJK font, so each is made once per test session.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from pdf_samples import cjk_font, make_report_pdf

from quiz.cli import main
from quiz.core.text.corpus import iter_documents, read_document

ROOT = Path(__file__).resolve().parents[2]
REPORT = "001_af2775b9a86472cc"  # 聊城市第十四次党代会报告: headings, page breaks mid-sentence
NEWS = "002_a0322750131d4922"  # 聊城日报: a newspaper page, set here in two columns
FONT = cjk_font()

pytestmark = pytest.mark.skipif(
    FONT is None, reason="no CJK font installed (apt-get install fonts-noto-cjk)"
)


@pytest.fixture(scope="module")
def pdf_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The two corpus texts as PDFs, in a folder without a manifest."""
    assert FONT is not None
    folder = tmp_path_factory.mktemp("pdf")
    report = (ROOT / "corpus" / f"{REPORT}.txt").read_text(encoding="utf-8")
    news = (ROOT / "corpus" / f"{NEWS}.txt").read_text(encoding="utf-8")
    (folder / f"{REPORT}.pdf").write_bytes(
        make_report_pdf(report, FONT, title="聊城市第十四次党代会报告"))
    (folder / f"{NEWS}.pdf").write_bytes(make_report_pdf(news, FONT, columns=2))
    return folder


def _formulas(path: Path) -> list[tuple]:
    result = CliRunner().invoke(main, ["extract", str(path), "--json"])
    assert result.exit_code == 0, result.stderr
    return [(d["label"], json.dumps(d["count"]), d["items"], d["kind"], d["complete"])
            for d in json.loads(result.stdout)]


@pytest.mark.parametrize("name", [REPORT, NEWS], ids=["one-column", "two-columns"])
def test_pdf_gives_the_same_formulas_and_items_as_the_text(pdf_dir: Path, name: str) -> None:
    from_pdf = _formulas(pdf_dir / f"{name}.pdf")
    assert from_pdf  # the comparison below means something only if formulas are found
    assert from_pdf == _formulas(ROOT / "corpus" / f"{name}.txt")


@pytest.mark.parametrize("name", [REPORT, NEWS], ids=["one-column", "two-columns"])
def test_page_furniture_is_gone_and_the_paragraphs_are_whole(pdf_dir: Path, name: str) -> None:
    doc = read_document(pdf_dir / f"{name}.pdf")
    for furniture in ("聊城日报  2023年", "星期五", "责任编辑", "本报地址", "- 2 -"):
        assert furniture not in doc.text
    from_text = read_document(ROOT / "corpus" / f"{name}.txt").text
    # Every paragraph of the cleaned text file comes back whole from the PDF: split
    # by no page break and, on the newspaper page, by no column break.
    pdf_paragraphs = {p for p in doc.text.split("\n") if p.strip()}
    long_paragraphs = [p for p in from_text.split("\n") if len(p) > 80]
    assert long_paragraphs
    assert [p[:30] for p in long_paragraphs if p not in pdf_paragraphs] == []


def test_two_columns_read_in_order(pdf_dir: Path) -> None:
    doc = read_document(pdf_dir / f"{NEWS}.pdf")
    # the sentence that runs from the foot of the left column to the top of the right one
    assert "精准高效做好招商引资工作,靶向要准" in doc.text
    assert doc.text.index("本报讯") < doc.text.index("李长萍指出") < doc.text.index("李长萍强调")


def test_evidence_offsets_point_into_the_cleaned_text(pdf_dir: Path) -> None:
    result = CliRunner().invoke(main, ["extract", str(pdf_dir / f"{REPORT}.pdf"), "--json"])
    doc = read_document(pdf_dir / f"{REPORT}.pdf")
    for formula in json.loads(result.stdout):
        start, end = formula["span"]
        first = formula["evidence"].split("……")[0]
        assert doc.text[start:start + len(first)] == first
        assert end <= len(doc.text)
        # and back to the text as read from the PDF
        assert doc.source_text[doc.source_offset(start)] == doc.text[start]


def test_citation_from_the_title_metadata_or_the_first_heading(pdf_dir: Path) -> None:
    titles = {doc.name: doc.title for doc in iter_documents([pdf_dir])}
    assert titles[f"{REPORT}.pdf"] == "聊城市第十四次党代会报告"  # set as PDF metadata
    assert titles[f"{NEWS}.pdf"].startswith("习近平对深入开展学雷锋活动")  # its headline


def test_a_manifest_title_wins(pdf_dir: Path, tmp_path: Path) -> None:
    (tmp_path / "r.pdf").write_bytes((pdf_dir / f"{NEWS}.pdf").read_bytes())
    (tmp_path / "manifest.yaml").write_text(
        "documents:\n  r.pdf:\n    title: 聊城日报(2023年2月24日)\n", encoding="utf-8")
    assert read_document(tmp_path / "r.pdf").title == "聊城日报(2023年2月24日)"


def test_a_directory_scan_takes_pdf_files(pdf_dir: Path) -> None:
    assert {doc.name for doc in iter_documents([pdf_dir])} == {f"{REPORT}.pdf", f"{NEWS}.pdf"}
