"""Headline targets and figures of government work reports: `主要预期目标是：国内生产总值
增长5%左右；城镇新增就业1200万人以上，…；粮食产量1.3万亿斤以上`.

Inside a sentence that announces targets (目标, 预期, 力争, 确保, 达到) or looks back on
figures (过去五年, 年均, 连年), each clause that ends in a number with a unit becomes one
target: its indicator (the words before the number), value, unit and qualifier (左右,
以上, 以下, 以内). A clause without a number is never a target.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from quiz.core.extract.spans import runs_holding

# A sentence of targets, or of the figures a report looks back on (过去五年…连年稳定在…).
_ANNOUNCES = re.compile(r"目标|预期|力争|确保|达到|过去一年|过去五年|年均|连年")
_SENTENCE_STOPS = "。！？\n"
_CLAUSE = re.compile(r"[^，,；;：:、]+")
_UNIT = r"%|％|‰|个百分点|[万亿千百]*(?:人次|人|元|斤|吨|户|个|套|所|座|辆|千瓦|亩|公里|千米|平方米|家|项|岁|年|天|小时|倍)"
_LEAD_VERB = re.compile(r"^(?:确保|力争|争取|要|使|将|把|实现|达到)")
_FIGURE = re.compile(
    rf"^(?P<indicator>[\u4e00-\u9fff“”]{{2,24}}?)(?:为|达到|达|控制在|保持在|稳定在|增加到|增长到|在)?"
    rf"(?P<value>\d+(?:\.\d+)?)(?P<unit>{_UNIT})(?P<qualifier>左右|以上|以下|以内|上下)?$"
)


@dataclass(frozen=True)
class TargetFound:
    """One headline figure: what it measures, the number, its unit and qualifier."""

    indicator: str
    value: str
    unit: str
    qualifier: str
    start: int  # of the clause
    end: int
    sentence: tuple[int, int]


def targets(text: str) -> Iterator[TargetFound]:
    """Every headline figure in a sentence that announces targets."""
    for s_start, s_end in runs_holding(text, _ANNOUNCES, _SENTENCE_STOPS):
        if not re.search(r"\d", text[s_start:s_end]):
            continue
        for c in _CLAUSE.finditer(text, s_start, s_end):
            clause = c.group(0).strip()
            m = _FIGURE.match(clause)
            if m is None:
                continue
            indicator = _LEAD_VERB.sub("", m["indicator"].strip("“”")).removesuffix("的")
            if len(indicator) < 2:
                continue
            start = c.start() + c.group(0).index(clause[:1])
            yield TargetFound(indicator, m["value"], m["unit"], m["qualifier"] or "",
                              start, start + len(clause), (s_start, s_end))
