"""Distractors of the items' shape: length within a band, the same kind of head word."""

from __future__ import annotations

from quiz.core.model import BankFormula
from quiz.core.questions.choice import sibling_items
from quiz.core.questions.shape import mark_giveaway, shape_problem, shared_marks

INDUSTRIES = ["数字经济", "生物医药", "贸易物流", "新兴服务业"]
PRESSURES = ["需求收缩", "供给冲击", "预期转弱"]


def test_a_distractor_far_longer_or_shorter_than_the_items_is_flagged() -> None:
    assert "有 11 个字" in (shape_problem("信发铝精深加工事业园区", PRESSURES) or "")
    assert "有 2 个字" in (shape_problem("奋进", ["加快动能转换", "深化改革创新"]) or "")
    assert shape_problem("项目招引", PRESSURES) is None


def test_a_distractor_headed_by_another_part_of_speech_is_flagged() -> None:
    assert "词性不同" in (shape_problem("人才振兴", INDUSTRIES) or "")
    assert shape_problem("现代金融", INDUSTRIES) is None


def _formula(label: str, items: list[str]) -> BankFormula:
    return BankFormula(id=f"d/{label}", label=label, count=len(items), items=tuple(items),
                       doc="d.txt", source="某区报告", evidence="、".join(items) + label)


def test_the_generator_draws_distractors_of_the_items_shape_only() -> None:
    industries = _formula("四大主导产业", INDUSTRIES)
    siblings = [_formula("五个振兴", ["产业振兴", "人才振兴", "文化振兴", "生态振兴", "组织振兴"]),
                _formula("四个重点", ["科技服务", "现代金融", "文化旅游", "新型消费"]),
                _formula("两大变局", ["世界百年未有之大变局", "中华民族伟大复兴战略全局"])]
    pool = sibling_items(industries, siblings)
    assert "科技服务" in pool  # of the shape, and of the subject (服务 of 新兴服务业)
    assert "现代金融" not in pool  # of the shape, sharing no word with the industries
    assert not {"人才振兴", "世界百年未有之大变局"} & set(pool)


def test_the_band_refuses_half_or_twice_the_items_length() -> None:
    assert shape_problem("开放", ["民富区强", "改革创新", "宜居宜业"]) is not None
    assert shape_problem("乡村振兴", ["控股", "城发", "金控"]) is not None
    assert shape_problem("城发", ["科创", "智造", "文化"]) is None


def test_a_distractor_without_the_mark_every_item_bears_is_flagged() -> None:
    assert shared_marks(["德治", "法治", "自治"]) == ("", "治")
    assert shared_marks(["一个企业", "一名区级领导", "一个方案"]) == ("一", "")
    assert "缺少各条目都有的 `治`" in (shape_problem("智造", ["德治", "法治", "自治"]) or "")
    assert "缺少各条目都有的 `振兴`" in (shape_problem("创新互融", ["产业振兴", "人才振兴"]) or "")
    assert shape_problem("乡村振兴", ["产业振兴", "人才振兴"]) is None


def test_a_label_is_a_giveaway_when_only_it_bears_the_items_mark() -> None:
    assert mark_giveaway("三治合一", "三大攻坚行动", ["德治", "法治", "自治"]) == "治"
    assert mark_giveaway("三治合一", "三治并举", ["德治", "法治", "自治"]) is None
    assert mark_giveaway("四个历城", "四个重点", ["科创", "智造", "文化", "品质"]) is None


def test_another_statement_of_the_same_label_lends_no_distractor() -> None:
    first = _formula("三大服务保障", ["深化改革", "人才队伍", "发展环境"])
    again = BankFormula(id="d/三大服务保障#2", label="三大服务保障", count=3,
                        items=("坚定深化改革", "建强人才队伍", "优化发展环境"), doc="d.txt",
                        source="某区报告", evidence="")
    other = _formula("三项攻坚", ["人才引进", "环境整治", "改革攻坚"])
    pool = sibling_items(first, [again, other])
    assert pool == ["人才引进", "环境整治", "改革攻坚"]


