"""Each formula pattern of the genre, on small made-up sentences."""

from __future__ import annotations

from quiz.core.formula import FormulaKind
from tests.helpers.extract import by_label, formulas_in


def test_items_before_a_quoted_label_with_intro_verb() -> None:
    f = by_label("全区要建设高效、清廉、务实、为民“四个政府”,推动发展。")["四个政府"]
    assert f.items == ("高效", "清廉", "务实", "为民")
    assert f.count == 4 and f.complete and f.kind == FormulaKind.NUMBERED


def test_last_item_joined_by_he() -> None:
    f = by_label("连续荣获全国文明城市、卫生城市、园林城市和双拥模范城“四个称号”。")["四个称号"]
    assert f.items == ("文明城市", "卫生城市", "园林城市", "双拥模范城")


def test_list_as_vehicle_with_yi() -> None:
    text = "各级组织以集中学习谈、入户走访谈、网络互动谈“三个谈”为载体,推动落实。"
    assert by_label(text)["三个谈"].items == ("集中学习谈", "入户走访谈", "网络互动谈")


def test_quoted_list_before_bare_label() -> None:
    text = "我们提出打造“开放、创新、生态”三个新区的发展思路。"
    f = by_label(text)["三个新区"]
    assert f.items == ("开放", "创新", "生态")


def test_bare_list_and_bare_label() -> None:
    f = by_label("当前发展面临市场收缩、成本上升、动力不足三重挑战,必须应对。")["三重挑战"]
    assert f.items == ("市场收缩", "成本上升", "动力不足")


def test_quoted_list_with_de_before_label() -> None:
    f = by_label("会议明确了打造“区域物流枢纽、开放合作高地”的两大定位。")["两大定位"]
    assert f.items == ("区域物流枢纽", "开放合作高地")


def test_items_sharing_head_noun() -> None:
    f = by_label("奋力建设富裕、文明、美丽“三个新城区”。")["三个新城区"]
    assert f.items == ("富裕", "文明", "美丽")


def test_verb_inside_first_item_is_kept_when_all_items_start_with_verbs() -> None:
    text = "实施推进科技创新、深化对外开放、保障改善民生“三大任务”。"
    assert by_label(text)["三大任务"].items == ("推进科技创新", "深化对外开放", "保障改善民生")


def test_one_sentence_per_item_after_the_label() -> None:
    text = ("今后五年,聚力实现“三个新突破”。\n产业发展实现新突破。产值增长一倍。\n"
            "城市建设实现新突破。新建道路十条。\n民生保障实现新突破。就业持续扩大。\n")
    assert by_label(text)["三个新突破"].items == ("产业发展", "城市建设", "民生保障")


def test_shared_verb_headings_keep_the_head_noun() -> None:
    text = ("坚持统筹推进“三个提升”。突出质量提升。做了很多工作。突出效率提升。"
            "成效明显。突出服务提升。群众满意。")
    assert by_label(text)["三个提升"].items == ("质量提升", "效率提升", "服务提升")


def test_yi_shi_er_shi_markers() -> None:
    text = "做好“三项工作”:一是抓好安全生产;二是稳定经济运行;三是改善群众生活。"
    assert by_label(text)["三项工作"].items == ("抓好安全生产", "稳定经济运行", "改善群众生活")


def test_yi_ge_shi_markers_after_a_bare_label() -> None:
    text = "干部要胸怀两个大局,一个是国内发展全局,一个是国际形势变局,这是基本出发点。"
    assert by_label(text)["两个大局"].items == ("国内发展全局", "国际形势变局")


def test_composite_parts_named_by_following_labels() -> None:
    text = ("确定“1+3+2”的思路,即围绕“一个目标”,打造甲乙、丙丁、戊己“三张名片”,"
            "强化庚辛、壬癸“两大支撑”。")
    found = by_label(text)
    assert found["1+3+2"].items == ("一个目标", "三张名片", "两大支撑")
    assert found["1+3+2"].count == (1, 3, 2)
    assert found["三张名片"].items == ("甲乙", "丙丁", "戊己")
    assert found["三张名片"].parent == "1+3+2"


