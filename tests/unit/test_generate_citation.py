"""How questions name their report: manifest, else the report's own title, never a file."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner

from quiz.cli import main
from quiz.core.bank.citation import citation, opening_name, title_line
from quiz.core.text.corpus import Document

ROOT = Path(__file__).parents[2]


def document(text: str, title: str = "report", meta: dict | None = None) -> Document:
    return Document(name="report.txt", path=Path("corpus/report.txt"), text=text,
                    title=title, meta=meta or {})


def test_the_manifest_wins_then_the_reader_then_the_title_line() -> None:
    text = "华山湿地公园(试验段)\n立足新阶段\n——在中国共产党某区第十五次代表大会上的报告\n各位代表："
    assert citation(document(text, "某区报告", {"title": "某区报告"})) == ("某区报告", None)
    assert citation(document(text, "网页标题")) == ("网页标题", None)
    assert citation(document(text)) == ("《在中国共产党某区第十五次代表大会上的报告》", None)
    assert title_line("# 锚定争创一流 团结奋斗建设现代化新城\n正文，正文。") == (
        "《锚定争创一流 团结奋斗建设现代化新城》")


def test_no_title_anywhere_gives_no_citation_and_a_warning() -> None:
    source, warning = citation(document("今天开会，大家按时参加。\n会议强调，要持续改进作风。"))
    assert source == "" and warning is not None and "report.txt" in warning


def test_a_corpus_without_manifest_never_names_a_file(tmp_path: Path) -> None:
    corpus = tmp_path / "reports"
    corpus.mkdir()
    shutil.copy(ROOT / "corpus" / "004_54d0cbe4cf41eb1c.txt", corpus / "004_54d0cbe4cf41eb1c.txt")
    plain = (ROOT / "corpus" / "000_6af6b510167a07b9.txt").read_text(encoding="utf-8")
    body = plain[plain.index("一是主动对标看齐"):]
    (corpus / "untitled.txt").write_text(body.replace("\n", ""), encoding="utf-8")  # no title line
    output = tmp_path / "bank.yaml"
    result = CliRunner().invoke(main, ["generate", str(corpus), "-o", str(output)])
    assert result.exit_code == 0, result.output
    assert "注意: untitled.txt: manifest.yaml 中没有标题" in result.output
    text = output.read_text(encoding="utf-8")
    assert "prompt: 据《在中国共产党济南市历城区第十五次代表大会上的报告》，" in text
    prompts = [line for line in text.splitlines() if line.lstrip().startswith("prompt:")]
    assert prompts and not [p for p in prompts if "004_54d0" in p or "untitled" in p]
    checked = CliRunner().invoke(main, ["check", str(output)])
    assert checked.exit_code == 0, checked.output


def test_a_numbered_heading_or_a_byline_is_no_title() -> None:
    decision = ("为贯彻落实党的二十大作出的战略部署，全会作出如下决定。\n"
                "一、进一步全面深化改革、推进中国式现代化的重大意义和总体要求\n"
                "（1）进一步全面深化改革的重要性和必要性。改革开放是重要法宝。\n")
    assert title_line(decision) is None
    assert title_line(decision.replace("一、", "一．")) is None
    assert opening_name("现在，我代表区委向大会报告工作，请予审议。") == "区委的报告"
    assert opening_name("现在，我代表国务院，作关于第六个五年计划的报告，请大会审议。") == (
        "国务院关于第六个五年计划的报告")
    interview = "采 访 组：田玉珏 薛伟江 桑 熙\n采访对象：某某，1951年生。\n"
    assert title_line(interview) is None
    report = "本月推荐的是总理的《政府工作报告》。\n政府工作报告（极简版）\n正文。\n"
    assert title_line(report) == "《政府工作报告（极简版）》"


def test_the_title_line_is_read_before_cleaning_joins_it_to_a_subtitle() -> None:
    source = "某某同志在全市工作会议上的讲话\n某某同志的讲话\n同志们：今天开会。\n"
    doc = Document(name="report.txt", path=Path("corpus/report.txt"),
                   text=source.replace("讲话\n某某", "讲话某某"), title="report", meta={},
                   source_text=source)
    assert citation(doc) == ("《某某同志在全市工作会议上的讲话》", None)


def test_a_document_without_a_title_line_is_cited_by_what_its_opening_says_it_is() -> None:
    decision = ("为贯彻落实党的代表大会作出的部署，某某委员会第三次全体会议研究了深化改革问题，"
                "作出如下决定。\n一、重大意义\n")
    assert opening_name(decision) == "某某委员会第三次全体会议的决定"
    report = "各位代表：\n现在，我代表市人民政府，向大会报告政府工作，请予审议。\n"
    assert opening_name(report) == "市人民政府政府工作报告"
    congress = "同志们：\n现在，我代表中共某某区第十四届委员会向大会作报告。\n"
    assert opening_name(congress) == "中共某某区第十四届委员会的报告"
    assert opening_name("现在，我代表区委向大会报告工作，请予审议。") == "区委的报告"
    assert opening_name("现在，我代表国务院，作关于第六个五年计划的报告，请大会审议。") == (
        "国务院关于第六个五年计划的报告")
    interview = "采 访 组：田玉珏 薛伟江\n采访对象：某某，1951年生。\n采访组：您好！\n"
    assert opening_name(interview) == "对某某的访谈"
    speech = "同志们：\n今天我们召开会议，研究部署全年工作，作出如下安排。\n"
    assert opening_name(speech) is None
    doc = Document(name="d.txt", path=Path("corpus/d.txt"), text=decision, title="d", meta={})
    assert citation(doc) == ("某某委员会第三次全体会议的决定", None)
