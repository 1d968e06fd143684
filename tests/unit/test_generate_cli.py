"""`quiz generate` and `quiz check` as a user runs them."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from click.testing import CliRunner

from quiz.cli import main
from quiz.core.errors import ExitCode

ROOT = Path(__file__).parents[2]


def small_corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("manifest.yaml", "004_54d0cbe4cf41eb1c.txt", "000_6af6b510167a07b9.txt"):
        shutil.copy(ROOT / "corpus" / name, corpus / name)
    return corpus


def test_generate_writes_a_bank_that_checks_clean(tmp_path: Path) -> None:
    corpus = small_corpus(tmp_path)
    output = tmp_path / "banks" / "mine.yaml"
    result = CliRunner().invoke(main, ["generate", str(corpus), "-o", str(output)])
    assert result.exit_code == 0, result.output
    assert "条提法" in result.output and "填空题" in result.output
    checked = CliRunner().invoke(main, ["check", str(output)])
    assert checked.exit_code == 0, checked.output
    assert "没有问题" in checked.output
    assert "填空题 cloze" in checked.output and "连线题 matching" in checked.output
    text = output.read_text(encoding="utf-8")
    assert "title: mine\n" in text and "济南市历城区第十五次党代会报告(2022年2月)" in text


def test_regenerating_keeps_a_hand_edit_and_refuses_a_conflict(tmp_path: Path) -> None:
    corpus = small_corpus(tmp_path)
    output = tmp_path / "mine.yaml"
    runner = CliRunner()
    assert runner.invoke(main, ["generate", str(corpus), "-o", str(output)]).exit_code == 0
    text = output.read_text(encoding="utf-8")
    output.write_text(text.replace("title: mine", "title: 我的题库"), encoding="utf-8")
    assert runner.invoke(main, ["generate", str(corpus), "-o", str(output)]).exit_code == 0
    assert "title: 我的题库" in output.read_text(encoding="utf-8")
    # an item corrected by hand, then changed in the report as well: refuse, say how on
    text = output.read_text(encoding="utf-8")
    output.write_text(text.replace("  - 预期转弱\n", "  - 预期转弱了\n", 1), encoding="utf-8")
    report = corpus / "004_54d0cbe4cf41eb1c.txt"
    report.write_text(report.read_text(encoding="utf-8").replace("预期转弱", "预期减弱"),
                      encoding="utf-8")
    before = output.read_text(encoding="utf-8")
    refused = runner.invoke(main, ["generate", str(corpus), "-o", str(output)])
    assert refused.exit_code == ExitCode.PROBLEMS
    assert "三重压力" in refused.output and "--force" in refused.output
    assert output.read_text(encoding="utf-8") == before
    forced = runner.invoke(main, ["generate", str(corpus), "-o", str(output), "--force"])
    assert forced.exit_code == 0 and "预期减弱" in output.read_text(encoding="utf-8")


def test_generate_on_text_without_formulas_writes_nothing(tmp_path: Path) -> None:
    corpus = tmp_path / "plain"
    corpus.mkdir()
    (corpus / "note.txt").write_text("今天天气很好,大家按时参加了学习。\n", encoding="utf-8")
    output = tmp_path / "out.yaml"
    result = CliRunner().invoke(main, ["generate", str(corpus), "-o", str(output)])
    assert result.exit_code == ExitCode.NOTHING_FOUND
    assert "没有找到提法" in result.output
    assert not output.exists()


def test_check_lists_every_problem_with_file_and_line(tmp_path: Path) -> None:
    bank = tmp_path / "bad.yaml"
    text = (ROOT / "tests/fixtures/small_bank.yaml").read_text(encoding="utf-8")
    text = text.replace("type: ordering", "type: essay").replace(
        'formulas: ["004_54d0cbe4cf41eb1c/三重压力"]\n    variant: all',
        'formulas: ["004_54d0cbe4cf41eb1c/四重压力"]\n    variant: all')
    bank.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(bank), str(tmp_path / "missing.yaml")])
    # every bank is checked; a bank that cannot be read at all decides the code
    assert result.exit_code == ExitCode.NOT_FOUND
    lines = [line for line in result.output.splitlines() if re.match(r".*bad\.yaml:\d+: ", line)]
    assert len(lines) == 2
    assert "未知题型 `essay`" in lines[1]
    assert "未知提法 id 004_54d0cbe4cf41eb1c/四重压力" in lines[0]
    assert "bad.yaml: 2 个问题" in result.output
    assert "missing.yaml: 没有这个文件" in result.output


def test_a_command_that_loads_a_broken_bank_names_file_and_line(tmp_path: Path) -> None:
    bank = tmp_path / "broken.yaml"
    bank.write_text("bank:\n  title: x\nquestions:\n  - id: [\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["generate", str(ROOT / "corpus"), "-o", str(bank)])
    assert result.exit_code == ExitCode.BAD_INPUT
    assert f"{bank}:" in result.output and "YAML 格式错误" in result.output
