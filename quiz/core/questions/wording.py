"""How a printed question reads: attribution, full-width punctuation, quotes, one sentence.

An exam setter prints a stem as a sentence of the report: opened by its attribution
(`据…，`), Chinese punctuation between Chinese text, quotes that close, a `。` at the end,
and no more context than one sentence, trimmed at clause boundaries. The generator
writes stems with these helpers and `quiz check` reads them back with the same rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

MAX_STEM = 160  # characters of a printed stem, attribution included
MAX_CONTEXT = 110  # characters of the report's sentence a cloze stem keeps
MAX_BREAKS = 3  # sentence breaks (。, ……) inside a stem: more is a passage, not a question
_BREAK = re.compile(r"[。！？]?(?:……|…)+|[。！？]")
END_MARKS = "。？！"
SENTENCE_ENDS = "。！？；;\n"
_NUMBERING = re.compile(r"^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,3}[、．.](?!\d))")
MIN_STEM_TEXT = 4  # characters of a stem besides its attribution and blanks
CLAUSE_ENDS = "，：；。！？\n,:;"  # half-width too: the evidence is as printed
_HALF_TO_FULL = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}
_HALF_MARK = re.compile(r"[,:;?!()]")
_SPACED_MARK = re.compile(r"(?<=[，：；（）？！])\s+|\s+(?=[，：；（）？！])")
_PAIRS = {"“": "”", "《": "》", "（": "）", "‘": "’", "「": "」", "『": "』"}
_CLOSERS = {close: open_ for open_, close in _PAIRS.items()}
# `第一个“4”就是…`, `“N”是…`: a part of a composite named by its key, which the stem
# must not open with (the reader has not been told which formula it belongs to).
_PART_REFERENCE = re.compile(r"(?:第[一二三四五六七八九十两]+个)?“[^”]{1,3}”就?是(?!指)")
_ATTRIBUTION = re.compile(r"据[^，]*，")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff“”‘’《》（）、，。：；？！…—_]")  # _: a blank


def _is_cjk(char: str) -> bool:
    return bool(char) and bool(_CJK.match(char))


def _neighbours(text: str, index: int) -> tuple[str, str]:
    """The nearest characters before and after `index` that are not spaces."""
    # Walks from `index` (slicing and stripping the text for each mark made long
    # evidence quadratic in its commas).
    before = index - 1
    while before >= 0 and text[before].isspace():
        before -= 1
    after, end = index + 1, len(text)
    while after < end and text[after].isspace():
        after += 1
    return (text[before] if before >= 0 else ""), (text[after] if after < end else "")


def half_width_marks(text: str) -> list[str]:
    """The half-width marks (`, : ; ? ! ( )`) that stand next to Chinese text."""
    found = []
    for index, char in enumerate(text):
        if char in _HALF_TO_FULL:
            before, after = _neighbours(text, index)
            if _is_cjk(before) or _is_cjk(after):
                found.append(char)
    return found


def full_width(text: str) -> str:
    """The text with half-width marks next to Chinese text made full-width."""
    out, last = [], 0
    for mark in _HALF_MARK.finditer(text):
        index = mark.start()
        before, after = _neighbours(text, index)
        if _is_cjk(before) or _is_cjk(after):
            out.append(text[last:index])
            out.append(_HALF_TO_FULL[mark.group()])
            last = index + 1
    out.append(text[last:])
    return _SPACED_MARK.sub("", "".join(out))


def quotes_balanced(text: str) -> bool:
    """Whether every opening quote or bracket closes, in order (“…《…》…”)."""
    stack: list[str] = []
    for char in text:
        if char in _PAIRS:
            stack.append(char)
        elif char in _CLOSERS:
            if not stack or stack[-1] != _CLOSERS[char]:
                return False
            stack.pop()
    return not stack


def attribution(source: str) -> str:
    """The opening of a stem that names the report: `据…，`."""
    return f"据{full_width(source)}，" if source else ""


def sentence(text: str) -> str:
    """The text closed by `。`: trailing clause marks replaced, nothing doubled, and no
    section number of the report at its opening (`（5）坚持和落实…`)."""
    text = _NUMBERING.sub("", text.strip()).rstrip("，、；：")
    return text if text.endswith(tuple(END_MARKS)) else text + "。"


def _depths(text: str) -> list[int]:
    """The quote depth before each character (0 outside every quote)."""
    depth, depths = 0, []
    for char in text:
        depths.append(depth)
        if char in _PAIRS:
            depth += 1
        elif char in _CLOSERS and depth:
            depth -= 1
    return depths


def excerpt_bounds(text: str, spans: Sequence[tuple[int, int]],
                   limit: int = MAX_CONTEXT) -> tuple[int, int]:
    """The part of `text` to print around `spans`: their sentence, trimmed at clauses.

    Cuts fall only after a clause mark outside every quote, so a quote is never cut in
    two; clauses are added around the spans while the excerpt stays within `limit`.
    """
    low = min(s for s, _ in spans)
    high = max(e for _, e in spans)
    depths = _depths(text)
    ends = [i + 1 for i, ch in enumerate(text) if ch in CLAUSE_ENDS and depths[i] == 0]
    stops = [i + 1 for i, ch in enumerate(text) if ch in SENTENCE_ENDS and depths[i] == 0]
    start = max([s for s in stops if s <= low], default=0)
    end = min([s for s in stops if s >= high], default=len(text))
    cuts_before = sorted(c for c in ends if start <= c <= low)
    cuts_after = sorted(c for c in ends if high <= c <= end)
    left = cuts_before[-1] if cuts_before else start
    right = cuts_after[0] if cuts_after else end
    before = [c for c in cuts_before if c < left][::-1] + ([start] if start < left else [])
    after = [c for c in cuts_after if c > right] + ([end] if end > right else [])
    grown = True
    while grown:
        grown = False
        if before and right - before[0] <= limit:
            left = before.pop(0)
            grown = True
        elif after and after[0] - left <= limit:
            right = after.pop(0)
            grown = True
    while before and _copula_first(text[left:]):
        left = before.pop(0)  # 是…的需要 needs what it is said of
    if _copula_first(text[left:]):
        # what it is said of lies before the sentence (a clause after ；): print only the
        # clauses that hold the spans, without their 是
        left += len(text[left:]) - len(text[left:].lstrip()) + 1
        right = cuts_after[0] if cuts_after else end
    return left, right


def _copula_first(text: str) -> bool:
    opening = text.lstrip()
    return opening.startswith("是") and not opening.startswith("是否")


def part_reference(text: str) -> str:
    """The part reference a stem's body opens with (`第一个“4”就是`), or ""."""
    opening = _ATTRIBUTION.match(text)
    found = _PART_REFERENCE.match(text, opening.end() if opening else 0)
    return found.group() if found else ""


