"""Key statements: one sentence that defines something with a cue word of the genre
(`…，是全党全国各族人民在新时代新征程的中心任务`, `这次主题教育的总要求是“学思想、…”`).

The defining words are what an examiner blanks. Two shapes are read: the cue then 是
and the definition (`总要求是X`), and the definition then 是…的 cue at the end of the
sentence (`X，是…的中心任务`). The cue words are the genre's vocabulary of definition,
not the wording of any one report.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from quiz.core.extract.spans import runs_holding

CUES = ("主题", "首要任务", "中心任务", "根本任务", "本质要求", "根本保证", "最大优势",
        "总基调", "主线", "主要矛盾", "总要求", "总目标", "总任务", "根本目的", "根本宗旨",
        "第一要务", "第一动力", "第一资源", "根本动力", "重中之重", "战略基点", "主攻方向",
        "根本出发点", "根本落脚点", "最本质的特征", "最大政治优势", "根本政治保证", "核心要义",
        "鲜明特征", "鲜明主题", "根本遵循", "行动指南", "根本方针", "主要任务", "基本方略")
_CUE = "|".join(sorted(map(re.escape, CUES), key=len, reverse=True))
_ANY_CUE = re.compile(_CUE)
_ENDS = "。！？"
_STOPS = _ENDS + "\n"
# 总要求是X / 主题是：X
_CUE_FIRST = re.compile(rf"(?P<cue>{_CUE})(?:就)?是[:：]?(?P<words>[^。！？；\n]{{4,80}})")
# X，是…的中心任务。
_CUE_LAST = re.compile(rf"^(?P<words>[^。；]{{6,150}})[，,]是(?P<frame>[^。；]{{0,40}}?)的(?P<cue>{_CUE})[。！]?$")
WORDS_MAX = 60  # longer definitions make a passage to copy, not a question
# 高质量发展是全面建设社会主义现代化国家的首要任务。
_SUBJECT_IS = re.compile(rf"^(?P<words>[^，,。；是]{{2,30}})是(?P<frame>[^，,。；]{{2,40}}?)的(?P<cue>{_CUE})[。！]?$")
_QUOTED_WHOLE = re.compile(r"^[“\"]([^”\"]+)[”\"]$")


@dataclass(frozen=True)
class StatementFound:
    """A defining sentence: its cue, the defining words, and their span."""

    cue: str
    words: str
    start: int  # of the defining words
    end: int
    sentence: tuple[int, int]


def statements(text: str) -> Iterator[StatementFound]:
    """Every defining sentence, in text order."""
    for run_start, run_end in runs_holding(text, _ANY_CUE, _STOPS):
        if run_end < len(text) and text[run_end] in _ENDS:
            run_end += 1  # the sentence keeps its final mark
        whole = text[run_start:run_end]
        sentence = whole.strip()
        offset = run_start + whole.index(sentence[:1]) if sentence else run_start
        last = _CUE_LAST.match(sentence) or _SUBJECT_IS.match(sentence)
        if last and len(last["words"].strip()) <= WORDS_MAX:
            words = last["words"].strip()
            yield StatementFound(last["cue"], words, offset + last.start("words"),
                                 offset + last.start("words") + len(words), (run_start, run_end))
            continue
        first = _CUE_FIRST.search(sentence)
        if first:
            words = first["words"].strip().strip("，,")
            quoted = _QUOTED_WHOLE.match(words)
            start = offset + first.start("words")
            if quoted:
                words, start = quoted.group(1), start + 1
            if 4 <= len(words) <= WORDS_MAX:
                yield StatementFound(first["cue"], words, start, start + len(words),
                                     (run_start, run_end))
