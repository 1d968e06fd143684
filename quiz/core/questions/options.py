"""Lettered options: what a learner's letters choose, reading a sequence of answers, and
the order options stand in (drawn from the question's id, rotated, shuffled apart).

Shared by the types that show options under letters (choice, matching, ordering); the
typed text itself is compared by `quiz.core.text.typed_text`.
"""

from __future__ import annotations

import random
from dataclasses import replace

from quiz.core.model import LETTERS, Question, QuestionType
from quiz.core.questions.base import Checked, rng_for, stable_seed
from quiz.core.text.typed_text import normalise


def option_text(q: Question, letter: str) -> str:
    """The text of the option a letter names, or "" when it names none."""
    index = ord(letter.upper()) - ord("A") if len(letter) == 1 else -1
    return q.options[index] if 0 <= index < len(q.options) else ""


def chosen_letters(q: Question, given: tuple[str, ...]) -> list[str]:
    """Chosen option letters: `B`, `a`, `Ａ`, `A,C`, `AC` or an option's own text."""
    letters: list[str] = []
    option_by_text = {normalise(o): chr(ord("A") + i) for i, o in enumerate(q.options)}
    for raw in given:
        text = normalise(raw)
        if text in option_by_text and len(text) > 1:
            letters.append(option_by_text[text])
        else:
            letters.extend(ch.upper() for ch in text if ch.isascii() and ch.isalpha())
    return letters


def grade_sequence(q: Question, given: tuple[str, ...], pinyin: bool) -> Checked:
    """Matching (right entry per left entry) and ordering (items per position)."""
    n = len(q.answers)
    resolved = []
    for raw in tuple(given[:n]) + ("",) * (n - len(given)):
        text = raw.strip()
        if len(text) == 1 and text.isascii() and text.isalpha() and q.options:
            text = option_text(q, text) or text  # a letter naming a shown option
        resolved.append(text)
    per = [normalise(a) == normalise(g) for a, g in zip(q.answers, resolved, strict=True)]
    return per, list(q.answers), resolved


def shuffled_apart(items: tuple[str, ...], rng: random.Random) -> tuple[str, ...]:
    """A shuffle of the items that is not their correct order (when two or more differ)."""
    shuffled = list(items)
    for _ in range(20):
        rng.shuffle(shuffled)
        if tuple(shuffled) != items or len(set(items)) < 2:
            break
    return tuple(shuffled)



def placed_by_id(question: Question) -> Question:
    """The options in an order drawn from the question's own id, answers relettered.

    Each question draws its own order, so correct answers fall at every letter evenly
    over a bank with no period (A B C D in turn would let a learner guess the next),
    and one question's place never depends on the questions before it.
    """
    rng = rng_for(question.id, "position")
    order = sorted(range(len(question.options)), key=lambda i: question.options[i])
    rng.shuffle(order)  # from the sorted options: the place depends on nothing else
    correct = {LETTERS.index(a) for a in question.answers}
    options = tuple(question.options[i] for i in order)
    answers = tuple(LETTERS[new] for new, old in enumerate(order) if old in correct)
    return replace(question, options=options, answers=answers)


def spread_keys(questions: list[Question]) -> list[Question]:
    """Choice questions placed so that keys fall at every letter equally often over the
    bank, in no pattern: taken in the order of a digest of their ids, in blocks of as
    many questions as they have options, each block drawing the order of its places
    from its first id. A single choice's key goes to its block's place (every letter
    within one of the others); a multiple choice is turned by its place, so that each
    of its options visits every letter once a block. Other questions are left alone.

    Drawing each place alone (`placed_by_id`) is even only on average: 58 questions fell
    10, 17, 23 and 8 at A to D. Bank order and digest order are unrelated, so the letters
    in bank order show no period either.
    """
    groups: dict[tuple[QuestionType, int], list[int]] = {}
    for index, question in enumerate(questions):
        single = question.type is QuestionType.SINGLE_CHOICE and len(question.answers) == 1
        if single or question.type is QuestionType.MULTIPLE_CHOICE:
            groups.setdefault((question.type, len(question.options)), []).append(index)
    placed = list(questions)
    for (kind, size), indexes in groups.items():
        indexes.sort(key=lambda i: (stable_seed(questions[i].id, "spread"), questions[i].id))
        for start in range(0, len(indexes), size):
            block = indexes[start:start + size]
            slots = list(range(size))
            rng_for(questions[block[0]].id, "spread").shuffle(slots)
            for index, slot in zip(block, slots, strict=False):
                question = questions[index]
                placed[index] = (with_answer_at(question, slot)
                                 if kind is QuestionType.SINGLE_CHOICE
                                 else rotated(question, slot))
    return placed


def rotated(question: Question, shift: int) -> Question:
    """The question with its options rotated by `shift` places and answers relettered."""
    options = question.options
    count = len(options)
    shift %= count
    new_options = options[-shift:] + options[:-shift] if shift else options
    correct = {options[LETTERS.index(letter)] for letter in question.answers}
    letters = tuple(LETTERS[i] for i, o in enumerate(new_options) if o in correct)
    return replace(question, options=new_options, answers=letters)


def with_answer_at(question: Question, slot: int) -> Question:
    """A single-choice question rotated so that its correct option sits at `slot`."""
    current = LETTERS.index(question.answers[0])
    return rotated(question, slot - current)
