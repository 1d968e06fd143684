"""Matching boards and composite parts: one-to-one, unambiguous, with stable ids."""

from __future__ import annotations

import random
from dataclasses import replace

from quiz.core.model import BankFormula, QuestionType
from quiz.core.questions.boards import plan_boards
from quiz.core.questions.matching import (
    board_key,
    board_questions,
    decided_pairs,
    gives_parts_away,
    part_meanings,
    part_names,
    parts_questions,
)


def formula(label: str, items: list[str], doc: str = "004.txt", **extra: object) -> BankFormula:
    return BankFormula(id=f"{doc[:3]}/{label}", label=label, count=len(items), items=tuple(items),
                       doc=doc, source="报告", evidence="、".join(items) + label, **extra)


# three items each (no list joined to its label by counting) and no label's word in its
# items (五个振兴 would join 产业振兴 at sight)
BOARD = [
    formula("三项重点工作", ["老城更新", "新区提升", "城乡融合"]),
    formula("三大主导产业", ["数字经济", "生物医药", "贸易物流"]),
    formula("三大攻坚行动", ["载体建设", "项目招引", "产业培育"]),
    formula("三重压力", ["需求收缩", "供给冲击", "预期转弱"]),
    formula("三项民生举措", ["乡村振兴", "城乡融合", "共同富裕"]),  # 城乡融合 is in both
]


def test_labels_board_pairs_each_label_with_its_list() -> None:
    labels, items = board_questions(BOARD, random.Random(0))
    assert labels.type == QuestionType.MATCHING and labels.variant == "labels"
    assert dict(labels.pairs)["三重压力"] == "需求收缩、供给冲击、预期转弱"
    assert labels.answers == tuple(right for _, right in labels.pairs)
    assert sorted(labels.options) == sorted(labels.answers)
    assert len({left for left, _ in labels.pairs}) == len(labels.pairs)


def test_items_board_never_uses_an_item_of_two_formulas() -> None:
    for seed in range(30):
        _, items = board_questions(BOARD, random.Random(seed))
        lefts = [left for left, _ in items.pairs]
        assert "城乡融合" not in lefts
        for item, label in items.pairs:
            owners = [f.label for f in BOARD if item in f.items]
            assert owners == [label]


def test_board_id_depends_only_on_the_formula_ids() -> None:
    first = board_questions(BOARD, random.Random(0))[0]
    shuffled = board_questions(list(reversed(BOARD)), random.Random(9))[0]
    assert first.id == shuffled.id == f"{board_key([f.id for f in BOARD])}/matching/labels"


def test_too_small_or_ambiguous_boards_are_refused() -> None:
    assert board_questions(BOARD[:3], random.Random(0)) == []
    twin = formula("三重压力", ["需求收缩", "供给冲击", "预期转弱"], doc="001.txt")
    assert board_questions([*BOARD[:4], twin], random.Random(0)) == []


def test_part_names_follow_the_report() -> None:
    assert part_names(["4", "4", "3", "3"]) == ["第一个“4”", "第二个“4”", "第一个“3”", "第二个“3”"]
    assert part_names(["1", "4", "N"]) == ["“1”", "“4”", "“N”"]


def test_composite_parts_to_sub_labels() -> None:
    composite = formula("4433", ["四项重点工作", "四大主导产业", "三大攻坚行动", "三大服务保障"],
                        part_keys=("4", "4", "3", "3"), kind="composite")
    (question,) = parts_questions(composite, random.Random(0))
    assert question.id == "004/4433/matching/parts"
    assert question.pairs[0] == ("第一个“4”", "四项重点工作")
    assert question.pairs[3] == ("第二个“3”", "三大服务保障")
    assert question.options != question.answers
    assert parts_questions(BOARD[0], random.Random(0)) == []  # not composite: no parts


