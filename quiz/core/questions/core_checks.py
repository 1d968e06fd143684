"""What an exam setter checks of a membership question that offers cores (`坚持……`).

A marked list is asked by its cores, the items without the mark they share
(`list_marks.py`): the variant (`not_member_core`, `members_core`) says so, and
the same rules as for whole items then hold of cores. An outsider is never a core of the
list or of another statement of its label, nor a text that with the list's mark stands
in the report (坚持X said elsewhere belongs to 坚持…); it is a core of another list of the
same report marked at the same edge (an unmarked list's item as it is, to a head mark
only: 正风 of 以学… makes no phrase with …金融), never holds a member's core nor is held
by one, has the cores' shape (their one length, where they share it), and after a head
verb shares a word with the items (a verb chooses its objects). No member's core is printed in the stem.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from quiz.core.questions.list_marks import (
    core_shape_problem,
    data_cores,
    data_lends_cores,
    data_lent_cores,
    data_marks,
    data_verb_head,
    marked,
    marked_phrase,
)
from quiz.core.questions.topic import off_topic

if TYPE_CHECKING:
    from quiz.core.questions.family import Family


def member_cores(fid: str, family: Family) -> set[str]:
    """The cores of the list and of every other statement of its label."""
    return {core for namesake in family.namesakes(fid)
            for core in data_cores(family.known[namesake]) or ()}


def _lenders(fid: str, family: Family) -> Iterator[dict[str, Any]]:
    """Other lists of the same report and kind, outside the formula's composite and of
    another label."""
    formula = family.known[fid]
    kin = set(family.below(family.root(fid)))
    for other_id, other in family.known.items():
        if (other_id not in kin and other.get("doc") == formula.get("doc")
                and other.get("kind") == formula.get("kind")
                and str(other.get("label")) != str(formula.get("label"))):
            yield other


def plausible_cores(fid: str, family: Family) -> set[str]:
    """What an outsider may be: a core of another list of the same report and kind
    marked at the same edge (`list_marks.lends_cores`)."""
    formula = family.known[fid]
    pool: set[str] = set()
    for other in _lenders(fid, family):
        if data_lends_cores(other, formula):
            pool.update(data_lent_cores(other))
    return pool - member_cores(fid, family)


def _across(outsider: str, fid: str, family: Family) -> str | None:
    """The list an outsider was lent from across the mark's edge, named by its mark."""
    formula = family.known[fid]
    for other in _lenders(fid, family):
        if outsider in data_lent_cores(other) and not data_lends_cores(other, formula):
            return marked_phrase(*data_marks(other)) if data_cores(other) else str(other["label"])
    return None


def _said(fid: str, family: Family) -> list[str]:
    doc = family.known[fid].get("doc")
    return [str(f.get("evidence", "")) for f in family.known.values() if f.get("doc") == doc]


def core_outsider_problem(outsider: str, fid: str, family: Family) -> str | None:
    """Why `outsider` may not stand among the list's cores as a non-member, or None."""
    formula = family.known[fid]
    own = data_cores(formula) or ()
    head, tail = data_marks(formula)
    phrase = marked_phrase(head, tail)
    if outsider in member_cores(fid, family):
        return f"答案有误: `{outsider}` 属于 `{phrase}`"
    if any(marked(outsider, head, tail) in text for text in _said(fid, family)):
        return f"答案有误: 报告写有 `{marked(outsider, head, tail)}`, `{outsider}` 也属于 `{phrase}`"
    held = [core for core in own if core in outsider or outsider in core]
    if held:
        return f"干扰项 `{outsider}` 与条目的 `{held[0]}` 相互包含"
    lender = _across(outsider, fid, family) if outsider not in plausible_cores(fid, family) else None
    if lender:
        return f"干扰项 `{outsider}` 取自 `{lender}`, 接不上 `{phrase}` 的标记"
    if outsider not in plausible_cores(fid, family):
        return f"干扰项 `{outsider}` 不是同一报告中其他并列提法去掉标记后的部分"
    if problem := core_shape_problem(outsider, own):
        return problem
    verb = data_verb_head(formula)
    if verb and off_topic(outsider, "", [str(i) for i in formula.get("items") or ()]):
        return (f"干扰项 `{outsider}` 与各条目没有一个共同的词: "
                f"`{verb}` 带的宾语一眼可辨")
    return None


def core_choice_problems(q: dict[str, Any], fid: str, family: Family,
                         right: Sequence[str], wrong: Sequence[str]) -> Iterator[str]:
    """The problems of a `not_member_core` or `members_core` question."""
    single = str(q["variant"]).startswith("not_member")
    for outsider in right if single else wrong:
        if problem := core_outsider_problem(outsider, fid, family):
            yield problem
    members = member_cores(fid, family)
    prompt = str(q["prompt"])
    for option in wrong if single else right:
        if len(option) >= 2 and option in members and option in prompt:
            yield f"题干写出了 `{option}`, 即答案的要害"
