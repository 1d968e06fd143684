"""`quiz export` from the command line: outputs, and clean refusals that leave no file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from quiz.cli import main
from quiz.core.errors import ExitCode


def _run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_paper_with_variants_and_separate_keys(small_bank_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "卷.docx"
    result = _run("export", str(small_bank_path), "-f", "docx", "-o", str(out),
                  "--variants", "A,B", "--seed", "3", "--time", "60")
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in tmp_path.iterdir() if p.is_file())
    assert names == ["卷-A-答案.docx", "卷-A.docx", "卷-B-答案.docx", "卷-B.docx"]
    assert result.output.count("已写入 ") == 4


def test_default_output_is_the_bank_name_in_the_current_directory(
    small_bank_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = _run("export", str(small_bank_path), "-f", "csv", "--select", "type=cloze")
    assert result.exit_code == 0, result.output
    rows = (tmp_path / "small_bank.csv").read_text("utf-8-sig").splitlines()
    assert len(rows) == 4 and rows[1].startswith("填空题,")


def test_unknown_format_lists_the_valid_ones(small_bank_path: Path, tmp_path: Path) -> None:
    result = _run("export", str(small_bank_path), "-f", "pptx", "-o", str(tmp_path / "x.pptx"))
    assert result.exit_code == ExitCode.USAGE
    assert "未知导出格式 'pptx'" in result.output
    assert "docx, html, pdf, md, apkg, gift, moodle-xml, csv, xlsx" in result.output
    assert "Traceback" not in result.output
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write to read-only directories")
def test_unwritable_directory(small_bank_path: Path, tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        result = _run("export", str(small_bank_path), "-f", "md", "-o", str(locked / "p.md"))
    finally:
        locked.chmod(0o700)
    assert result.exit_code == ExitCode.OUTPUT
    assert "目录不可写" in result.output
    assert list(locked.iterdir()) == []


def test_missing_directory_and_directory_as_output(small_bank_path: Path, tmp_path: Path) -> None:
    result = _run("export", str(small_bank_path), "-f", "md", "-o", str(tmp_path / "no" / "p.md"))
    assert result.exit_code == ExitCode.OUTPUT
    assert "目录不存在" in result.output
    (tmp_path / "p.xlsx").mkdir()
    result = _run("export", str(small_bank_path), "-f", "xlsx", "-o", str(tmp_path / "p.xlsx"))
    assert result.exit_code == ExitCode.OUTPUT
    assert "已有同名目录" in result.output


def test_failed_write_leaves_no_partial_file(small_bank_path: Path, tmp_path: Path) -> None:
    # The answer key's name is taken by a directory: the paper was already written to a
    # temporary file by then, and must not appear.
    (tmp_path / "p-答案.html").mkdir()
    result = _run("export", str(small_bank_path), "-f", "html", "-o", str(tmp_path / "p.html"))
    assert result.exit_code == ExitCode.OUTPUT
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p-答案.html"]


def test_selection_that_matches_nothing(small_bank_path: Path, tmp_path: Path) -> None:
    result = _run("export", str(small_bank_path), "-f", "md", "-o", str(tmp_path / "p.md"),
                  "--select", "label=不存在")
    assert result.exit_code == ExitCode.NOTHING_FOUND
    assert "没有题目符合所选条件" in result.output
    assert list(tmp_path.iterdir()) == []


def test_bank_that_fails_check_is_refused(small_bank_path: Path, tmp_path: Path) -> None:
    text = small_bank_path.read_text("utf-8")
    broken = tmp_path / "broken.yaml"
    broken.write_text(text.replace("answers: [A, C, D]", "answers: [A, C, Z]"), "utf-8")
    out = tmp_path / "out"
    out.mkdir()
    result = _run("export", str(broken), "-f", "docx", "-o", str(out / "p.docx"))
    assert result.exit_code != 0
    assert "broken.yaml:" in result.output and "quiz check" in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert list(out.iterdir()) == []
    result = _run("export", str(tmp_path / "absent.yaml"), "-f", "md", "-o", str(out / "p.md"))
    assert result.exit_code == ExitCode.NOT_FOUND


def test_paper_options_are_refused_for_question_files(small_bank_path: Path, tmp_path: Path) -> None:
    result = _run("export", str(small_bank_path), "-f", "gift", "-o", str(tmp_path / "q.gift.txt"),
                  "--variants", "A,B")
    assert result.exit_code != 0
    assert "--variants 只适用于试卷" in result.output
    assert list(tmp_path.iterdir()) == []


def test_bad_count_is_a_clean_message(small_bank_path: Path, tmp_path: Path) -> None:
    result = _run("export", str(small_bank_path), "-f", "md", "-o", str(tmp_path / "p.md"),
                  "--count", "cloze=lots")
    assert result.exit_code != 0
    assert "不是整数" in result.output and "Traceback" not in result.output
    assert "quiz: --count: 'lots' 不是整数 (请写 --count 10 或" in result.output


def test_core_export_code_does_not_spell_cli_flags() -> None:
    """Core errors name the setting; `quiz/commands/export.py` maps it to the flag."""
    import re

    core = Path(__file__).resolve().parents[2] / "quiz" / "core" / "export"
    flag = re.compile(r"--(count|points|variants|time|answers|select)\b")
    spelled = [f"{p.name}:{n}" for p in sorted(core.glob("*.py"))
               for n, line in enumerate(p.read_text("utf-8").splitlines(), 1) if flag.search(line)]
    assert spelled == []


def test_format_from_the_output_name(small_bank_path: Path, tmp_path: Path) -> None:
    result = _run("export", str(small_bank_path), "-o", str(tmp_path / "q.gift.txt"))
    assert result.exit_code == 0, result.output
    assert (tmp_path / "q.gift.txt").read_text("utf-8").startswith("// 小题库")
    result = _run("export", str(small_bank_path), "-o", str(tmp_path / "q.doc"))
    assert result.exit_code == ExitCode.USAGE
    assert "无法从文件名 'q.doc' 判断格式" in result.output
    result = _run("export", str(small_bank_path))
    assert result.exit_code == ExitCode.USAGE and "没有指定格式" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["q.gift.txt"]


@pytest.mark.skipif(not Path("/sys/kernel").is_dir(), reason="needs Linux sysfs (never writable)")
@pytest.mark.parametrize("suffix", [".md", ".docx", ".csv", ".xlsx", ".apkg", ".xml"])
def test_unwritable_output_names_the_file_asked_for(small_bank_path: Path, suffix: str) -> None:
    # sysfs refuses new files even to root, so this runs where read-only directories don't.
    target = f"/sys/quiz-export-test{suffix}"
    result = _run("export", str(small_bank_path), "-o", target)
    assert result.exit_code == ExitCode.OUTPUT, result.output
    assert result.output.startswith(f"quiz: {target}: 无法写入")
    assert "partial" not in result.output
    assert not Path(target).exists()


@pytest.mark.parametrize(
    "option",
    [("--select", "type=essay"), ("--count", "cloze=abc"), ("--points", "0"),
     ("--variants", "A,A"), ("--select", "colour=red")],
)
def test_usage_mistakes_exit_2(option: tuple[str, str], small_bank_path: Path,
                               tmp_path: Path) -> None:
    result = _run("export", str(small_bank_path), "-f", "md", "-o", str(tmp_path / "p.md"),
                  *option)
    assert result.exit_code == ExitCode.USAGE, result.output
    assert "Traceback" not in result.output
    assert list(tmp_path.iterdir()) == []


def _csv_rows(path: Path) -> list[list[str]]:
    import csv

    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))[1:]


def test_count_names_exactly_what_the_paper_holds(tmp_path: Path) -> None:
    """`--count cloze=10,single_choice=10` is a 20-question paper; without --count, all."""
    result = _run("export", "-f", "csv", "-o", str(tmp_path / "q.csv"),
                  "--count", "cloze=10,single_choice=10")
    assert result.exit_code == 0, result.output
    rows = _csv_rows(tmp_path / "q.csv")
    assert len(rows) == 20
    assert sorted({row[0] for row in rows}) == ["单项选择题", "填空题"]
    result = _run("export", "-f", "csv", "-o", str(tmp_path / "all.csv"))
    from quiz.core.bank.io import load_bank
    from quiz.paths import default_bank_path

    assert len(_csv_rows(tmp_path / "all.csv")) == len(load_bank(default_bank_path()).questions)


def test_disk_full_names_the_file(small_bank_path: Path, tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    from quiz.core.export import md_writer

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(md_writer, "write", full)
    target = tmp_path / "p.md"
    result = _run("export", str(small_bank_path), "-o", str(target), "--answers", "none")
    assert result.exit_code == ExitCode.OUTPUT, result.output
    assert result.output.startswith(f"quiz: {target}: 无法写入: No space left on device")
