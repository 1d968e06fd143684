"""Questions on an unnumbered parallel list (`自我净化、自我完善…`, `坚持A，坚持B…`).

The report gives no count and no label, so nothing is asked of them: the list is asked
in its own sentence. Cloze: every item (`all`), one item (`item-<i>`), and for long lists
each item after the one before it (`overlap-<i>`), as `cloze.cloze_questions` makes
them. Choice, only for a list whose items share a mark (`坚持…`, `…金融`), on its cores
(`list_marks`): which core is not in the list (`not_member_core`, single) and which are
(`members_core`, multiple), the outsiders being cores of the report's other lists marked
alike, never a core of this one nor a text that holds one or is held by one. A list with
no mark and no label says nothing of what its items are, so an outsider from another list
is struck at sight or arguable (产城融合 among 政府、社区、社会组织、居民自治): it gets no
choice question.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from statistics import median

from quiz.core.model import BankFormula, Question, QuestionType
from quiz.core.questions.base import (
    MIN_OUTSIDERS,
    Span,
    plausible_items,
    quoted,
    rng_for,
    similar_item,
)
from quiz.core.questions.cloze import cloze_questions
from quiz.core.questions.list_marks import (
    CORE_SUFFIX,
    core_shape_problem,
    formula_cores,
    formula_marks,
    lends_cores,
    lent_cores,
    marked,
    marked_phrase,
    printable,
    verb_head,
)
from quiz.core.questions.sentence_stems import GAP, choice_question
from quiz.core.questions.shape import LENGTH_BAND
from quiz.core.questions.topic import off_topic
from quiz.core.questions.wording import attribution

CLOZE_VARIANTS = ("item", "all", "overlap")
MEMBERS_SHOWN = 3  # members beside the outsider of a `not_member` question
MIN_CONTEXT = 4  # characters of the sentence around the list that say what it is


def core_outsiders(formula: BankFormula, own: Sequence[str],
                   siblings: Sequence[BankFormula]) -> list[str]:
    """Cores of the report's other lists (`list_marks.lent_cores`) that are plainly not
    in this one: never a core that holds one of `own` or is held by one, never one the
    report writes with this list's mark (坚持X said elsewhere is 坚持…), only from lists
    marked at the same edge (`list_marks.lends_cores`), of the cores' shape
    (`list_marks.core_shape_problem`), and after a head verb only one on the subject of
    the list's items (`list_marks.verb_head`)."""
    head, tail = formula_marks(formula)
    core_of: dict[str, str] = {}
    for other in siblings:
        lent = lent_cores(other) if (other.kind == formula.kind
                                     and lends_cores(other, formula)) else ()
        for item, core in zip(other.items, lent, strict=False):
            core_of.setdefault(item, core)
    said = [f.evidence for f in (formula, *siblings) if f.doc == formula.doc]
    pool = dict.fromkeys(core_of[item] for item in plausible_items(
        formula, [formula, *siblings], keep_marked=True) if item in core_of)
    verb = verb_head(formula)
    return [core for core in pool
            if printable(core) and not any(core in mine or mine in core for mine in own)
            and not any(marked(core, head, tail) in text for text in said)
            and core_shape_problem(core, own) is None
            and not (verb and off_topic(core, "", formula.items))]


def _parallel(cores: Sequence[str]) -> bool:
    """Whether the cores are of one length band: a core far longer or shorter than the
    others (of a list cut from a sentence at the wrong places) would print as an odd
    option."""
    typical = median(len(core) for core in cores)
    low, high = LENGTH_BAND
    return all(low <= len(core) / typical <= high for core in cores)


def _not_member(formula: BankFormula, items: Sequence[str], where: str, pool: list[str],
                rng: random.Random, suffix: str = "") -> list[Question]:
    if len(items) < MEMBERS_SHOWN or not pool:
        return []
    members = [items[i] for i in sorted(rng.sample(range(len(items)), MEMBERS_SHOWN))]
    options = list(members)
    options.insert(rng.randrange(len(options) + 1), similar_item(pool, members[0], rng))
    prompt = f"{attribution(formula.source)}{where}不包括{GAP}。"
    question = choice_question(formula, QuestionType.SINGLE_CHOICE, f"not_member{suffix}",
                               prompt,
                               options, [o for o in options if o not in members])
    return [question] if question else []


def _members(formula: BankFormula, items: Sequence[str], where: str, pool: list[str],
             rng: random.Random, suffix: str = "") -> list[Question]:
    if len(items) < 2 or not pool:
        return []
    total = 5 if len(items) >= 4 else 4
    chosen = min(len(items), rng.randint(2, total - MIN_OUTSIDERS))
    wrong = list(dict.fromkeys(similar_item(pool, item, rng, among=6) for item in items))
    rng.shuffle(wrong)
    wrong = wrong[: total - chosen]
    members = [items[i] for i in sorted(rng.sample(range(len(items)), chosen))]
    options = members + wrong
    if len(options) < 4 or len(wrong) < MIN_OUTSIDERS:
        return []  # three options are no exam question, one outsider stands out alone
    rng.shuffle(options)
    prompt = f"{attribution(formula.source)}{where}有{GAP}。"
    question = choice_question(formula, QuestionType.MULTIPLE_CHOICE, f"members{suffix}",
                               prompt, options, members)
    return [question] if question else []


def _fair(question: Question, items: Sequence[str]) -> bool:
    """No member among the options (items, or cores) is printed in the stem (the sentence
    around the list or a quoted list's label would tell which options belong)."""
    return not any(len(o) >= 2 and o in items and o in question.prompt for o in question.options)


def list_questions(formula: BankFormula, siblings: Sequence[BankFormula],
                   hints: Sequence[Span] = ()) -> list[Question]:
    """Every question on one list: cloze, and choices on the cores of a marked list where
    other lists lend outsiders."""
    if len(set(formula.items)) != len(formula.items) or len(formula.items) < 2:
        return []
    questions = [q for q in cloze_questions(formula, hints) if q.variant in CLOZE_VARIANTS]
    own = formula_cores(formula)
    if own is None:
        return questions
    rng = rng_for(formula.id, "list")
    pool = core_outsiders(formula, own, siblings) if _parallel(own) else []
    where = f"报告并列提出的{quoted(marked_phrase(*formula_marks(formula)))}"
    choices = [*_not_member(formula, own, where, pool, rng, CORE_SUFFIX),
               *_members(formula, own, where, pool, rng, CORE_SUFFIX)]
    return [*questions, *(q for q in choices if _fair(q, own))]
