"""PDFs that give no text: each gets its own one-line message and exit code, never a
traceback, and no damaged PDF makes the reader crash."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pdf_samples import (
    make_encrypted_pdf,
    make_latin_pdf,
    make_scanned_pdf,
    make_zero_page_pdf,
)

from quiz.cli import main
from quiz.core.errors import BadInput, ExitCode
from quiz.core.text.corpus import read_document
from quiz.core.text.pdf_reader import pdf_to_text

LATIN = make_latin_pdf()


def _extract(path: Path) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["extract", str(path)])
    assert result.exception is None or isinstance(result.exception, SystemExit)
    return result.exit_code, result.stderr


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("scan.pdf", make_scanned_pdf(), "扫描版 PDF: 页面是图片, 没有文字层"),
        ("locked.pdf", make_encrypted_pdf(), "PDF 已加密, 需要密码"),
        ("cut.pdf", LATIN[: len(LATIN) // 2], "PDF 不完整"),
        ("empty-tree.pdf", make_zero_page_pdf(), "PDF 没有页面"),
        ("fake.pdf", b"<html><body>not found</body></html>", "不是 PDF 文件"),
        ("broken.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\n%%EOF\n", "不是可读的 PDF"),
    ],
    ids=lambda value: value if isinstance(value, str) and value.endswith(".pdf") else "",
)
def test_each_bad_pdf_has_a_one_line_message(
    tmp_path: Path, name: str, data: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    code, err = _extract(path)
    assert code == ExitCode.BAD_INPUT
    assert message in err and name in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_a_scan_is_told_to_go_through_ocr(tmp_path: Path) -> None:
    (tmp_path / "scan.pdf").write_bytes(make_scanned_pdf())
    _, err = _extract(tmp_path / "scan.pdf")
    assert "OCR" in err


def test_a_pdf_that_opens_without_a_password_is_read(tmp_path: Path) -> None:
    # Published reports often forbid copying but need no password to open.
    (tmp_path / "restricted.pdf").write_bytes(make_encrypted_pdf(user_password=""))
    assert "locked" in read_document(tmp_path / "restricted.pdf").text


def test_a_pdf_named_txt_is_read_as_a_pdf(tmp_path: Path) -> None:
    (tmp_path / "report.txt").write_bytes(LATIN)
    assert "three priorities" in read_document(tmp_path / "report.txt").text


@pytest.mark.parametrize("bad_name", ["z.pdf", "a.pdf"])  # after the good file, and before it
def test_a_bad_pdf_in_a_folder_is_reported_and_the_other_files_are_read(
    tmp_path: Path, bad_name: str
) -> None:
    (tmp_path / bad_name).write_bytes(make_encrypted_pdf())
    (tmp_path / "m.txt").write_text("打造“科创、智造、文化、品质”四个历城。\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(tmp_path), "--json"])
    assert result.exit_code == ExitCode.BAD_INPUT
    assert bad_name in result.stderr and "已加密" in result.stderr
    assert "四个历城" in result.stdout


_damage = st.one_of(
    st.integers(0, len(LATIN)).map(lambda n: ("cut", n, b"")),
    st.tuples(st.just("flip"), st.integers(0, len(LATIN) - 1), st.binary(min_size=1, max_size=8)),
    st.tuples(st.just("drop"), st.integers(0, len(LATIN) - 1), st.binary(max_size=0)),
)


def _damaged(steps: list[tuple[str, int, bytes]]) -> bytes:
    data = bytearray(LATIN)
    for kind, at, noise in steps:
        at = min(at, len(data))
        if kind == "cut":
            data = data[:at] + b"\n%%EOF\n"  # past the truncation check, into the parser
        elif kind == "flip":
            data[at:at + len(noise)] = noise
        else:
            del data[at:at + 64]
    return bytes(data)


@settings(max_examples=60, deadline=2000, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_damage, min_size=1, max_size=4))
def test_damaged_pdfs_never_crash(steps: list[tuple[str, int, bytes]]) -> None:
    data = _damaged(steps)
    try:
        result = pdf_to_text(data, "damaged.pdf")
    except BadInput as exc:
        assert "damaged.pdf" in str(exc)
    else:
        assert isinstance(result.text, str) and result.text.strip()
