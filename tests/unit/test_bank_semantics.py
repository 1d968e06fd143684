"""`quiz check` reads a bank as an exam setter does: one fault of each kind is flagged."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from quiz.core.bank.check import check_file, check_text

FIXTURE = Path(__file__).parents[1] / "fixtures" / "unfair_bank.yaml"

EXPECTED = {
    "fault/wrong_key": "答案有误: `宜居宜业` 属于 `1+5+9+1`",
    "fault/count_printed": "数字空的答案已露出",
    "fault/parts_printed": "提法空的答案已露出",
    "fault/label_count": "选项 `四个历城` 的数字与答案的提法不符",
    "fault/foreign_label": "选项 `三大露天矿` 取自另一份报告, 与本提法的各项毫不相干",
    "fault/unmarked_list": "并列的各项没有标记也没有名称, 干扰项无从判断类别",
    "fault/generic_label": "提法空的答案已露出: 题干列出了每一项, 提法除数字外没有自己的词",
    "fault/copula_stem": "题干以 `是` 开头, 缺了它的主语",
    "fault/stray_quote": "答案或选项 `”需求收缩` 的引号或括号不配对",
    "fault/label_word": "干扰项 `项目招引` 缺少提法与各条目共有的 `最`",
    "fault/other_report": "干扰项 `世界百年未有之大变局` 不是同一报告中同类提法的条目",
    "fault/same_composite": "干扰项 `加快动能转换` 属于同一个组合提法",
    "fault/numeral_giveaway": "选项 `四个历城` 缺少答案与题干共有的数字 一",
    "fault/weak_distractor": "干扰项 `信发铝精深加工事业园区` 有 11 个字, 条目都是 4 个字",
    "fault/length_band": "干扰项 `德治` 有 2 个字, 条目约 6 个字",
    "fault/same_length": "干扰项 `使用权` 有 3 个字, 条目都是 2 个字",
    "fault/namesake_key": "答案有误: `着力应对预期转弱` 属于 `三重压力`",
    "fault/echo": "题干写出了 `供给冲击`, 即答案的要害",
    "fault/shared_mark": "干扰项 `科创` 缺少各条目都有的 `治`",
    "fault/label_mark": "选项 `三重压力` 缺少答案与各条目共有的 `治`",
    "fault/part_reference": "题干以 `第一个“3”就是` 开头, 却没有说明它指哪一部分",
    "fault/passage": "题干是一段 5 句的话 (最多 4 句)",
    "fault/numeral_parts": "`“5”` 与 `五张名片` 单凭字面就能连上",
    "fault/dropped_item": "选项 `需求收缩、预期转弱` 有 2 项, 提法却是 3 项",
    "fault/non_word": "`统筹进步安全` 不是 `统筹发展安全` 的逐词替换",
    "fault/proper_name": "改动了专名 `信发铝精深加工事业园区`",
    "fault/too_long": "题干有 186 个字 (最多 160)",
    "fault/open_quote": "题干的引号或括号不配对",
    "fault/half_width": "中文之间有半角标点 `(),`",
    "fault/no_full_stop": "题干没有以 `。` 结尾",
    "fault/file_name": "题干写出了文件名 `d.txt`",
    "fault/list_mark": "干扰项 `数字政府建设` 缺少各条目都有的 `坚持`",
    "fault/core_said": "答案有误: 报告写有 `坚持稳中求进`, `稳中求进` 也属于 `坚持……`",
    "fault/core_kept_mark": "干扰项 `数字政府建设` 不是同一报告中其他并列提法去掉标记后的部分",
    "fault/core_overlap": "干扰项 `内需` 与条目的 `扩大内需` 相互包含",
    "fault/core_echo": "题干写出了 `平安乡村`, 即答案的要害",
    "fault/core_other_tail": "干扰项 `数字政府` 取自 `……建设`, 接不上 `……体系` 的标记",
    "fault/board_at_sight": "送分: `三治合一` 与 `德治、法治、自治` 单凭字面",
    "fault/board_one_pair": "送分: `三权分置` 与 `探索宅基地所有权、资格权、使用权` 单凭字面",
    "fault/core_off_topic": "干扰项 `就业服务` 与各条目没有一个共同的词: `坚持` 带的宾语一眼可辨",
    "fault/label_collage": "提法空的题干用 3 处 `……` 拼接了多段话",
    "fault/nameless": "提法 `三个方面` 除数字外没有自己的词: 离开原句不知问的是什么",
    "fault/count_name": "数字空的答案 `三三` 不是 3 的写法, 而是提法名称的一部分",
    "fault/share_over_whole": "选项 `101%` 超过 100%, 而答案是不足 100% 的比率",
    "fault/dangling_this": "题干以 `这____` 开头: 它指的内容不在题中",
    "fault/cut_items": "提法 `三个千万` 的条目是从更长的分句中截下的, 未必是它所数的内容",
    "fault/label_word_swapped": "`协调城乡发展` 去掉了提法名称里的 `统筹`",
    "fault/label_spelled": "提法空的答案已露出: 题干列出的每一项都含有提法的 `高` 字",
    "fault/dropped_part_item": "选项 `提标、提速、提能力、敢干、敢争先` 有 5 项, 提法却是 6 项",
    "fault/ambiguous_item": "答案不唯一: 空所在的分句填入 `人才振兴` 也是报告原文",
    "fault/label_printed": "提法空的答案已露出: 题干写出了 `新聊城` 的每个字",
    "fault/label_words_only": "提法的各项都是两个字以内的词: 提法是它们的类名或简称",
    "fault/one_outsider": "只有 1 个干扰项: 唯一的错项一眼可辨",
    "fault/off_topic": "干扰项 `项目招引` 与本提法的名称和条目没有一个共同的词",
    "fault/label_form": "选项 `三权分置` 与答案 `三大粮食作物` 的计数方式不同",
    "fault/label_echo": "选项 `两个倾斜` 缺少答案与题干条目共有的 `最`",
    "fault/lead_verb": "首项 `探索宅基地所有权` 带着支配全句的 `探索`",
    "fault/count_bare": "数字空的题干除提法外没有内容",
    "fault/count_listed": "数字空的题干列举了各项 (`一是`)",
    "fault/heading_stem": "题干跨行",
    "fault/phrase_among_words": "干扰项 `资格权` 不是一个词, 条目都是",
    "fault/one_character": "条目都是单字 (简称), 只在本提法中有意义: 别处的 `河` 一眼可辨",
    "fault/bare_stem": "题干除空外没有内容",
    "fault/adjacent_blanks": "两个空紧挨着",
    "fault/foreign_mark": "干扰项 `现代物流园区` 带着它所属提法各条目共有的 `园区`, 条目都没有",
    "fault/numbered_stem": "题干以报告的编号 `（5）` 开头",
    "fault/inner_mark": "干扰项 `项目招引` 缺少提法与各条目共有的 `无`",
    "fault/label_in_items": "提法空的答案已露出: 题干列出的每一项都带着 `一`",
    "fault/kin_board": "答案有误: `五张名片` 属于同在题中的 `1+5+9+1`",
    "fault/core_edge": "干扰项 `平安乡村` 取自 `……建设`, 接不上 `坚持……` 的标记",
}


@pytest.fixture(scope="module")
def problems() -> dict[str, list[str]]:
    report = check_file(FIXTURE, semantics=True)
    found: dict[str, list[str]] = defaultdict(list)
    for problem in report.problems:
        qid, _, message = problem.message.removeprefix("题目 ").partition(": ")
        found[qid].append(message)
    return found


@pytest.mark.parametrize("qid", sorted(EXPECTED))
def test_each_fault_is_flagged(problems: dict[str, list[str]], qid: str) -> None:
    assert any(EXPECTED[qid] in m for m in problems[qid]), problems[qid]


def test_fair_questions_are_left_alone(problems: dict[str, list[str]]) -> None:
    assert {qid: ms for qid, ms in problems.items() if qid.startswith("fair/")} == {}
    assert set(problems) == set(EXPECTED)


def test_the_fixture_is_well_formed_and_semantics_are_asked_for() -> None:
    text = FIXTURE.read_text(encoding="utf-8")
    assert check_text(text, "b.yaml").problems == []  # structure and invariants hold
    assert check_text(text, "b.yaml", semantics=True).problems


def test_a_broken_bank_reports_structure_first() -> None:
    text = FIXTURE.read_text(encoding="utf-8").replace("type: true_false", "type: essay", 1)
    messages = [p.message for p in check_text(text, "b.yaml", semantics=True).problems]
    assert len(messages) == 1 and "未知题型 `essay`" in messages[0]


def test_an_option_counts_items_that_hold_a_comma_of_their_own() -> None:
    from quiz.core.questions.choice_checks import split_items

    known = frozenset({"不做以权谋私、蜕化变质的贪官", "不做饱食终日、无所用心的懒官", "需求收缩"})
    assert split_items("不做饱食终日、无所用心的懒官、不做以权谋私、蜕化变质的贪官", known) == [
        "不做饱食终日、无所用心的懒官", "不做以权谋私、蜕化变质的贪官"]
    assert split_items("需求收缩、预期转弱", known) == ["需求收缩", "预期转弱"]
    assert split_items("一、二、三", known) == ["一", "二", "三"]  # unknown: its pieces
    swapped = "不做以权谋私、蜕化变质的贪官、不做饱食终日、无所事事的懒官"  # one item swapped
    assert len(split_items(swapped, known)) == 3


def test_a_cloze_of_a_clause_after_a_semicolon_drops_its_copula_and_keeps_its_clause() -> None:
    from quiz.core.questions.wording import excerpt_bounds

    text = "是增强政治意识、大局意识、核心意识、看齐意识，坚定道路自信，确保全党步调一致的需要"
    start, end = excerpt_bounds(text, [(2, 6)])
    assert text[start:end] == "增强政治意识、大局意识、核心意识、看齐意识，"
    said = "总结历史经验，是增强政治意识、大局意识的需要"
    start, end = excerpt_bounds(said, [(9, 13)])
    assert said[start:end].startswith("总结历史经验，是")
