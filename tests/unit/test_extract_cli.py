"""`quiz extract` as a user runs it: output formats and exit codes."""

from __future__ import annotations

import io
import json
from pathlib import Path

from click.testing import CliRunner

from quiz.cli import main
from quiz.core.errors import ExitCode

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_json_output_fields() -> None:
    code, out, _ = _run("extract", str(ROOT / "corpus" / "004_54d0cbe4cf41eb1c.txt"), "--json")
    assert code == 0
    data = json.loads(out)
    by_label = {d["label"]: d for d in data if d["items"]}
    f = by_label["四个历城"]
    assert f["items"] == ["科创", "智造", "文化", "品质"]
    assert f["count"] == 4 and f["kind"] == "numbered" and f["complete"] is True
    assert f["doc"] == "004_54d0cbe4cf41eb1c.txt"
    assert "四个历城" in f["evidence"] and len(f["span"]) == 2
    assert by_label["4433"]["count"] == [4, 4, 3, 3]
    assert by_label["4433"]["kind"] == "composite"
    assert {d["kind"] for d in data} <= {"numbered", "composite", "list", "label_only"}


def test_table_output_and_corrections() -> None:
    code, out, _ = _run("extract", str(ROOT / "corpus"), "--show-corrections")
    assert code == 0
    assert "五张名片" in out and "茌平区" in out and "corrections.yaml" in out


def test_directory_means_every_file() -> None:
    code, out, _ = _run("extract", str(ROOT / "corpus"), "--json")
    assert code == 0
    assert {d["doc"] for d in json.loads(out)} == {
        p.name for p in (ROOT / "corpus").glob("*.txt")
    }


def test_exit_codes_for_bad_input(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01" * 100)
    (tmp_path / "plain.txt").write_text("今天天气很好。", encoding="utf-8")
    cases = {
        str(tmp_path / "missing.txt"): ExitCode.NOT_FOUND,
        str(tmp_path / "empty.txt"): ExitCode.BAD_INPUT,
        str(tmp_path / "bin.txt"): ExitCode.BAD_INPUT,
        str(tmp_path / "plain.txt"): ExitCode.NOTHING_FOUND,
    }
    for path, expected in cases.items():
        code, _, err = _run("extract", path)
        assert code == expected, (path, err)
        assert Path(path).name in err and "Traceback" not in err
        assert len(err.strip().splitlines()) == 1


def test_markup_and_escapes_are_shown_literally(tmp_path: Path) -> None:
    path = tmp_path / "m.txt"
    path.write_text("要树立“[b]严、真、细[/]”的作风,打造甲乙、丙丁、戊己\x1b[31m“三张名片”。",
                    encoding="utf-8")
    code, out, _ = _run("extract", str(path))
    assert code == 0
    assert "[b]严" in out and "甲乙、丙丁、戊己" in out
    assert "\x1b" not in out


def test_the_table_printed_in_chunks_is_one_table(monkeypatch) -> None:
    from rich.console import Console

    from quiz.commands import extract as command
    from quiz.core.formula import Formula, FormulaKind

    rows = [Formula(doc=f"d{i // 7}.txt", label=f"{i}项任务", count=i % 9 + 1,
                    items=tuple(f"条目{j}" * (i % 4 + 1) for j in range(i % 5 + 1)),
                    kind=FormulaKind.NUMBERED, complete=i % 3 > 0, evidence="", span=(0, 0),
                    problem=None if i % 3 else "缺条目")
            for i in range(45)]
    consoles = [Console(width=90, record=True, file=io.StringIO()) for _ in range(2)]
    monkeypatch.setattr(command._TableStream, "CHUNK", 4)
    monkeypatch.setattr(command, "console", lambda: consoles[0])
    stream = command._TableStream()
    for start in range(0, len(rows), 10):  # documents of ten formulas, chunks of four
        stream.add(rows[start : start + 10])
    stream.close()
    consoles[1].print(command._table(rows, header=True))
    assert stream.rows == 45
    assert consoles[0].export_text() == consoles[1].export_text()


def test_table_cells_break_lines_the_chinese_way(tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text("我们要坚持“三个务必”：务必不忘初心、牢记使命，务必谦虚谨慎、艰苦奋斗，"
                      "务必敢于斗争、善于斗争。\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(report)], env={"COLUMNS": "80"})
    assert result.exit_code == 0
    cells = [part.strip() for line in result.stdout.splitlines() for part in line.split("│")]
    assert any("善于斗争" in cell for cell in cells)
    assert not [cell for cell in cells if cell[:1] in set("、，。；：”）》")]
