"""The day's study queue, kept in memory and changed on each answer.

Built once per study day from indexed reads (the learning cards; reviews due today and
new cards a page at a time, as far as the walk goes), then kept: an answer moves its card between the lists
and updates what today's limits and burying depend on, so the next card and the counts
read nothing from the database. `StudySession` drops the queue and builds it again when
the database changed behind it (an undo, a flag, another process: `Store.version()`).

The order the cards are asked in is described in session.py; `walk()` is that order.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Callable, Container, Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from itertools import takewhile

from quiz.core.clock import Day, to_us
from quiz.core.review.cards import CardRow
from quiz.core.review.db import Store
from quiz.core.review.queue_card import QueueCard
from quiz.core.review.scheduling import State

LEARN_AHEAD = timedelta(minutes=20)
PAGE = 256  # reviews or new cards read at a time; a day rarely needs more than one page

# The order of the reviews of the day: (due, card id), or (strength, due, card id) in
# the exam's last days.
SortKey = tuple[float, ...]


@dataclass(frozen=True, slots=True)
class _Counted:
    """The last counts (reviews, new, learning) and what they were counted for."""

    key: tuple[int, int, int, frozenset[int], frozenset[int]]
    counts: tuple[int, int, int]
    opening: tuple[int, ...]  # the new cards the walk opened with, in order


class DayQueue:
    """Today's cards for one session, read once and then kept up to date by `answered()`."""

    def __init__(self, store: Store, day: Day, strength: Callable[[CardRow], float] | None) -> None:
        self.store = store
        self.day_start, self.day_end = day.start, day.end
        self._strength = strength
        today = store.cards_answered_since(day.start)
        self.done_ids = {r["card_id"] for r in today}
        self.claimed = {f for r in today for f in r["formulas"].split("\n") if f}
        self.new_today = sum(r["new"] for r in today)
        self.old_reviews_today = store.count_reviews_of_old_cards(day.start)
        self.reviewed_today = store.count_reviews_since(day.start)
        self.learning = {
            card.card_id: card
            for card in map(QueueCard.from_sql, store.learning_due(day.end + LEARN_AHEAD))
        }
        self.reviews: list[tuple[SortKey, QueueCard]] = []
        # Oldest due first: read a page at a time from the index (70,000 overdue cards are
        # not read for the first 200). Weakest first needs them all, to sort.
        self._reviews_exhausted = strength is not None
        if strength is not None:
            rows = store.review_cards_due(day.end)
            self.reviews = sorted((self._key(row), QueueCard.from_card(row)) for row in rows)
        self._review_keys = {card.card_id: key for key, card in self.reviews}
        self.new: list[QueueCard] = []
        self._new_ids: set[int] = set()
        self._new_from = 0  # the position the next page of new cards starts at
        self._new_exhausted = False
        self._answers = 0  # answers taken in by `answered()`: what the counts depend on
        self._counted: _Counted | None = None

    def _key(self, card: CardRow) -> SortKey:
        due = to_us(card.due) or 0
        if self._strength is None:
            return (due, card.card_id)
        return (self._strength(card), due, card.card_id)

    # --- reading ------------------------------------------------------------------

    def _due_reviews(self) -> Iterator[QueueCard]:
        """Reviews due today in order, reading the next page when the walk gets that far."""
        index = 0
        while True:
            while index < len(self.reviews):
                yield self.reviews[index][1]
                index += 1
            if self._reviews_exhausted or not self._read_review_page():
                return

    def _read_review_page(self) -> bool:
        """Add the next page of due reviews after the last one read; False when none is left."""
        after = self.reviews[-1][0] if self.reviews else None
        while True:
            rows = self.store.reviews_due_after(self.day_end, after, PAGE)
            if len(rows) < PAGE:
                self._reviews_exhausted = True
            # a card answered today and still due is in memory already, up to date
            fresh = [r for r in rows if r["card_id"] not in self._review_keys]
            if fresh or self._reviews_exhausted:
                break
            after = (rows[-1]["due"], rows[-1]["card_id"])
        for row in fresh:
            key = (row["due"], row["card_id"])
            self.reviews.append((key, QueueCard.from_sql(row)))
            self._review_keys[row["card_id"]] = key
        return bool(fresh)

    def _new_cards(self) -> Iterator[QueueCard]:
        """New cards in bank order, reading the next page when the walk gets that far."""
        index = 0
        while True:
            while index < len(self.new):
                yield self.new[index]
                index += 1
            if self._new_exhausted or not self._read_new_page():
                return

    def _read_new_page(self) -> bool:
        """Add the next page of new cards; False when there are no more."""
        limit = PAGE
        while True:
            rows = self.store.new_cards_from(self._new_from, limit)
            fresh = [r for r in rows if r["card_id"] not in self._new_ids]
            if fresh or len(rows) < limit:
                break
            limit *= 2  # a page of cards sharing one position, all read already
        if len(rows) < limit:
            self._new_exhausted = True
        for row in fresh:
            self.new.append(QueueCard.from_sql(row))
            self._new_ids.add(row["card_id"])
        if rows:
            self._new_from = rows[-1]["position"]
        return bool(fresh)

    def walk(self, now: datetime, *, new_left: int, review_left: int, extra: bool,
             known: Container[str], ahead: Iterable[QueueCard] = ()) -> Iterator[QueueCard]:
        """Today's cards in the order they will be asked (see session.py).

        `known`: the question ids of the bank (other cards are skipped); `ahead`: the
        cards studied ahead of time with `extra`, after everything else.
        """
        now_us, soon_us = to_us(now), to_us(now + LEARN_AHEAD)
        claimed = set(self.claimed)
        shown: set[int] = set()
        done_ids = self.done_ids

        def take(card: QueueCard, *, bury: bool = True) -> bool:
            if card.card_id in shown or card.question_id not in known:
                return False
            if bury and not extra and card.card_id not in done_ids and not claimed.isdisjoint(card.formulas):
                return False
            shown.add(card.card_id)
            claimed.update(card.formulas)
            return True

        learning = sorted(self.learning.values(), key=lambda c: (c.due or 0, c.card_id))
        for card in learning:
            if (card.due or 0) > now_us:
                break
            if take(card, bury=False):
                yield card
        for card in self._due_reviews():
            if not extra and review_left <= 0:
                break
            if take(card):
                review_left -= 1
                yield card
        if extra or new_left > 0:
            for card in self._new_cards():
                if not extra and new_left <= 0:
                    break
                if take(card):
                    new_left -= 1
                    yield card
        for card in learning:
            if (card.due or 0) > soon_us:
                break
            if take(card, bury=False):
                yield card
        for card in ahead:
            if take(card, bury=False):
                yield card

    def counts(self, now: datetime, *, new_left: int, review_left: int,
               known: Container[str]) -> tuple[int, int, int]:
        """Reviews, new cards and learning cards left in today's walk (without `extra`).

        The walk over a day of new cards is the slowest part of showing a card, and the
        answer's feedback and the next card ask for the same counts: they are kept until
        an answer changes the queue (see `answered`), the limits change, or a learning
        card falls due.
        """
        now_us, soon_us = to_us(now), to_us(now + LEARN_AHEAD)
        # The learning cards the walk takes first (due now) and last (due soon).
        key = (self._answers, new_left, review_left,
               frozenset(i for i, card in self.learning.items() if (card.due or 0) <= now_us),
               frozenset(i for i, card in self.learning.items() if (card.due or 0) <= soon_us))
        if self._counted is not None and self._counted.key == key:
            return self._counted.counts
        due = new = learning = 0
        taken: list[QueueCard] = []
        for card in self.walk(now, new_left=new_left, review_left=review_left, extra=False, known=known):
            taken.append(card)
            if card.reps == 0:
                new += 1
            elif card.state is State.Review:
                due += 1
            else:
                learning += 1
        # The new cards the walk opens with, in order: answering the first one changes the
        # counts in a way known without a walk (see `answered`).
        opening = tuple(card.card_id for card in takewhile(lambda card: card.reps == 0, taken))
        self._counted = _Counted(key, (due, new, learning), opening)
        return due, new, learning

    def _counted_after(self, counted: _Counted | None, card_id: int) -> _Counted | None:
        """The counts after the walk's first card, a new one, was answered and is now a
        learning card: one new card fewer, one learning card more, nothing else moved.

        That card claimed its formulas before the rest of the walk, so every later card is
        taken or buried as before; it leaves the new cards and joins the learning cards due
        soon (if it is not due soon, or another card fell due, the key does not match).
        """
        if counted is None or counted.key[0] != self._answers - 1 or counted.opening[:1] != (card_id,):
            return None
        _, new_left, review_left, due_now, due_soon = counted.key
        due, new, learning = counted.counts
        return _Counted((self._answers, new_left - 1, review_left, due_now, due_soon | {card_id}),
                        (due, new - 1, learning + 1), counted.opening[1:])

    # --- changing -----------------------------------------------------------------

    def answered(self, before: CardRow, after: CardRow) -> None:
        """One answer was committed: `before` is the card as it was, `after` as it is now."""
        card_id = before.card_id
        self._answers += 1
        counted, self._counted = self._counted, None
        self.reviewed_today += 1
        if before.introduced is not None and before.introduced < self.day_start:
            self.old_reviews_today += 1
        if card_id not in self.done_ids:
            self.done_ids.add(card_id)
            self.claimed.update(before.formulas)
            if after.introduced is not None and after.introduced >= self.day_start:
                self.new_today += 1
        if before.reps == 0:
            if card_id in self._new_ids:  # near the front: the queue asks them in order
                self.new.pop(next(i for i, c in enumerate(self.new) if c.card_id == card_id))
                self._new_ids.discard(card_id)
        elif before.state is State.Review:
            self._drop_review(card_id)
        else:
            self.learning.pop(card_id, None)
        if after.suspended or after.hidden or after.due is None:
            return
        card = QueueCard.from_card(after)
        if after.state is not State.Review:
            self.learning[card_id] = card
            if before.reps == 0:
                self._counted = self._counted_after(counted, card_id)
        elif after.due < self.day_end:
            key = self._key(after)
            # Past the last page read, the card is read with its page, in its place.
            if self._reviews_exhausted or (self.reviews and key < self.reviews[-1][0]):
                insort(self.reviews, (key, card))
                self._review_keys[card_id] = key

    def _drop_review(self, card_id: int) -> None:
        key = self._review_keys.pop(card_id, None)
        if key is None:
            return
        index = bisect_left(self.reviews, (key,))  # (key,) sorts just before (key, card)
        if index < len(self.reviews) and self.reviews[index][1].card_id == card_id:
            del self.reviews[index]