def test_digit_composite_explained_part_by_part() -> None:
    text = ("构建“32”工作体系。“3”就是做好春耕、夏管、秋收“三项农事”;"
            "“2”就是守好耕地、粮仓“两条底线”。")
    found = by_label(text)
    assert found["32"].items == ("三项农事", "两条底线")
    assert found["三项农事"].items == ("春耕", "夏管", "秋收")


def test_repeated_digits_with_ordinals() -> None:
    text = ("研究构建“4422”推进体系。第一个“4”就是突出做好甲甲、乙乙、丙丙、丁丁“四项重点”;"
            "第二个“4”就是聚焦戊戊、己己、庚庚、辛辛“四大产业”;第一个“2”就是实施子子、丑丑“两大行动”;"
            "第二个“2”就是强化寅寅、卯卯“两大保障”。")
    f = by_label(text)["4422"]
    assert f.items == ("四项重点", "四大产业", "两大行动", "两大保障")
    assert f.part_keys == ("4", "4", "2", "2")


def test_arabic_composite_with_n_explained() -> None:
    text = ("落实“1+2+N”更新体系。“1”是做好文物保护利用。“2”是改造旧厂区和旧住区。"
            "“N”是对老旧楼宇进行盘活利用。")
    f = by_label(text)["1+2+N"]
    assert f.count == (1, 2, "N")
    assert f.items == ("做好文物保护利用", "改造旧厂区和旧住区", "对老旧楼宇进行盘活利用")


def test_chinese_composite_explained() -> None:
    text = ("形成“一心两翼”格局。“一心”就是着力打造“城市商务中心”。"
            "“两翼”就是依托东站打造开放窗口,依托园区打造创新高地。")
    f = by_label(text)["一心两翼"]
    assert f.count == (1, 2)
    assert f.items == ("城市商务中心", "依托东站打造开放窗口", "依托园区打造创新高地")


def test_abbreviation_built_from_items() -> None:
    text = "市委提出“提质提效提能级、敢拼敢闯敢担当”的要求。全面落实“三提三敢”工作要求。"
    f = by_label(text)["三提三敢"]
    assert f.items == ("提质", "提效", "提能级", "敢拼", "敢闯", "敢担当")
    assert f.kind == FormulaKind.COMPOSITE


def test_items_sharing_a_character_with_the_label() -> None:
    text = "坚持德治、法治、自治相结合,着力构建“三治融合”的治理体系。"
    assert by_label(text)["三治融合"].items == ("德治", "法治", "自治")


def test_list_ending_in_deng_is_incomplete() -> None:
    f = by_label("重点抓好科技创新、营商环境、产业生态等“十大创新”。")["十大创新"]
    assert not f.complete
    assert f.items == ("科技创新", "营商环境", "产业生态")


def test_count_mismatch_is_reported() -> None:
    f = by_label("打造甲乙、丙丁、戊己、庚辛“五张名片”。")["五张名片"]
    assert not f.complete
    assert "5" in (f.problem or "") and "4" in (f.problem or "")


def test_label_without_items_is_label_only() -> None:
    kinds = {f.label: f.kind for f in formulas_in("要增强“四个意识”,做到“两个维护”。")}
    assert kinds == {"四个意识": FormulaKind.LABEL_ONLY, "两个维护": FormulaKind.LABEL_ONLY}


def test_list_of_labels_is_not_the_items_of_the_last_label() -> None:
    text = "增强“四个意识”、坚定“四个自信”、坚决做到“两个维护”。"
    assert all(not f.items for f in formulas_in(text))


def test_unnumbered_quoted_list() -> None:
    f = [f for f in formulas_in("树立“严、真、细、实、快”的工作作风。") if f.kind == FormulaKind.LIST][0]
    assert f.items == ("严", "真", "细", "实", "快")


def test_half_and_full_width_punctuation_alike() -> None:
    a = by_label("打造甲乙、丙丁、戊己“三张名片”，推动发展。")["三张名片"]
    b = by_label("打造甲乙、丙丁、戊己“三张名片”,推动发展。")["三张名片"]
    assert a.items == b.items == ("甲乙", "丙丁", "戊己")


