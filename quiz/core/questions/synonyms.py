"""Near-synonyms for exam distractors: the report's wording with one word changed.

Party theory exams test the exact wording (加快动能转换, not 加速动能转换). The table
holds verb and noun pairs that such reports use side by side, so a swapped word reads
plausibly and is still not what the report says.
"""

from __future__ import annotations

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


def near_synonyms(item: str) -> list[str]:
    """The item with one word replaced by a near-synonym, each way the table allows."""
    variants: dict[str, None] = {}
    for word, others in _TABLE.items():
        start = item.find(word)
        if start < 0:
            continue
        for other in others:
            variant = item[:start] + other + item[start + len(word):]
            if variant != item:
                variants[variant] = None
    return list(variants)
