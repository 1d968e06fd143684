"""Near-synonyms for exam distractors: the report's wording with one word changed.

Party theory exams test the exact wording (加快动能转换, not 加速动能转换). The table
holds verb and noun pairs that such reports use side by side, so a swapped word reads
plausibly and is still not what the report says.
"""

from __future__ import annotations

from functools import cache

from quiz.core.questions.board_giveaways import label_pieces

_PAIRS = (
    ("加快", "加速"), ("推进", "推动"), ("深化", "深入"), ("提升", "提高"),
    ("完善", "健全"), ("保障", "保证"), ("统筹", "协调"), ("优化", "改善"),
    ("扩大", "拓展"), ("强化", "加强"), ("融合", "结合"), ("振兴", "复兴"),
    ("创新", "革新"), ("改革", "变革"), ("发展", "进步"), ("建设", "建立"),
    ("战略", "策略"), ("全局", "大局"), ("收缩", "萎缩"), ("冲击", "冲突"),
    ("转弱", "减弱"), ("和谐", "和睦"), ("美丽", "秀美"), ("富强", "强盛"),
    ("开放", "开发"), ("幸福", "美好"), ("安全", "安定"), ("环境", "环保"),
    ("质量", "效益"), ("品质", "品位"), ("事业", "产业"), ("实力", "能力"),
    ("潜力", "活力"), ("培育", "培养"), ("招引", "招商"), ("队伍", "团队"),
    ("更新", "改造"), ("提速", "加速"), ("民生", "民心"), ("法治", "法制"),
)
_TABLE: dict[str, tuple[str, ...]] = {}
for _left, _right in _PAIRS:
    _TABLE.setdefault(_left, ())
    _TABLE.setdefault(_right, ())
    _TABLE[_left] += (_right,)
    _TABLE[_right] += (_left,)


# Part-of-speech tags of the words a swap may change: verbs and adjectives. A noun swap
# (民生 -> 民心) leaves words that exist but a phrase no report would print.
_SWAPPABLE_TAGS = ("v", "a")  # v, vn, vd, a, ad, an
_NAME_TAGS = ("nr", "ns", "nt", "nz")
# Endings of the names of parks, firms and places: 信发铝精深加工事业园区 is a name.
_NAME_ENDINGS = ("园区", "产业园", "公司", "集团", "基地", "开发区", "新区", "片区", "大学",
                 "医院", "中心", "港", "园")


@cache
def _tagged(text: str) -> tuple[tuple[str, str], ...]:
    from quiz.core.text.segmentation import tagged_words  # deferred: jieba loads slowly

    return tuple(tagged_words(text))


def is_proper_name(item: str) -> bool:
    """Whether the item names a place, person, body or firm: a swap must not touch it."""
    return item.endswith(_NAME_ENDINGS) or any(tag.startswith(_NAME_TAGS)
                                               for _, tag in _tagged(item))


def _word_at(item: str, start: int, end: int) -> str | None:
    """The tag of the word spanning exactly [start, end) of the item, if one does."""
    cursor = 0
    for word, tag in _tagged(item):
        if cursor == start and cursor + len(word) == end:
            return tag
        cursor += len(word)
    return None


def swap_problem(item: str, variant: str) -> str | None:
    """Why a one-word swap of `item` into `variant` is no fair distractor, or None.

    The swap must replace the item's leading verb or adjective, as a whole word, by a
    word of the table that reads as a word in its new place (a dictionary word with a
    like tag), and the item must not be a proper name.
    """
    from quiz.core.text.segmentation import is_word  # deferred: jieba loads slowly

    if is_proper_name(item):
        return f"`{variant}` 改动了专名 `{item}`"
    head = 0
    while head < min(len(item), len(variant)) and item[head] == variant[head]:
        head += 1
    tail = 0
    while (tail < min(len(item), len(variant)) - head
           and item[-1 - tail] == variant[-1 - tail]):
        tail += 1
    for word, others in _TABLE.items():
        for other in others:
            start = item.find(word, max(0, head - len(word) + 1))
            if start < 0 or item[:start] + other + item[start + len(word):] != variant:
                continue
            if start != 0:  # only the leading verb: 加快动能转换 -> 加速动能转换
                return f"`{variant}` 不是 `{item}` 的逐词替换"
            old_tag = _word_at(item, start, start + len(word))
            new_tag = _word_at(variant, start, start + len(other))
            if (old_tag is None or new_tag is None or not is_word(other)
                    or not old_tag.startswith(_SWAPPABLE_TAGS)
                    or old_tag[:1] != new_tag[:1]):
                return f"`{variant}` 不是 `{item}` 的逐词替换"
            return None
    return f"`{variant}` 不是只替换 `{item}` 中的一个词"


def drops_label_word(item: str, variant: str, label: str) -> str:
    """The word or character of the label that the item holds and the swap takes away
    (统筹 of 五个统筹: 协调城乡发展 for 统筹城乡发展 is struck at sight), else ""."""
    for piece in label_pieces(label):
        if piece in item and piece not in variant:
            return piece
    return ""


def near_synonyms(item: str, label: str = "") -> list[str]:
    """The item with one word replaced by a near-synonym, each way that reads as words,
    none taking away a word of the formula's `label` (`drops_label_word`)."""
    variants: dict[str, None] = {}
    for word, others in _TABLE.items():
        start = item.find(word)
        if start < 0:
            continue
        for other in others:
            variant = item[:start] + other + item[start + len(word):]
            if (variant != item and swap_problem(item, variant) is None
                    and not drops_label_word(item, variant, label)):
                variants[variant] = None
    return list(variants)
