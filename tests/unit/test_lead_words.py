"""A list's first item loses the verb its sentence puts before the whole list."""

from __future__ import annotations

import pytest

from quiz.core.questions.lead_words import leading_words, parallel_items


@pytest.mark.parametrize(("items", "prefix"), [
    (["坚决反对拜金主义", "享乐主义", "极端个人主义", "历史虚无主义"], "坚决反对"),
    (["探索宅基地所有权", "资格权", "使用权"], "探索"),
    (["坚持问题导向", "目标导向", "效果导向"], "坚持"),
    (["落实全球发展倡议", "全球安全倡议", "全球文明倡议"], "落实"),
    (["通过严肃追究主体责任", "监督责任", "领导责任"], "通过严肃追究"),
    (["突出抓好交通安全", "食品安全", "寄宿学生安全", "校园校产安全"], "突出抓好"),
    (["办好民族教育", "特殊教育", "继续教育"], "办好"),  # one other of two opens with a verb
])
def test_the_verb_before_a_list_is_cut_off_its_first_item(items: list[str], prefix: str) -> None:
    assert leading_words(items) == prefix


@pytest.mark.parametrize("items", [
    ["加快动能转换", "深化改革创新", "提速乡村振兴"],  # every item opens with a verb
    ["让主题教育深入人心", "打动人心", "激励人心"],  # the others open with verbs too
    ["用新时代中国特色社会主义思想武装全党的迫切需要", "推进新时代党的建设的迫切需要",
     "保持党同人民群众血肉联系的迫切需要"],  # verb-object items: 用 is the item's own
    ["首先把资源条件好的霍林河", "伊敏河", "平朔"],  # what is left opens with 把
    ["发展社会主义先进文化", "弘扬革命文化", "传承中华优秀传统文化"],
    ["科技金融", "绿色金融"],  # the first item is no longer than the others
    ["探索创新", "资格权"],  # no shared last character
])
def test_items_that_are_parallel_as_they_are_are_left_alone(items: list[str]) -> None:
    assert leading_words(items) == ""


def test_the_first_span_moves_with_the_cut() -> None:
    evidence = "探索宅基地所有权、资格权、使用权“三权分置”"
    spans = ((0, 8), (9, 12), (13, 16))
    items, moved = parallel_items(["探索宅基地所有权", "资格权", "使用权"], spans)
    assert items == ("宅基地所有权", "资格权", "使用权")
    assert [evidence[a:b] for a, b in moved] == list(items)


def test_the_words_that_count_items_off_are_no_part_of_them() -> None:
    evidence = "一个是生态省，一个是循环经济，还有一个就是海洋经济"
    spans = ((0, 6), (7, 14), (15, 25))
    items, moved = parallel_items(["一个是生态省", "一个是循环经济", "还有一个就是海洋经济"], spans)
    assert items == ("生态省", "循环经济", "海洋经济")
    assert [evidence[a:b] for a, b in moved] == list(items)


def test_the_last_item_loses_what_follows_the_lists_closing_deng() -> None:
    items = ["中央办公厅", "中央组织部", "国务院办公厅", "全国政协机关等中央和国家机关设立"]
    evidence = "、".join(items)
    spans, at = [], 0
    for item in items:
        spans.append((at, at + len(item)))
        at += len(item) + 1
    parallel, moved = parallel_items(items, spans)
    assert parallel[-1] == "全国政协机关"
    assert [evidence[a:b] for a, b in moved] == list(parallel)
    assert parallel_items(["平等", "公正", "法治"], [])[0] == ("平等", "公正", "法治")


def test_a_first_item_as_long_as_the_longest_loses_its_verb_but_keeps_its_word() -> None:
    from quiz.core.questions.lead_words import leading_words

    assert leading_words(["反对帝国主义", "封建主义", "官僚资本主义"]) == "反对"
    assert leading_words(["操心事", "烦心事", "揪心事"]) == ""
