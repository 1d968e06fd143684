"""Moodle exports: the XML parses and says what the bank says; GIFT parses structurally."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from quiz.core.bank.io import load_bank
from quiz.core.export import ExportOptions, Selection, run_export


def _export(bank, tmp_path: Path, fmt: str, name: str) -> Path:
    (path,) = run_export(bank, fmt, tmp_path / name, Selection(), ExportOptions())
    return path


def test_moodle_xml_types_answers_and_categories(small_bank_path: Path, tmp_path: Path) -> None:
    bank = load_bank(small_bank_path)
    root = ET.parse(_export(bank, tmp_path, "moodle-xml", "q.xml")).getroot()
    assert root.tag == "quiz"
    questions = root.findall("question")
    categories = [q.findtext("category/text") for q in questions if q.get("type") == "category"]
    assert categories[0] == "$course$/top/小题库(测试用)/填空题" and len(categories) == 6
    real = {q.findtext("idnumber"): q for q in questions if q.get("type") != "category"}
    assert len(real) == 8
    names = [q.findtext("name/text") for q in real.values()]
    assert "四个历城·多项选择题" in names and len(set(names)) == 8
    types = sorted(q.get("type") for q in real.values())
    assert types == ["cloze", "matching", "matching", "multichoice", "multichoice",
                     "shortanswer", "shortanswer", "truefalse"]
    short = real["004_54d0cbe4cf41eb1c/四个历城/cloze/count"]
    assert [a.findtext("text") for a in short.findall("answer")] == ["四", "4"]
    cloze = real["004_54d0cbe4cf41eb1c/三重压力/cloze/all"].findtext("questiontext/text")
    # Order-free blanks are asked in the report's order: each blank accepts its own item
    # only, so the same item in every blank does not score.
    assert re.findall(r"\{\d+:SHORTANSWER:([^}]*)\}", cloze) == ["=需求收缩", "=供给冲击", "=预期转弱"]
    assert cloze.endswith("（按报告原文顺序填写）")
    multi = real["004_54d0cbe4cf41eb1c/四个历城/multiple_choice/members"]
    assert multi.findtext("single") == "false"
    fractions = {a.findtext("text"): float(a.get("fraction")) for a in multi.findall("answer")}
    assert fractions["科创"] > 0 and fractions["开放"] < 0
    assert abs(sum(f for f in fractions.values() if f > 0) - 100) < 0.01
    truth = real["004_54d0cbe4cf41eb1c/三重压力/true_false/swap-1"]
    assert {a.findtext("text"): a.get("fraction") for a in truth.findall("answer")} == {
        "true": "0", "false": "100"}
    matching = real["board/004_54d0cbe4cf41eb1c/matching/labels-0"]
    pairs = {s.findtext("text"): s.findtext("answer/text") for s in matching.findall("subquestion")}
    assert pairs["四个历城"] == "科创、智造、文化、品质"
    ordering = real["004_54d0cbe4cf41eb1c/三大攻坚行动/ordering/items"]
    assert [s.findtext("answer/text") for s in ordering.findall("subquestion")] == [
        "载体建设", "项目招引", "产业培育"]


_FIELD_WEIGHT = re.compile(r"\{(\d*):(?:SHORTANSWER|SA|MW|SHORTANSWER_C|MULTICHOICE|MC|NUMERICAL|NM)")


def moodle_grade(question: ET.Element) -> float:
    """The marks Moodle gives a question on import: for a cloze (multianswer) the sum of its
    fields' weights (a field without one weighs 1), for the other types `<defaultgrade>`."""
    if question.get("type") == "cloze":
        text = question.findtext("questiontext/text") or ""
        return float(sum(int(w or 1) for w in _FIELD_WEIGHT.findall(text)))
    return float(question.findtext("defaultgrade") or 1)


def test_each_moodle_question_is_worth_its_grade(tmp_path: Path) -> None:
    """Over the whole default bank, every question scores what its defaultgrade says: a
    cloze question's blank weights add up to it, whatever the number of blanks."""
    from quiz.core.export.moodle_xml_writer import cloze_weights
    from quiz.paths import default_bank_path

    bank = load_bank(default_bank_path())
    root = ET.parse(_export(bank, tmp_path, "moodle-xml", "q.xml")).getroot()
    questions = [q for q in root.findall("question") if q.get("type") != "category"]
    assert len(questions) == len(bank.questions)
    clozes = [q for q in questions if q.get("type") == "cloze"]
    assert clozes
    for question in questions:
        assert moodle_grade(question) == float(question.findtext("defaultgrade")), (
            question.findtext("idnumber"))
    two_blanks = [q for q in clozes if len(_FIELD_WEIGHT.findall(q.findtext("questiontext/text"))) == 2]
    assert all(moodle_grade(q) == 2 for q in two_blanks)  # 每题2分, like the paper
    assert cloze_weights(2) == [1, 1] and cloze_weights(5) == [1] * 5
    matching = [q for q in questions if q.get("type") == "matching"]
    assert all(len(q.findall("subquestion")) >= 3 for q in matching), "Moodle's form needs 3"