def test_boards_hold_four_to_six_formulas_and_cover_every_ready_formula() -> None:
    formulas = [formula(f"第{i}组", [f"甲{i}", f"乙{i}", f"丙{i}"], doc=f"{i % 3:03d}.txt")
                for i in range(23)]
    boards = plan_boards(formulas)
    assert all(4 <= len(board) <= 6 for board in boards)
    on_boards = {f.id for board in boards for f in board}
    assert on_boards == {f.id for f in formulas}


def test_adding_a_formula_keeps_most_boards() -> None:
    formulas = [formula(f"第{i:02d}组", [f"甲{i}", f"乙{i}", f"丙{i}"]) for i in range(60)]
    before = {board_key([f.id for f in b]) for b in plan_boards(formulas)}
    changed = []
    for position in range(0, 60, 3):
        extra = formula(f"第{position:02d}a组", ["甲x", "乙x", "丙x"])
        after = {board_key([f.id for f in b]) for b in plan_boards([*formulas, extra])}
        changed.append(len(before - after))
    assert len(before) >= 10
    # Only the boards near the new formula change; a plan that shifted every later board
    # (cutting every six formulas in order) would change about half of them on average.
    assert max(changed) <= 4
    assert sum(changed) / len(changed) <= 2


def test_parts_grouped_by_the_counts_of_the_label() -> None:
    both = formula("三提三敢", ["提标", "提速", "提能力", "敢闯", "敢干", "敢争先"],
                   part_keys=("三提", "三敢"), kind="composite")
    both = replace(both, count=[3, 3])
    assert part_meanings(both) == ["提标、提速、提能力", "敢闯、敢干、敢争先"]
    assert parts_questions(both, random.Random(0)) == []  # 提 and 敢 join them alone
    hub = formula("一核一港两翼多联", ["济南国际贸易中心", "国际一流内陆港", "依托济南东站打造对外开放新窗口",
                                   "依托自贸区打造制度创新试验田", "立体交通路网"],
                  part_keys=("一核", "一港", "两翼", "多联"), kind="composite")
    # the meanings group by the counts: “两翼” takes two items, the open “多联” the rest
    assert part_meanings(replace(hub, count=[1, 1, 2, "N"])) == [
        "济南国际贸易中心", "国际一流内陆港", "依托济南东站打造对外开放新窗口、依托自贸区打造制度创新试验田",
        "立体交通路网"]
    # but 港 joins “一港” and the one meaning of two joins “两翼”: half the board at sight
    assert parts_questions(replace(hub, count=[1, 1, 2, "N"]), random.Random(0)) == []
    assert parts_questions(replace(hub, count=[1, 1, 2, 2]), random.Random(0)) == []


def test_no_parts_board_where_numerals_alone_join_a_part_to_its_meaning() -> None:
    plan = BankFormula(id="000/1+5+9+1", label="1+5+9+1", count=(1, 5, 9, 1),
                       items=("一个目标", "五张名片", "九大重点任务", "一个引领保障"),
                       doc="000.txt", source="某区报告", evidence="…", kind="composite",
                       part_keys=("1", "5", "9", "1"))
    assert parts_questions(plan, random.Random(0)) == []


def test_parts_joined_by_their_own_word_are_a_giveaway_only_when_half_are() -> None:
    dares = [("“三提”", "提标、提速、提能力"), ("“三敢”", "敢闯、敢干、敢争先")]
    assert decided_pairs(dares) == dares and gives_parts_away(dares)
    hub = [("“一核”", "济南国际贸易中心"), ("“一港”", "国际一流内陆港"),
           ("“两翼”", "两个新窗口"), ("“多联”", "立体交通路网")]
    assert decided_pairs(hub) == [("“一港”", "国际一流内陆港")]
    assert not gives_parts_away(hub)