def without_part_reference(body: str) -> str:
    """The body without an opening part reference: `突出做好……“四项重点工作”`."""
    return body[len(part_reference(body)):]


_DEMONSTRATIVES = "这那该此"  # 这____，一是排查: the blank stands for what came before


def stem_problems(prompt: str) -> list[str]:
    """What keeps a stem from being printed as it is (length, marks, quotes, ending)."""
    problems = []
    if len(prompt) > MAX_STEM:
        problems.append(f"题干有 {len(prompt)} 个字 (最多 {MAX_STEM})")
    marks = half_width_marks(prompt)
    if marks:
        problems.append(f"中文之间有半角标点 `{''.join(dict.fromkeys(marks))}`")
    if not quotes_balanced(prompt):
        problems.append("题干的引号或括号不配对")
    if not prompt.rstrip().endswith(tuple(END_MARKS)):
        problems.append("题干没有以 `。` 结尾")
    breaks = len(_BREAK.findall(prompt.rstrip().rstrip(END_MARKS)))
    if breaks > MAX_BREAKS:
        problems.append(f"题干是一段 {breaks + 1} 句的话 (最多 {MAX_BREAKS + 1} 句)")
    body = _ATTRIBUTION.sub("", prompt, count=1) if prompt.startswith("据") else prompt
    if numbering := _NUMBERING.match(body):
        problems.append(f"题干以报告的编号 `{numbering.group()}` 开头")
    if _copula_first(body):
        problems.append("题干以 `是` 开头, 缺了它的主语")
    if "____" * 2 in prompt:
        problems.append("两个空紧挨着, 分不清各填什么")
    if body[:1] in _DEMONSTRATIVES and body[1:].startswith("____"):
        problems.append(f"题干以 `{body[0]}____` 开头: 它指的内容不在题中")
    if sum("\u4e00" <= ch <= "\u9fff" for ch in body) < MIN_STEM_TEXT:
        problems.append("题干除空外没有内容")
    if "\n" in prompt.strip():
        problems.append("题干跨行: 标题与正文不是一句话")
    if reference := part_reference(prompt):
        problems.append(f"题干以 `{reference}` 开头, 却没有说明它指哪一部分")
    return problems


# 一是, 二、, 一件事, 一方面: the stem goes on to enumerate what the count counts
_ENUMERATION = re.compile(r"(?<![\u4e00-\u9fff])[一二三四五六七八九十](?:是|、|件事|条是|方面)"
                          r"|另一方面")
MIN_COUNT_CONTEXT = 6  # characters of a count stem besides the label: what is counted


def count_stem_problem(prompt: str, label: str) -> str | None:
    """Why a count blank's stem cannot be printed, or None: it enumerates the items it
    asks to count (`____点希望……一是…二是…三是…`), or says nothing but the label
    (`以上____个方面。`, `____个“坚决”。`), so there is nothing to know the count by."""
    if found := _ENUMERATION.search(prompt):
        return f"数字空的题干列举了各项 (`{found.group()}`)"
    body = _ATTRIBUTION.sub("", prompt, count=1) if prompt.startswith("据") else prompt
    context = [ch for ch in body if "\u4e00" <= ch <= "\u9fff" and ch not in label]
    if len(context) < MIN_COUNT_CONTEXT:
        return "数字空的题干除提法外没有内容, 说不出数的是什么"
    return None


MAX_LABEL_ELISIONS = 1  # `……` in a label blank's stem: more joins paragraphs into a collage


def label_stem_problem(prompt: str) -> str | None:
    """Why a label blank's stem cannot be printed, or None: it strings the label's
    sentence and its items' paragraphs together with `……` more than once
    (`提____……一是…大局意识……二是…责任意识……三是…`), a collage, not a sentence."""
    count = prompt.count("……")
    if count > MAX_LABEL_ELISIONS:
        return f"提法空的题干用 {count} 处 `……` 拼接了多段话, 不是一句话"
    return None
