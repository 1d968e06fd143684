"""Bank validation: every problem named with its file and line; load_bank refuses clearly."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quiz.core.bank.check import InvalidBank, check_file, check_text
from quiz.core.bank.io import load_bank
from quiz.core.errors import ExitCode, QuizError

GOOD = """\
bank:
  title: 小题库
formulas:
  - id: d/三重压力
    label: 三重压力
    count: 3
    items: [需求收缩, 供给冲击, 预期转弱]
    evidence: 我国经济面临需求收缩、供给冲击、预期转弱三重压力
questions:
  - id: d/三重压力/cloze/item-0
    type: cloze
    formulas: [d/三重压力]
    prompt: 我国经济面临____、供给冲击、预期转弱三重压力
    answers: [需求收缩]
  - id: d/三重压力/single_choice/list
    type: single_choice
    formulas: [d/三重压力]
    prompt: “三重压力”是( )。
    options: [需求收缩、供给冲击、预期转弱, 需求收缩、预期转弱、供给冲击, 需求收缩、供给冲击]
    answers: [A]
"""


def lines_of(text: str) -> list[tuple[int | None, str]]:
    return [(p.line, p.message) for p in check_text(text, "b.yaml").problems]


def test_a_good_bank_has_no_problems_and_counts_types() -> None:
    report = check_text(GOOD, "b.yaml")
    assert report.problems == []
    assert report.counts == {"cloze": 1, "single_choice": 1}


def test_the_fixture_bank_is_valid(small_bank_path: Path) -> None:
    report = check_file(small_bank_path)
    assert report.problems == []
    assert sum(report.counts.values()) == 8


def test_broken_yaml_names_the_line() -> None:
    text = GOOD.replace("    answers: [需求收缩]", "    answers: [需求收缩")
    ((line, message),) = lines_of(text)
    assert message.startswith("YAML 格式错误") and line is not None and 14 <= line <= 16


def test_missing_field_unknown_type_duplicate_and_unknown_ids() -> None:
    text = GOOD.replace("    prompt: 我国经济面临____", "    promp: 我国经济面临____")
    assert lines_of(text) == [(10, "题目 d/三重压力/cloze/item-0: 缺少字段 prompt")]
    text = GOOD.replace("type: single_choice", "type: essay")
    ((line, message),) = lines_of(text)
    assert line == 16 and "未知题型 `essay`" in message
    text = GOOD.replace("id: d/三重压力/single_choice/list", "id: d/三重压力/cloze/item-0")
    assert lines_of(text) == [(15, "题目 id 重复: d/三重压力/cloze/item-0 (首次出现在第 10 行)")]
    text = GOOD.replace("formulas: [d/三重压力]\n    prompt: “", "formulas: [d/四重压力]\n    prompt: “")
    assert lines_of(text) == [(17, "题目 d/三重压力/single_choice/list: 未知提法 id d/四重压力")]


def test_duplicate_formula_ids_and_keys() -> None:
    formula = GOOD[GOOD.index("  - id: d/三重压力\n"):GOOD.index("questions:")]
    text = GOOD.replace("questions:", formula + "questions:")
    assert (9, "提法 id 重复: d/三重压力") in lines_of(text)
    text = GOOD.replace("    count: 3\n", "    count: 3\n    count: 4\n")
    assert lines_of(text) == [(7, "键 `count` 重复出现")]


def test_cloze_must_fill_back_to_the_evidence() -> None:
    text = GOOD.replace("answers: [需求收缩]", "answers: [需求不足]")
    messages = [m for _, m in lines_of(text)]
    assert any("与原文不符" in m for m in messages)
    assert any("没有出现在原文中" in m for m in messages)
    text = GOOD.replace("answers: [需求收缩]", "answers: [需求收缩, 供给冲击]")
    assert lines_of(text) == [(10, "题目 d/三重压力/cloze/item-0: 有 1 个空, 却有 2 个答案")]


def test_choice_rules() -> None:
    text = GOOD.replace("需求收缩、供给冲击]", "需求收缩、供给冲击、预期转弱]")
    assert "干扰项等于正确答案" in lines_of(text)[0][1]
    text = GOOD.replace("    answers: [A]", "    answers: [D]")
    assert "答案须为 A, B, C 中互不相同的字母" in lines_of(text)[0][1]
    multi = GOOD.replace("type: single_choice", "type: multiple_choice").replace(
        "answers: [A]", "answers: [A, B, C]")
    assert "至少有一个错误选项" in lines_of(multi)[0][1]


def test_identical_questions_are_reported() -> None:
    question = GOOD[GOOD.index("  - id: d/三重压力/cloze/item-0"):GOOD.index("  - id: d/三重压力/single")]
    text = GOOD + question.replace("cloze/item-0", "cloze/copy")
    assert lines_of(text) == [(21, "题目 d/三重压力/cloze/copy 与 "
                                   "d/三重压力/cloze/item-0 完全相同")]


def test_matching_must_be_one_to_one_and_unambiguous(small_bank_path: Path) -> None:
    text = small_bank_path.read_text(encoding="utf-8")
    broken = text.replace("- [四个历城, 科创、智造、文化、品质]",
                          "- [四个历城, 需求收缩、供给冲击、预期转弱]")
    messages = [p.message for p in check_text(broken, "b.yaml").problems]
    assert any("不是一一对应" in m for m in messages)
    other = """\
  - id: d/两大压力
    label: 两大压力
    count: 2
    items: [需求收缩, 成本上升]
    evidence: 面临需求收缩、成本上升两大压力
