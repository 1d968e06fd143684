"""Whether a label from another report may stand among a formula's wrong labels.

A label question offers the key among labels of the same count; one from another report
is fair only when it speaks of what the formula does, which the characters of its label
show: one besides the count in common with the formula's label or items.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_COUNTING = re.compile("[0-9０-９一二三四五六七八九十百千万两双个大项条种点“”\"'‘’]")


def akin(label: str, items: Sequence[str], other_label: str) -> bool:
    """Whether another report's label speaks of what a formula does: a character besides
    its count in common with the formula's label or items (3个“教育” for 三衔接's
    教师专业发展), where 五大露天矿 offered for an education speech's 五点意见 is struck
    at sight."""
    return bool(set(_COUNTING.sub("", other_label)) & set(label + "".join(items)))