def test_a_count_opens_every_item_or_none() -> None:
    parts = ["四项重点工作", "四大主导产业", "三大攻坚行动", "三大服务保障"]
    assert "不以数字开头" in (shape_problem("立体交通路网", parts) or "")
    assert shape_problem("五张名片", parts) is None
    assert "以数字开头, 条目都不是" in (shape_problem("一个企业", ["产业振兴", "人才振兴"]) or "")


def test_a_noun_phrase_among_items_that_all_open_with_a_verb_is_flagged() -> None:
    tasks = ["加快动能转换", "提速乡村振兴", "扩大对外开放", "完善民主法治"]
    assert "开头的词与条目不同类" in (shape_problem("高铁新区", tasks) or "")
    assert shape_problem("优化营商环境", tasks) is None


def test_a_quoted_label_keeps_its_own_quotes_as_single_ones() -> None:
    from quiz.core.questions.base import quoted

    assert quoted("4个“一起”") == "“4个‘一起’”"
    assert quoted("五张名片") == "“五张名片”"


def test_a_phrase_stands_out_among_items_that_are_each_one_word() -> None:
    from quiz.core.questions.shape import shape_problem

    items = ["北京", "上海", "广州", "深圳市"]
    assert shape_problem("资格权", items) == "干扰项 `资格权` 不是一个词, 条目都是"
    assert shape_problem("大豆", ["稻谷", "小麦", "玉米"]) is None


def test_another_length_stands_out_among_short_items_all_of_one_length() -> None:
    from quiz.core.questions.shape import shape_problem

    assert shape_problem("使用权", ["稻谷", "小麦", "玉米"]) == "干扰项 `使用权` 有 3 个字, 条目都是 2 个字"
    assert shape_problem("使用权", ["北京", "上海", "深圳市"]) is None


def test_an_outsider_bearing_its_own_lists_mark_shows_where_it_came_from() -> None:
    from quiz.core.questions.shape import foreign_mark

    five = ["定建设规模", "定投资总额", "定建设工期"]
    assert foreign_mark("定建设规模", five, ["滥占耕地建房", "乱砍滥伐森林"]) == "定"
    assert foreign_mark("定建设规模", five, ["定方向", "定目标"]) is None  # they share it
    assert foreign_mark("载体建设", ["载体建设", "项目招引"], ["需求收缩", "供给冲击"]) is None


def test_a_distractor_lacks_the_word_every_item_holds_inside_or_the_label_names() -> None:
    from quiz.core.questions.shape import shape_problem

    items = ["市区赴省进京无上访", "无集体访", "无重大政治事件"]
    assert shape_problem("项目招引", items) == "干扰项 `项目招引` 缺少各条目都有的 `无`"
    best = ["群众满意率最高", "工作最规范"]
    assert shape_problem("目标体系", best) is None  # one character two items share: no mark
    assert shape_problem("目标体系", best, "两个最") == "干扰项 `目标体系` 缺少提法与各条目共有的 `最`"


def test_an_outsider_bearing_its_own_lists_ending_is_foreign() -> None:
    from quiz.core.questions.shape import foreign_mark

    projects = ["教育质量提升工程", "学校和谐安宁工程", "重点突破工程"]
    relations = ["公办学校与民办学校", "教师岗位与管理后勤岗位", "同一地区各县域"]
    assert foreign_mark("教育质量提升工程", projects, relations) == "工程"
    assert foreign_mark("重点突破工程", projects, ["基础设施工程", "民生实事工程"]) is None
    # the word its own label names and all its items hold: 最 of 两个最
    best = ["群众满意率最高", "工作最规范"]
    policies = ["高校自主招生推荐", "规范财务管理", "新教师招聘"]
    assert foreign_mark("工作最规范", best, policies, "两个最") == "最"
    assert foreign_mark("工作最规范", best, policies) is None  # without its label, no mark
