"""The rules each question type must keep, checked on a bank's plain data (`quiz check`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from quiz.core.model import BLANK, FALSE_ANSWER, LETTERS, TRUE_ANSWER, Question, QuestionType
from quiz.core.questions.base import question_key
from quiz.core.questions.wording import attribution, full_width

_SPACE = re.compile(r"\s+")


def _squash(text: str) -> str:
    return _SPACE.sub("", text)


def _filled(prompt: str, answers: list[str]) -> str:
    pieces = prompt.split(BLANK)
    out = [pieces[0]]
    for answer, piece in zip(answers, pieces[1:], strict=False):
        out += [answer, piece]
    return "".join(out)


def _core(prompt: str, source: str) -> str:
    """The report's words of a cloze stem: without its attribution and closing mark."""
    prompt = full_width(prompt)
    opening = attribution(source)
    if opening and prompt.startswith(opening):
        prompt = prompt[len(opening):]
    return prompt.rstrip().rstrip("。？！，；：、")


def _cued(answers: list[str], prompt: str, items: list[str]) -> bool:
    """An overlap stem: its cue is the item just before the answer, in the report's order."""
    if len(answers) != 1 or answers[0] not in items[1:]:
        return False
    index = items.index(answers[0])
    return f"“{items[index - 1]}”" in prompt


def _check_cloze(q: dict[str, Any], evidence: str, formula: dict[str, Any]) -> list[str]:
    answers = [str(a) for a in q["answers"]]
    prompt = str(q["prompt"])
    problems = []
    if prompt.count(BLANK) != len(answers):
        return [f"{prompt.count(BLANK)} blanks but {len(answers)} answers"]
    if len(q.get("accepted") or []) > len(answers):
        problems.append("more `accepted` lists than blanks")
    if str(q.get("variant", "")) == "overlap":
        if not _cued(answers, prompt, [str(i) for i in formula.get("items") or []]):
            problems.append("the cue of the stem is not the item before the answer")
    else:
        source = str(q.get("source") or formula.get("source") or "")
        filled = _squash(_filled(_core(prompt, source), answers))
        if filled not in _squash(evidence) and filled not in _squash(full_width(evidence)):
            problems.append("the prompt with its answers filled in differs from the evidence")
    for answer in answers:
        if answer not in evidence:
            problems.append(f"answer `{answer}` does not appear in the evidence")
    return problems


def _check_choice(q: dict[str, Any], multiple: bool) -> list[str]:
    options = [str(o) for o in q.get("options") or []]
    answers = [str(a) for a in q["answers"]]
    if len(options) < 2:
        return ["fewer than two options"]
    problems = []
    if len(set(options)) != len(options):
        problems.append("two options are the same (a distractor equals a correct answer)")
    valid = LETTERS[: len(options)]
    if any(a not in valid for a in answers) or len(set(answers)) != len(answers):
        problems.append(f"answers must be distinct letters among {', '.join(valid)}")
    elif not multiple and len(answers) != 1:
        problems.append("a single choice question needs exactly one answer")
    elif multiple and not 1 <= len(answers) < len(options):
        problems.append("a multiple choice question needs at least one wrong option")
    return problems


def _check_matching(q: dict[str, Any], known: dict[str, dict[str, Any]]) -> list[str]:
    pairs = [(str(a), str(b)) for a, b in q.get("pairs") or []]
    if len(pairs) < 2:
        return ["a matching question needs at least two pairs"]
    lefts = [a for a, _ in pairs]
    rights = [b for _, b in pairs]
    problems = []
    if len(set(lefts)) != len(lefts) or len(set(rights)) != len(rights):
        problems.append("the pairs are not one-to-one")
    if sorted(str(o) for o in q.get("options") or []) != sorted(rights):
        problems.append("`options` is not the right-hand column of `pairs`")
    if [str(a) for a in q["answers"]] != rights:
        problems.append("`answers` does not follow the right-hand column of `pairs`")
    if q.get("variant") == "items":
        board = [known[str(f)] for f in q["formulas"]]
        for item, label in pairs:
            owners = [f for f in board if item in [str(i) for i in f.get("items") or []]]
            if len(owners) != 1:
                problems.append(f"item `{item}` belongs to {len(owners)} formulas on the board")
            elif str(owners[0]["label"]) != label:
                problems.append(f"item `{item}` is not an item of `{label}`")
    return problems


