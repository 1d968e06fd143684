"""Fuzzing each reader: any bytes give text or a QuizError, never a crash, within a bound.

2,000 cases per reader; a case that takes more than its bound of CPU time fails. The
bound is CPU time, not hypothesis's wall-clock `deadline`: on a machine busy with other
work a case can wait for a core longer than it works, and that is not the reader's doing.
"""

from __future__ import annotations

import functools
import io
import time
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quiz.core.bank.check import check_text
from quiz.core.bank.io import bank_from_dict
from quiz.core.errors import QuizError
from quiz.core.text.corpus import clean_text
from quiz.core.text.decoding import decode_text, docx_to_text
from quiz.core.text.html_text import html_to_text

# 3 s of CPU per case: far above a normal case (a few ms), far below a hang.
CASE_CPU_S = 3.0
_SETTINGS = settings(max_examples=2000, deadline=None, database=None,
                     suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def cpu_bounded(test: Callable[..., None]) -> Callable[..., None]:
    """Fail a case that uses more than CASE_CPU_S seconds of CPU time."""

    @functools.wraps(test)
    def bounded(*args: object, **kwargs: object) -> None:
        start = time.process_time()
        test(*args, **kwargs)
        used = time.process_time() - start
        assert used < CASE_CPU_S, f"one case took {used:.2f} s of CPU time"

    return bounded


def fuzz(*strategies: st.SearchStrategy) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """`@given(*strategies)` with 2,000 cases, each bounded in CPU time."""

    def decorate(test: Callable[..., None]) -> Callable[..., None]:
        return _SETTINGS(given(*strategies)(cpu_bounded(test)))

    return decorate

FIXTURE = Path(__file__).parents[1] / "fixtures" / "small_bank.yaml"

_report_text = st.lists(
    st.sampled_from(list("一二三四五六七八九十个大坚持“”、,。:;\n\t #*-<>/\"'?&;")
                    + ["\x1b", "\x00", "\ufeff", "\u202e", "<div>", "</p>", "&amp;", "\n\n"]),
    max_size=120,
).map("".join)


clean_text("预热。\n", "warm.txt")  # loads the word lists once, outside any timed case


def _read_text(data: bytes) -> None:
    try:
        text = decode_text(data, "r.txt")
    except QuizError:
        return
    clean_text(text, "r.txt")


@fuzz(st.one_of(st.binary(max_size=300), _report_text.map(lambda t: t.encode("utf-8")),
                 _report_text.map(lambda t: t.encode("gb18030", "replace"))))
def test_txt_reader(data: bytes) -> None:
    _read_text(data)


@fuzz(_report_text.map(lambda t: ("# 标题\n\n- " + t + "\n> 引用").encode("utf-8")))
def test_md_reader(data: bytes) -> None:
    _read_text(data)


_tags = st.sampled_from(["<div>", "</div>", "<p>", "</p>", "<br>", "<br/>", "<script>",
                         "</script>", "<head>", "</head>", "<body>", "</body>", "<!--", "-->",
                         "<li>", "&nbsp;", "&#x1b;", "<![CDATA[", "]]>", "<"])


@fuzz(st.lists(st.one_of(_tags, _report_text), max_size=20))
def test_html_reader(parts: list[str]) -> None:
    text = html_to_text("".join(parts))
    assert isinstance(text, str)
    clean_text(text, "r.html")


def _small_docx() -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("打造“科创、智造、文化、品质”四个历城。")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "一"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


DOCX = _small_docx()


@fuzz(st.lists(st.tuples(st.integers(0, len(DOCX) - 1), st.integers(0, 255)), max_size=16),
       st.integers(0, len(DOCX)))
def test_docx_reader(flips: list[tuple[int, int]], cut: int) -> None:
    data = bytearray(DOCX)
    for position, value in flips:
        data[position] = value
    try:
        text = docx_to_text(bytes(data[:cut] if cut > 100 else data), "r.docx")
    except QuizError:
        return
    assert isinstance(text, str)


_LINES = FIXTURE.read_text(encoding="utf-8").splitlines(keepends=True)
_yaml_bits = st.sampled_from(["&a ", "*a", "[", "]", "{", "}", ": ", "- ", "\n", "  ", "!!int ",
                              "9" * 50, ".nan", "null", "2024-13-45", "~", "'", '"', "\\e",
                              "? ", "!!python/object:os.system ", "<<: *a", "\x1b", "五"])


@fuzz(st.lists(st.tuples(st.integers(0, len(_LINES) - 1),
                          st.lists(_yaml_bits, max_size=6).map("".join)), max_size=4))
def test_bank_yaml_reader(edits: list[tuple[int, str]]) -> None:
    lines = list(_LINES)
    for index, text in edits:
        lines[index] = text + lines[index]
    report = check_text("".join(lines), "b.yaml")
    if report.problems:
        return
    try:
        bank_from_dict(report.data, path="b.yaml")
    except QuizError:
        pass