def test_a_board_joined_at_sight_is_not_asked() -> None:
    from quiz.core.questions.board_giveaways import joined_at_sight, label_word

    assert label_word("4个“一起”") == "一起" and label_word("三重压力") == "压力"
    worded = [
        formula("4个“一起”", ["一起谋划", "一起部署", "一起落实"]),
        formula("三个切实", ["切实增强党性", "切实遵守组织制度", "切实执行组织纪律"]),
        formula("五个统筹", ["统筹城乡发展", "统筹区域发展", "统筹国内发展和对外开放"]),
        formula("三大攻坚行动", ["载体建设", "项目招引", "产业培育"]),
    ]
    lists = ["、".join(f.items) for f in worded]
    assert joined_at_sight([f.label for f in worded], lists) == [0, 1, 2]
    assert [q.variant for q in board_questions(worded, random.Random(0))] == []
    counted = [
        formula("两个去", ["去实体化", "去浙江化"]),
        formula("三重压力", ["需求收缩", "供给冲击", "预期转弱"]),
        formula("四项重点工作", ["老城更新", "新区提升", "乡村振兴", "城乡融合"]),
        formula("五个振兴", ["产业振兴", "人才振兴", "文化振兴", "生态振兴", "组织振兴"]),
    ]
    questions = board_questions(counted, random.Random(0))
    assert "labels" not in [q.variant for q in questions]  # each list's length names its label
    assert BOARD and board_questions(BOARD, random.Random(0))[0].variant == "labels"
    # one pair joined by one character is enough: 三权分置 to 宅基地所有权、资格权、使用权
    one = [formula("三权分置", ["宅基地所有权", "资格权", "使用权"]), *BOARD[1:4]]
    assert joined_at_sight([f.label for f in one], ["、".join(f.items) for f in one]) == [0]
    assert "labels" not in [q.variant for q in board_questions(one, random.Random(0))]


def test_a_board_never_holds_a_composite_with_its_parts() -> None:
    whole = formula("1+5+9+1", ["一个目标", "五张名片", "九大重点任务", "一个引领保障"])
    part = formula("五张名片", ["民富区强", "改革创新", "宜居宜业"], parent=whole.id)
    others = [formula("三重压力", ["需求收缩", "供给冲击", "预期转弱"]),
              formula("三大攻坚行动", ["载体建设", "项目招引", "产业培育"]),
              formula("四项重点工作", ["老城更新", "新区提升", "乡村振兴", "城乡融合"])]
    boards = plan_boards([whole, part, *others])
    assert boards and not any({whole.id, part.id} <= {f.id for f in b} for b in boards)


def test_an_item_opening_with_a_number_only_its_label_writes_is_joined_at_sight() -> None:
    from quiz.core.questions.board_giveaways import joined_at_sight

    labels = ["三提三敢", "六个方面", "四个谈", "1+5+9+1"]
    assert joined_at_sight(labels, ["提标", "发展底线", "深入宣讲谈", "五张名片"]) == [0, 2, 3]
    assert joined_at_sight(["两大定位", "三重压力", "五个振兴", "四项重点工作"],
                           ["五张名片", "供给冲击", "文化振兴", "新区提升"]) == [2]


def test_a_part_joined_by_counting_what_its_meaning_lists_is_decided() -> None:
    pairs = [("“1”", "做好历史文化建筑保护利用"), ("“4”", "全面改造旧厂区、旧住区、旧村庄和旧市场"),
             ("“N”", "对老旧楼宇、老旧院区等进行盘活利用")]
    assert ("“4”", "全面改造旧厂区、旧住区、旧村庄和旧市场") in decided_pairs(pairs)
    assert gives_parts_away(pairs)
    # “两翼” (two) to the only meaning listing two, and “一港” to the one holding 港
    wings = [("“一核”", "济南国际贸易中心"), ("“一港”", "国际一流内陆港"),
             ("“两翼”", "依托济南东站打造对外开放新窗口、依托自贸区打造制度创新试验田"),
             ("“多联”", "立体交通路网")]
    assert len(decided_pairs(wings)) == 2 and gives_parts_away(wings)