def _check_ordering(q: dict[str, Any]) -> list[str]:
    options = sorted(str(o) for o in q.get("options") or [])
    if len(options) < 2:
        return ["an ordering question needs at least two items"]
    if options != sorted(str(a) for a in q["answers"]):
        return ["`options` and `answers` hold different items"]
    return []


def _check_true_false(q: dict[str, Any]) -> list[str]:
    if [str(a) for a in q["answers"]] not in ([TRUE_ANSWER], [FALSE_ANSWER]):
        return [f"the answer must be {TRUE_ANSWER} or {FALSE_ANSWER}"]
    return []


def _items(formula: dict[str, Any]) -> list[str]:
    return [str(i) for i in formula.get("items") or []]


def _against_formulas(q: dict[str, Any], known: dict[str, dict[str, Any]]) -> list[str]:
    """Answers that agree with the formulas the question is about, per generated variant."""
    qtype, variant = str(q["type"]), str(q.get("variant", ""))
    items = _items(known[str(q["formulas"][0])])
    options = [str(o) for o in q.get("options") or []]
    chosen: list[str] = []
    if qtype in (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE):
        chosen = [options[LETTERS.index(str(a))] for a in q["answers"]]  # letters checked
    others = [o for o in options if o not in chosen]
    problems = []
    if qtype == QuestionType.SINGLE_CHOICE and variant == "list":
        if chosen != ["、".join(items)]:
            problems.append("the correct option is not the formula's items")
    elif qtype == QuestionType.SINGLE_CHOICE and variant == "not_member":
        if any(c in items for c in chosen) or any(o not in items for o in others):
            problems.append("the answer must be the one option that is not an item")
    elif qtype == QuestionType.MULTIPLE_CHOICE and variant == "members":
        if any(c not in items for c in chosen) or any(o in items for o in others):
            problems.append("the correct options must be exactly the items among the options")
    elif qtype == QuestionType.ORDERING and variant == "items":
        if [str(a) for a in q["answers"]] != items:
            problems.append("`answers` is not the formula's items in order")
    elif qtype == QuestionType.MATCHING and variant == "labels":
        board = {str(f.get("label")): "、".join(_items(f))
                 for f in (known[str(i)] for i in q["formulas"])}
        for left, right in q.get("pairs") or []:
            if board.get(str(left)) != str(right):
                problems.append(f"`{left}` is not paired with its items")
    return problems


def invariants(q: dict[str, Any], known: dict[str, dict[str, Any]]) -> list[str]:
    qtype = QuestionType(q["type"])
    evidence = str(q.get("evidence") or known[str(q["formulas"][0])].get("evidence", ""))
    checks: dict[QuestionType, Callable[[], list[str]]] = {
        QuestionType.CLOZE: lambda: _check_cloze(q, evidence, known[str(q["formulas"][0])]),
        QuestionType.SINGLE_CHOICE: lambda: _check_choice(q, multiple=False),
        QuestionType.MULTIPLE_CHOICE: lambda: _check_choice(q, multiple=True),
        QuestionType.TRUE_FALSE: lambda: _check_true_false(q),
        QuestionType.MATCHING: lambda: _check_matching(q, known),
        QuestionType.ORDERING: lambda: _check_ordering(q),
    }
    problems = checks[qtype]()
    if problems and qtype in (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE):
        return problems  # the letters cannot be trusted to name the options
    return problems + _against_formulas(q, known)


def identity(q: dict[str, Any]) -> str:
    """What makes two questions the same to a learner (`questions.base.question_key`)."""
    return question_key(Question.from_dict(q))
