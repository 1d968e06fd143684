"""Questions on a key statement: one sentence that defines something by a cue word
(`高质量发展是全面建设社会主义现代化国家的首要任务`, `…的总要求是“学思想、强党性…”`).

Examiners blank the defining words (`defining`): one blank, or one per clause where
the words run over several (`全面建成…强国、实现…目标，以中国式现代化…复兴`). Where the
sentence reads `X是Y的<cue>`, Y, what the cue is of, is asked too (`subject`): 高质量发展
是____的首要任务. The cue itself stays printed, as in real banks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quiz.core.model import BankFormula, Question
from quiz.core.questions.base import Span, locate_items
from quiz.core.questions.sentence_stems import blank_stem, cloze_question

SPLIT_OVER = 12  # defining words longer than this get one blank per clause
_CLAUSE = re.compile(r"[^，、；,;]+")
_SUBJECT = re.compile(r"是([^，。；：、“”《》,;:]{2,24}?)的$")


def _parts(words: str, start: int) -> list[Span]:
    """The defining words' spans: the whole, or each clause when they are long."""
    if len(words) <= SPLIT_OVER:
        return [(start, start + len(words))]
    return [(start + m.start(), start + m.end()) for m in _CLAUSE.finditer(words)]


def _subject(formula: BankFormula, words: Span) -> Span | None:
    """Y of `X是Y的<cue>`, when the defining words X open the sentence part."""
    cue = formula.detail_field("cue")
    evidence = formula.evidence
    at = evidence.find(cue, words[1])
    if not cue or at < 0:
        return None
    match = _SUBJECT.search(evidence[words[1]:at])
    if match is None or match.start() != 0:
        return None
    return (words[1] + match.start(1), words[1] + match.end(1))


def statement_questions(formula: BankFormula, siblings: Sequence[BankFormula],
                        hints: Sequence[Span] = ()) -> list[Question]:
    """The cloze questions of one statement; none where its words are not in the text."""
    if len(formula.items) != 1:
        return []
    (span,) = locate_items(formula, hints)
    if span is None:
        return []
    words = formula.items[0]
    questions = []
    blanks = _parts(words, span[0])
    prompt = blank_stem(formula, [span], blanks)
    if prompt:
        answers = [formula.evidence[s:e] for s, e in blanks]
        questions.append(cloze_question(formula, "defining", prompt, answers))
    subject = _subject(formula, span)
    if subject is not None:
        prompt = blank_stem(formula, [span, subject], [subject])
        if prompt:
            questions.append(cloze_question(formula, "subject", prompt,
                                            [formula.evidence[subject[0]:subject[1]]]))
    return questions
