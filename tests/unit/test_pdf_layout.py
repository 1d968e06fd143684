"""Layout repair rules on hand-placed text runs (no PDF, no font needed)."""

from __future__ import annotations

from quiz.core.text.pdf_layout import (
    PageFrame,
    TextRun,
    drop_furniture,
    first_heading,
    layout_text,
    runs_to_lines,
)

SIZE = 10.0
LEFT = 50.0
WIDTH = 30 * SIZE  # a column of thirty characters
TOP = 800.0


def _frames(pages: int) -> dict[int, PageFrame]:
    return {n: PageFrame(n, 0.0, 842.0) for n in range(pages)}


def _page(page: int, lines: list[str], *, x: float = LEFT, top: float = 720.0,
          furniture: bool = True) -> list[TextRun]:
    """Runs for a page: one per line, 1.5 em apart, with a header and a page number."""
    runs = [TextRun(page, x, top - i * 1.5 * SIZE, SIZE, text) for i, text in enumerate(lines)]
    if furniture:
        runs.append(TextRun(page, LEFT, TOP, 9.0, "聊城日报  2023年2月24日  星期五"))
        runs.append(TextRun(page, 280.0, 40.0, 9.0, f"- {page + 1} -"))
    return runs


FULL_A = "一" * 28 + "二十"  # thirty characters: a full line
FULL_B = "三" * 30


def test_running_header_and_page_numbers_are_dropped() -> None:
    runs = _page(0, ["\u3000\u3000第一页的正文。"]) + _page(1, ["\u3000\u3000第二页的正文。"])
    text = layout_text(runs, _frames(2))
    assert text == "第一页的正文。\n\n第二页的正文。\n"


def test_a_one_page_document_keeps_its_top_line_but_not_its_page_number() -> None:
    runs = [TextRun(0, LEFT, 810.0, SIZE, "报告标题"), TextRun(0, LEFT, 30.0, 9.0, "第1页")]
    lines = drop_furniture(runs_to_lines(runs), _frames(1))
    assert [line.text for line in lines] == ["报告标题"]


def test_full_width_indent_and_short_lines_mark_paragraphs() -> None:
    runs = _page(0, ["\u3000\u3000" + FULL_A[2:], FULL_B, "短的结尾。", "下一段没有缩进符号。"],
                 furniture=False)
    assert layout_text(runs, _frames(1)).split("\n\n") == [
        FULL_A[2:] + FULL_B + "短的结尾。", "下一段没有缩进符号。\n"]


def test_indent_by_position_marks_a_paragraph() -> None:
    runs = _page(0, [FULL_A, FULL_B], furniture=False) + [TextRun(0, LEFT + 2 * SIZE, 720 - 3 * SIZE, SIZE, "缩进的新段落。")]
    assert layout_text(runs, _frames(1)).split("\n\n") == [FULL_A + FULL_B, "缩进的新段落。\n"]


def test_a_paragraph_cut_by_a_page_break_is_rejoined() -> None:
    runs = _page(0, ["\u3000\u3000" + FULL_A[2:], FULL_B]) + _page(1, ["系。", "\u3000\u3000新段落。"])
    assert layout_text(runs, _frames(2)).split("\n\n") == [
        FULL_A[2:] + FULL_B + "系。", "新段落。\n"]


def test_two_columns_are_read_column_by_column_under_a_spanning_headline() -> None:
    half = 14 * SIZE
    right_x = LEFT + half + 2 * SIZE
    left_col = ["\u3000\u3000左栏一" + "左" * 9, "左" * 14, "左" * 14, "左栏结尾。",
                "\u3000\u3000左栏二" + "左" * 9, "左" * 14]
    right_col = ["右" * 14, "右栏续完。", "\u3000\u3000右栏三" + "右" * 9, "右" * 14,
                 "右" * 14, "右栏完。"]
    runs = [TextRun(0, LEFT + 4 * SIZE, 760.0, 16.0, "跨栏的大标题在这里")]
    runs += _page(0, left_col, furniture=False)
    runs += _page(0, right_col, x=right_x, furniture=False)
    paragraphs = layout_text(runs, _frames(1)).strip().split("\n\n")
    assert paragraphs == [
        "跨栏的大标题在这里",
        "左栏一" + "左" * 9 + "左" * 28 + "左栏结尾。",
        # the second left paragraph goes on at the top of the right column
        "左栏二" + "左" * 9 + "左" * 14 + "右" * 14 + "右栏续完。",
        "右栏三" + "右" * 9 + "右" * 28 + "右栏完。",
    ]


def test_latin_words_split_over_two_lines_keep_their_space() -> None:
    runs = _page(0, ["\u3000\u3000" + FULL_A[2:-4] + "the", "word" + FULL_B[4:]],
                 furniture=False)
    assert "the word" in layout_text(runs, _frames(1))


def test_first_heading_is_the_largest_type_on_the_first_page() -> None:
    runs = [TextRun(0, 100.0, 760.0, 18.0, "政府工作报告"), TextRun(0, 120.0, 735.0, 18.0, "（第二行）")]
    runs += _page(0, ["\u3000\u3000" + FULL_A[2:], FULL_B, "正文。"], furniture=False)
    assert first_heading(runs, _frames(1)) == "政府工作报告（第二行）"
    assert first_heading(_page(0, ["\u3000\u3000只有正文。"], furniture=False), _frames(1)) is None


def test_radicals_from_office_fonts_read_as_ideographs() -> None:
    from quiz.core.text.pdf_reader import ideographs_for_radicals

    assert ideographs_for_radicals("⼀是坚持⼈民⾄上，“⼆个确⽴”") == "一是坚持人民至上，“二个确立”"