"""
    board = """\
  - id: board/x/matching/items
    type: matching
    variant: items
    formulas: [d/三重压力, d/两大压力]
    prompt: 将下列内容与其所属的提法连线。
    pairs: [[需求收缩, 三重压力], [成本上升, 两大压力]]
    options: [两大压力, 三重压力]
    answers: [三重压力, 两大压力]
"""
    text = GOOD.replace("questions:\n", other + "questions:\n") + board
    assert lines_of(text) == [(26, "题目 board/x/matching/items: 条目 `需求收缩` "
                                   "属于题中的 2 个提法")]


def test_load_bank_raises_a_quiz_error_with_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(GOOD.replace("type: single_choice", "type: essay"), encoding="utf-8")
    with pytest.raises(InvalidBank) as caught:
        load_bank(path)
    assert isinstance(caught.value, QuizError)
    assert caught.value.exit_code == ExitCode.BAD_INPUT
    assert str(caught.value).startswith(f"{path}:16: 题目 d/三重压力/single_choice/list: "
                                        "未知题型 `essay`")
    path.write_text("questions: [\n", encoding="utf-8")
    with pytest.raises(InvalidBank, match=r"bad.yaml:2: YAML 格式错误"):
        load_bank(path)
    path.write_text("- just\n- a list\n", encoding="utf-8")
    with pytest.raises(InvalidBank, match="不是题库"):
        load_bank(path)


def test_load_bank_leaves_invariants_to_check(tmp_path: Path) -> None:
    path = tmp_path / "b.yaml"
    path.write_text(GOOD.replace("answers: [需求收缩]", "answers: [需求不足]"), encoding="utf-8")
    assert len(load_bank(path).questions) == 2
    assert check_file(path).problems


FIXTURE = Path(__file__).parents[1] / "fixtures" / "small_bank.yaml"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_a_damaged_bank_is_refused_cleanly_never_with_a_crash(tmp_path: Path, data) -> None:
    lines = FIXTURE.read_text(encoding="utf-8").splitlines(keepends=True)
    for _ in range(data.draw(st.integers(1, 3))):
        index = data.draw(st.integers(0, len(lines) - 1))
        action = data.draw(st.sampled_from(["drop", "garble", "indent", "swap"]))
        if action == "drop":
            del lines[index]
        elif action == "garble":
            lines[index] = data.draw(st.text(max_size=30)) + "\n"
        elif action == "indent":
            lines[index] = "  " + lines[index]
        else:
            other = data.draw(st.integers(0, len(lines) - 1))
            lines[index], lines[other] = lines[other], lines[index]
    path = tmp_path / "damaged.yaml"
    path.write_text("".join(lines), encoding="utf-8")
    report = check_file(path)
    try:
        bank = load_bank(path)
    except QuizError as exc:
        assert str(exc).startswith(str(path))
        assert report.problems  # what load refuses, check reports
    else:
        assert len(bank.questions) == sum(report.counts.values())


def test_answers_must_agree_with_the_formula(small_bank_path: Path) -> None:
    text = small_bank_path.read_text(encoding="utf-8")
    # a multiple-choice "members" question that leaves a real item unmarked
    wrong = text.replace("options: [科创, 绿色, 智造, 品质, 开放]", "options: [科创, 文化, 智造, 品质, 开放]")
    messages = [p.message for p in check_text(wrong, "b.yaml").problems]
    assert messages == ["题目 004_54d0cbe4cf41eb1c/四个历城/multiple_choice/members: "
                        "正确选项须恰好是选项中属于条目的那些"]
    # an ordering question whose answer is not the report's order
    wrong = text.replace("answers: [载体建设, 项目招引, 产业培育]", "answers: [项目招引, 载体建设, 产业培育]")
    assert any("不是按原文顺序排列的提法条目" in p.message
               for p in check_text(wrong, "b.yaml").problems)
    # a labels board that pairs a label with another formula's items
    wrong = text.replace("- [三重压力, 需求收缩、供给冲击、预期转弱]\n      - [三大攻坚行动, 载体建设、项目招引、产业培育]",
                         "- [三重压力, 载体建设、项目招引、产业培育]\n      - [三大攻坚行动, 需求收缩、供给冲击、预期转弱]")
    assert wrong != text
    assert any("`三重压力` 没有与它的条目相连" in p.message
               for p in check_text(wrong, "b.yaml").problems)