_UNESCAPED = r"(?<!\\)"


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


def parse_gift(text: str) -> list[dict[str, object]]:
    """A small GIFT reader: title, text and the answer block of each question."""
    questions = []
    for chunk in re.split(r"\n\s*\n", text):
        lines = [ln for ln in chunk.splitlines() if not ln.startswith(("//", "$CATEGORY:"))]
        if not lines:
            continue
        body = " ".join(lines)
        title = re.match(r"::(.*?)" + _UNESCAPED + "::", body)
        assert title, body
        rest = body[title.end():].removeprefix("[html]")
        opens = [m.start() for m in re.finditer(_UNESCAPED + r"\{", rest)]
        closes = [m.start() for m in re.finditer(_UNESCAPED + r"\}", rest)]
        assert len(opens) == len(closes) == 1, f"one answer block per question: {body}"
        block = rest[opens[0] + 1: closes[0]]
        answers, _, feedback = block.partition("####")
        marks = re.findall(_UNESCAPED + r"([=~])((?:%-?[\d.]+%)?)((?:[^=~\\]|\\.)*)", answers)
        questions.append({
            "title": _unescape(title.group(1)),
            "text": _unescape(rest[:opens[0]] + "____" + rest[closes[0] + 1:]).strip(),
            "block": answers.strip(),
            "answers": [(m, w, _unescape(a).strip()) for m, w, a in marks],
            "feedback": _unescape(feedback),
        })
    return questions


def test_gift_parses_and_escapes_special_characters(small_bank_path: Path, tmp_path: Path) -> None:
    bank = load_bank(small_bank_path)
    tricky = replace(bank.questions[3], prompt="下列{说法}中=正确~的#是:( )")
    bank = replace(bank, questions=(*bank.questions[:3], tricky, *bank.questions[4:]))
    questions = parse_gift(_export(bank, tmp_path, "gift", "q.gift.txt").read_text("utf-8"))
    by_title = {q["title"]: q for q in questions}
    assert len(by_title) == 8  # every title is unique
    assert all("/" not in title for title in by_title)  # labels and types, not internal ids

    def one(predicate: Callable[[dict[str, Any]], bool]) -> dict[str, Any]:
        (found,) = [q for q in questions if predicate(q)]
        return found

    single = one(lambda q: "说法" in q["text"])
    assert single["title"].endswith("单项选择题")
    assert single["text"] == "下列{说法}中=正确~的#是:( ) ____"
    assert [m for m, _, _ in single["answers"]] == ["=", "~", "~", "~"]
    assert single["answers"][0][2] == tricky.options[0]
    assert "五张名片" in single["feedback"]
    missing_word = one(lambda q: q["text"].startswith("打造____、改革创新"))
    assert missing_word["title"] == "五张名片·填空题"
    assert missing_word["answers"] == [("=", "", "民富区强")]
    order_free = one(lambda q: q["title"].startswith("三重压力·填空题")
                     and len(q["answers"]) > 1)
    assert len(order_free["answers"]) == 6  # every order of three blanks
    multi = one(lambda q: q["title"].startswith("四个历城·多项选择题"))
    assert [w for _, w, _ in multi["answers"]] == [
        "%33.33333%", "%-100%", "%33.33333%", "%33.33333%", "%-100%"]
    assert one(lambda q: q["title"].startswith("三重压力·判断题"))["block"] == "F"
    matching = one(lambda q: "=四个历城 -> 科创、智造、文化、品质" in q["block"])
    assert "连线题" in matching["title"]
    ordering = one(lambda q: q["title"].startswith("三大攻坚行动·排序题"))
    assert ordering["block"].startswith("=第1项 -> 载体建设")


def test_gift_text_is_html_escaped(small_bank_path: Path, tmp_path: Path) -> None:
    """Questions are declared [html], so report text with < > & stays literal in Moodle."""
    bank = load_bank(small_bank_path)
    tricky = replace(bank.questions[3], prompt="A<B & C>D 的说法是( )")
    bank = replace(bank, questions=(*bank.questions[:3], tricky, *bank.questions[4:]))
    text = _export(bank, tmp_path, "gift", "q.gift.txt").read_text("utf-8")
    assert "A&lt;B &amp; C&gt;D" in text and "A<B" not in text
