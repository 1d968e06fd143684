"""Word papers: East Asian fonts on every run, A4 margins, page numbers, the layout."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_SECTION
from docx.oxml.ns import qn
from docx.shared import RGBColor

from quiz.core.bank.io import load_bank
from quiz.core.export import AnswerMode, ExportOptions, Selection, run_export


def _export(small_bank_path: Path, tmp_path: Path, **options) -> list[Path]:
    bank = load_bank(small_bank_path)
    return run_export(bank, "docx", tmp_path / "卷.docx", Selection(), ExportOptions(**options))


def _runs(element):
    return list(element.iter(qn("w:r")))


def test_every_run_has_an_east_asian_font(small_bank_path: Path, tmp_path: Path) -> None:
    """宋体 comes from the Normal style; a run in another face (黑体) names it; a run with
    quotation marks carries the eastAsia hint so they print full-width."""
    paper, key = _export(small_bank_path, tmp_path)
    for path in (paper, key):
        document = Document(str(path))
        normal = document.styles["Normal"].element.rPr.rFonts
        assert normal.get(qn("w:eastAsia")) == "宋体"
        assert normal.get(qn("w:hint")) == "eastAsia"
        parts = [document.element.body, document.sections[0].footer._element]
        runs = [run for part in parts for run in _runs(part)]
        assert len(runs) > 40
        for run in runs:
            props = run.find(qn("w:rPr"))
            fonts = props.find(qn("w:rFonts")) if props is not None else None
            east_asian = fonts.get(qn("w:eastAsia")) if fonts is not None else None
            assert east_asian in (None, "黑体"), run.xml[:200]  # None: Normal's 宋体
            text = "".join(t.text or "" for t in run.iter(qn("w:t")))
            if "“" in text:
                assert fonts is not None and fonts.get(qn("w:hint")) == "eastAsia"
        assert any(r.find(qn("w:rPr")) is not None and r.find(qn("w:rPr")).find(qn("w:rFonts"))
                   is not None and r.find(qn("w:rPr")).find(qn("w:rFonts")).get(qn("w:eastAsia"))
                   == "黑体" for r in runs)


def test_page_setup_and_page_numbers(small_bank_path: Path, tmp_path: Path) -> None:
    paper, _ = _export(small_bank_path, tmp_path)
    section = Document(str(paper)).sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    assert round(section.left_margin.cm, 2) == round(section.top_margin.cm, 2) == 2.5
    footer = section.footer._element
    codes = [c.text.strip() for c in footer.iter(qn("w:instrText"))]
    assert codes == ["PAGE", "NUMPAGES"]
    kinds = [c.get(qn("w:fldCharType")) for c in footer.iter(qn("w:fldChar"))]
    assert kinds == ["begin", "separate", "end"] * 2


def test_header_line_sections_and_matching_table(small_bank_path: Path, tmp_path: Path) -> None:
    paper, _ = _export(small_bank_path, tmp_path, time_minutes=90)
    document = Document(str(paper))
    texts = [p.text for p in document.paragraphs]
    info = next(t for t in texts if t.startswith("姓名"))
    assert "单位" in info and "得分" in info and "考试时间：90分钟" in info
    headings = [t for t in texts if "、" in t[:2] and "每题" in t]
    assert [h[:2] for h in headings] == ["一、", "二、", "三、", "四、", "五、", "六、"]
    (table,) = document.tables
    assert [c.text for c in table.rows[0].cells] == ["1. 五张名片", "A. 需求收缩、供给冲击、预期转弱"]
    assert len(table.rows) == 4
    blanks = [r for p in document.paragraphs for r in p.runs if r.underline]
    assert len(blanks) == 3 + 5 + 1  # header fields, cloze blanks, the ordering answer line
    for blank in blanks:  # white letters under a black line: a word no client splits or drops
        assert blank.text.strip("\u200b").strip("n") == ""
        assert blank.font.color.rgb == RGBColor(0xFF, 0xFF, 0xFF)
        assert blank._element.rPr.find(qn("w:u")).get(qn("w:color")) == "000000"


def test_headings_stay_with_the_next_question(small_bank_path: Path, tmp_path: Path) -> None:
    paper, _ = _export(small_bank_path, tmp_path)
    document = Document(str(paper))
    for paragraph in document.paragraphs:
        if "每题" in paragraph.text:
            assert paragraph.paragraph_format.keep_with_next


def test_appended_answers_follow_a_page_break(small_bank_path: Path, tmp_path: Path) -> None:
    (paper,) = _export(small_bank_path, tmp_path, answers=AnswerMode.APPENDED)
    document = Document(str(paper))
    body = document.element.body
    # The key is a section of its own, numbered from 1, not a page-break paragraph (which
    # leaves a blank page where the paper ends at the bottom of a page).
    assert not [b for b in body.iter(qn("w:br")) if b.get(qn("w:type")) == "page"]
    paper_part, key_part = document.sections
    assert key_part.start_type == WD_SECTION.NEW_PAGE
    assert key_part._sectPr.find(qn("w:pgNumType")).get(qn("w:start")) == "1"
    for part in (paper_part, key_part):
        codes = [c.text.strip() for c in part.footer._element.iter(qn("w:instrText"))]
        assert codes == ["PAGE"]  # 第 X 页: no total that would count the other part
    texts = [p.text for p in Document(str(paper)).paragraphs]
    key_at = texts.index("小题库(测试用)参考答案与解析")
    assert texts.index("8. 按报告原文顺序排列“三大攻坚行动”。") < key_at
    assert "8. 答案：BCA（载体建设、项目招引、产业培育）" in texts[key_at:]
    assert any("\n原文：聚力实施载体建设" in t for t in texts[key_at:])
