"""What an exam setter checks of a cloze question (`quiz check`, after structure).

No stem prints its own answer: not a count's or a label's when it lists every item
(a composite's every part, items that each carry a word of the label, or a label that is
only a count and a word such as 方面), nor a count
blank in a stem that says nothing but the label, nor an answer as it is, nor the heart
of an answer as an item of another statement of the label (an echo). `echoed` serves
generation too, which leaves such a blank out.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any

from quiz.core.model import BLANK
from quiz.core.questions.base import Formulas, items_of, states_count
from quiz.core.questions.board_giveaways import (
    generic_label,
    label_in_items,
    label_printed,
    label_spelled,
)
from quiz.core.questions.family import Family
from quiz.core.questions.label_kin import words_only
from quiz.core.questions.wording import count_stem_problem, label_stem_problem


def echoed(prompt: str, answers: Sequence[str], echoes: Sequence[str]) -> str | None:
    """An echo (an item of another statement of the label) that the stem prints and an
    answer holds: `深化改革` printed gives `坚定不移深化改革` away."""
    shown = prompt.replace(BLANK, "\x00")
    for echo in echoes:
        if len(echo) >= 2 and echo in shown and any(echo in a and echo != a for a in answers):
            return echo
    return None


_CLAUSE_BREAK = re.compile(r"……|…|[。！？；;：:]")


def ambiguous(prompt: str, answers: Sequence[str], items: Sequence[str], evidence: str) -> str:
    """Another item that fills the only blank's clause as well, else "": after an elision
    (`统筹推进“五个振兴”……突出____。`) the clause around the blank is all that pins it,
    and 突出人才振兴 stands in the report as much as 突出产业振兴."""
    if prompt.count(BLANK) != 1 or len(answers) != 1:
        return ""
    at = prompt.index(BLANK)
    starts = [m.end() for m in _CLAUSE_BREAK.finditer(prompt, 0, at)]
    end = _CLAUSE_BREAK.search(prompt, at + len(BLANK))
    clause = prompt[starts[-1] if starts else 0:end.start() if end else len(prompt)]
    if len(clause.replace(BLANK, "")) < 1 or not starts:
        return ""  # no elision or stop before the blank: the whole stem pins it
    for other in items:
        if other != answers[0] and clause.replace(BLANK, other) in evidence:
            return other
    return ""


def label_blank_problems(prompt: str, label: str, items: Sequence[str],
                         composite: bool) -> list[str]:
    """Why a blank of the label in `prompt` asks nothing, or []: a stem strung together
    from paragraphs, a label the stem spells out, items too short to be asked a label of,
    or items that, printed, give the label away. Generation leaves such a blank out."""
    shown = prompt.replace(BLANK, "\x00")
    problems = []
    if collage := label_stem_problem(prompt):
        problems.append(collage)
    if word := label_printed(label, shown):
        problems.append(f"提法空的答案已露出: 题干写出了 `{word}` 的每个字")
    if words_only(items):
        problems.append("提法的各项都是两个字以内的词: 提法是它们的类名或简称, 凭常识或字面即可写出")
    if items and all(i in shown for i in items):
        if composite:
            problems.append("提法空的答案已露出: 题干列出了每一部分")
        elif word := label_in_items(label, items):
            problems.append(f"提法空的答案已露出: 题干列出的每一项都带着 `{word}`")
        elif generic_label(label):
            problems.append("提法空的答案已露出: 题干列出了每一项, 提法除数字外没有自己的词")
        elif word := label_spelled(label, items):
            problems.append(f"提法空的答案已露出: 题干列出的每一项都含有提法的 `{word}` 字")
    return problems


def _problems(q: dict[str, Any], fid: str, family: Family) -> Iterator[str]:
    formula = family.known[fid]
    variant = str(q.get("variant", ""))
    prompt = str(q["prompt"])
    shown = prompt.replace(BLANK, "\x00")
    items = items_of(formula)
    if variant == "count" and items and all(i in shown for i in items):
        yield "数字空的答案已露出: 题干列出了每一项"
    if variant == "count" and (bare := count_stem_problem(prompt, str(formula.get("label")))):
        yield bare
    count = formula.get("count")
    if variant == "count" and isinstance(count, int) and not isinstance(count, bool) and not (
            states_count(str(q["answers"][0]), count)):
        yield f"数字空的答案 `{q['answers'][0]}` 不是 {count} 的写法, 而是提法名称的一部分"
    if variant == "label":
        yield from label_blank_problems(prompt, str(formula.get("label")), items,
                                        str(formula.get("kind")) == "composite")
    if variant.startswith("item") and (other := ambiguous(
            prompt, [str(a) for a in q["answers"]], items, str(formula.get("evidence", "")))):
        yield f"答案不唯一: 空所在的分句填入 `{other}` 也是报告原文"
    for answer in q["answers"]:
        if len(str(answer)) >= 2 and str(answer) in shown:
            yield f"答案 `{answer}` 出现在题干中"
    echoes = [i for n in family.namesakes(fid)[1:] for i in items_of(family.known[n])]
    if echo := echoed(prompt, [str(a) for a in q["answers"]], echoes):
        yield f"题干写出了 `{echo}`, 即答案的要害"


def cloze_semantics(q: dict[str, Any], known: Formulas, family: Family) -> list[str]:
    """The giveaways of one cloze question."""
    return list(_problems(q, str(q["formulas"][0]), family))
