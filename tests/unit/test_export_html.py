"""HTML and Markdown papers: self-contained, print CSS, report text escaped."""

from __future__ import annotations

import re
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

from quiz.core.bank.io import load_bank
from quiz.core.export import AnswerMode, ExportOptions, Selection, run_export


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.links: list[str] = []
        self.open_divs: list[str] = []
        self.heading_in_keep: list[bool] = []

    def handle_starttag(self, tag: str, attrs) -> None:
        self.tags.append(tag)
        self.links += [v for k, v in attrs if k in ("src", "href") and v]
        if tag == "div":
            self.open_divs.append(dict(attrs).get("class") or "")
        if tag == "h2":
            self.heading_in_keep.append("keep" in self.open_divs)

    def handle_endtag(self, tag: str) -> None:
        if tag == "div":
            self.open_divs.pop()


def _tricky_bank(small_bank_path: Path):
    bank = load_bank(small_bank_path)
    tricky = replace(bank.questions[5], prompt="<script>alert(1)</script> 三重压力 & *重点*")
    return replace(bank, questions=(*bank.questions[:5], tricky, *bank.questions[6:]))


def test_html_is_self_contained_with_print_rules(small_bank_path: Path, tmp_path: Path) -> None:
    bank = _tricky_bank(small_bank_path)
    (paper,) = run_export(bank, "html", tmp_path / "p.html", Selection(),
                          ExportOptions(answers=AnswerMode.APPENDED))
    text = paper.read_text("utf-8")
    parser = _Tags()
    parser.feed(text)
    assert "script" not in parser.tags
    assert parser.links == [], "no external resources"
    assert "&lt;script&gt;alert(1)&lt;/script&gt; 三重压力 &amp; *重点*" in text
    assert "@page" in text and re.search(r"h2[^{]*\{[^}]*break-after: avoid", text)
    assert "page-break-inside: avoid" in text
    assert text.count('<div class="page-break"></div>') == 1
    assert '<table class="match">' in text
    # Each section heading is printed in one unbreakable box with its first question.
    assert parser.heading_in_keep == [True] * 12  # six in the paper, six in the key
    assert re.search(r"\.keep[^{]*\{[^}]*break-inside: avoid", text)


def test_markdown_escapes_report_text(small_bank_path: Path, tmp_path: Path) -> None:
    bank = _tricky_bank(small_bank_path)
    (paper,) = run_export(bank, "md", tmp_path / "p.md", Selection(),
                          ExportOptions(answers=AnswerMode.NONE))
    text = paper.read_text("utf-8")
    assert r"\<script\>alert(1)\</script\> 三重压力 & \*重点\*" in text
    assert "参考答案" not in text


def test_matching_left_column_fits_its_longest_entry(tmp_path: Path) -> None:
    """The 连线 left column is given the width of its longest entry, so the browser does not
    squeeze `三大产业功能中心` onto two lines to make room for the long right entries."""
    import re

    from quiz.core.export.html_writer import left_column_em
    from quiz.paths import default_bank_path

    bank = load_bank(default_bank_path())
    (page,) = run_export(bank, "html", tmp_path / "p.html", Selection.parse(["type=matching"]),
                         ExportOptions(answers=AnswerMode.NONE))
    html = page.read_text("utf-8")
    tables = re.findall(r'<table class="match"><colgroup><col style="width:([\d.]+)em">'
                        r"(.*?)</table>", html)
    assert tables
    for width, rows in tables:
        lefts = [re.sub(r"<[^>]+>", "", cell) for cell in re.findall(r"<tr><td>(.*?)</td>", rows)]
        # a Chinese character (or quotation mark) is 1em, a digit or letter half of one
        longest = max(sum(1.0 if ord(c) > 0x2000 else 0.5 for c in text) for text in lefts)
        assert float(width) >= min(18.0, longest), (width, lefts)
    assert left_column_em(["三大产业功能中心"]) >= 9.0