def test_label_split_by_a_page_break() -> None:
    text = "聊城提出了建设富强、创新、开放、美丽、幸福、奋进\n\n“六个新聊城”的奋斗目标。\n"
    assert by_label(text)["六个新聊城"].items == ("富强", "创新", "开放", "美丽", "幸福", "奋进")


def test_evidence_and_item_spans_point_into_the_text() -> None:
    text = "前言。打造民富区强、改革创新“两张名片”,推动发展。"
    f = by_label(text)["两张名片"]
    start, end = f.span
    assert f.evidence == text[start:end]
    for item, (s, e) in zip(f.items, f.item_spans, strict=True):
        assert f.evidence[s:e] == item


def test_years_and_quantities_are_not_labels() -> None:
    assert formulas_in("“十四五”时期,实施“三年行动”,建成15个园区。") == []


def test_numbered_headings_after_the_label() -> None:
    text = ("今年要打好“两大攻坚战”。\n（一）打好污染防治攻坚战。加强治理。\n"
            "（二）打好乡村振兴攻坚战。推进改革。\n")
    assert by_label(text)["两大攻坚战"].items == ("污染防治攻坚战", "乡村振兴攻坚战")


def test_di_yi_markers_and_a_further_item_breaks_the_count() -> None:
    ok = "把握“两个要求”:第一,坚持稳中求进;第二,坚持改革创新。"
    assert by_label(ok)["两个要求"].items == ("稳中求进", "改革创新")  # the shared 坚持 is left out
    too_many = "把握“两个要求”:一是坚持稳中求进;二是坚持改革创新;三是坚持底线思维。"
    assert "两个要求" not in by_label(too_many)


def test_a_government_work_report_in_another_style() -> None:
    from pathlib import Path

    from quiz.core.extract import extract_formulas
    from quiz.core.text.corpus import read_document

    path = Path(__file__).resolve().parents[1] / "data" / "reports" / "government_report_sample.txt"
    found = {f.label: f.items for f in extract_formulas(read_document(path)) if f.items}
    assert found == {
        "三大攻坚战": ("防范化解重大风险攻坚战", "精准脱贫攻坚战", "污染防治攻坚战"),
        "六大工程": ("产业升级工程", "城市更新工程", "乡村振兴工程", "开放提升工程",
                     "民生改善工程", "生态保护工程"),
        "三个转变": ("发展方式转变", "经济结构转变", "增长动力转变"),
        "五个城市": ("创新", "协调", "绿色", "开放", "共享"),
        "两手抓": ("一手抓疫情防控", "一手抓经济发展"),
    }


def test_a_long_first_item_loses_the_words_that_govern_the_list() -> None:
    text = "会上提出,首先把条件好的青山湖、白沙湖、东湖等三大湿地尽快保护起来。"
    assert by_label(text)["三大湿地"].items == ("青山湖", "白沙湖", "东湖")
    text = "这里只着重讲一讲加强职工培训和整顿劳动纪律这两点。"
    assert by_label(text)["两点"].items == ("加强职工培训", "整顿劳动纪律")


def test_a_first_item_with_a_bracket_and_a_conjunction_stays_whole() -> None:
    text = ("要正确处理好城区学校与农村学校（特别是山区学校）、公办学校与民办学校、"
            "普通高中与职业高中间的这三大关系。")
    assert by_label(text)["三大关系"].items == (
        "城区学校与农村学校", "公办学校与民办学校", "普通高中与职业高中")


def test_yi_fang_mian_shi_drops_the_copula() -> None:
    text = "干好工作要看两个方面:一方面是思路要清楚、要坚定;另一方面是落实要有力、有效。"
    assert by_label(text)["两个方面"].items == ("思路要清楚、要坚定", "落实要有力、有效")


def test_a_preposition_every_numbered_item_opens_with_stays() -> None:
    text = ("推动“两个转变”：一是从只管校内转变为校内外一起管理；"
            "二是从临时应急转变为常态化管理。")
    assert by_label(text)["两个转变"].items == ("从只管校内转变为校内外一起管理",
                                              "从临时应急转变为常态化管理")
    text = "打好“两大战役”：一是打好蓝天保卫战；二是打好碧水保卫战。"
    assert by_label(text)["两大战役"].items == ("蓝天保卫战", "碧水保卫战")
