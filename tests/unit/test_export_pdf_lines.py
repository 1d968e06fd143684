"""Line breaking for PDF papers: 禁则 rules, whole Latin runs, and no text ever lost."""

from __future__ import annotations

import pytest
from fpdf import FPDF

from quiz.core.export.fonts import FontMissing, find_cjk_fonts
from quiz.core.export.layout import Blank
from quiz.core.export.pdf_lines import NO_LINE_END, NO_LINE_START, wrap


@pytest.fixture(scope="module")
def pdf() -> FPDF:
    try:
        body, _ = find_cjk_fonts()
    except FontMissing:
        pytest.skip("no CJK font installed (apt-get install fonts-noto-cjk)")
    document = FPDF()
    document.add_font("body", fname=body.path, collection_font_number=body.index)
    document.set_font("body", size=10)
    return document


def _texts(lines) -> list[str]:
    return ["".join(p.text for p in line) for line in lines]


def test_no_line_starts_with_closing_or_ends_with_opening_punctuation(pdf: FPDF) -> None:
    width = pdf.get_string_width("一二三四")
    assert _texts(wrap(pdf, ["一二三四、五六"], width)) == ["一二三", "四、五六"]
    assert _texts(wrap(pdf, ["一二三“四五”"], width)) == ["一二三", "“四五”"]


def test_latin_runs_stay_whole_and_nothing_is_lost(pdf: FPDF) -> None:
    # Too narrow for the rules, a line still breaks somewhere: no text is cut off.
    tiny = _texts(wrap(pdf, ["“1+5+9+1”"], pdf.get_string_width("国")))
    assert "".join(tiny) == "“1+5+9+1”" and len(tiny) > 1
    text = "确定“1+5+9+1”的总体思路,锚定全省先进(2022年)"
    for chars in range(7, 20):  # wide enough for “1+5+9+1” on one line
        lines = _texts(wrap(pdf, [text], pdf.get_string_width("国" * chars)))
        assert "".join(lines) == text
        for line, following in zip(lines, lines[1:], strict=False):
            assert following[0] not in NO_LINE_START and line[-1] not in NO_LINE_END
            assert not (line[-1].isascii() and line[-1].isalnum()
                        and following[0].isascii() and following[0].isalnum())


def test_blanks_are_underlined_pieces(pdf: FPDF) -> None:
    lines = wrap(pdf, ["打造", Blank(12), "、改革创新"], pdf.get_string_width("国" * 30))
    (line,) = lines
    assert [(p.underline, len(p.text)) for p in line] == [(False, 2), (True, 6), (False, 5)]
