"""A bank's composite links, read from its plain data: what a formula belongs to.

A formula names its parent (by id, or by label within its document); `Family` follows
those links both ways, so that a check can ask what a formula's composite holds (never a
distractor), which other formulas state the same label, and what the report offers as a
plausible distractor (same kind, same document, outside the family).
"""

from __future__ import annotations

from quiz.core.questions.base import Formulas, items_of


class Family:
    """Composite links of a bank: a formula's parent, children and whole family."""

    def __init__(self, known: Formulas) -> None:
        self.known = known
        self._doc_items: dict[str, frozenset[str]] = {}
        # the ids stating each label, in the bank's order: a check asks of a label many times
        self.labelled: dict[str, list[str]] = {}
        by_label: dict[tuple[str, str], str] = {}
        for fid, formula in known.items():
            self.labelled.setdefault(str(formula.get("label")), []).append(fid)
            by_label.setdefault((str(formula.get("doc", "")), str(formula.get("label"))), fid)
        self.parent: dict[str, str] = {}
        for fid, formula in known.items():
            parent = formula.get("parent")
            if not parent:
                continue
            parent = str(parent)
            linked = parent if parent in known else by_label.get(
                (str(formula.get("doc", "")), parent))
            if linked and linked != fid:
                self.parent[fid] = linked
        self.children: dict[str, list[str]] = {}
        for child, parent in self.parent.items():
            self.children.setdefault(parent, []).append(child)

    def root(self, fid: str) -> str:
        seen = {fid}
        while fid in self.parent and self.parent[fid] not in seen:
            fid = self.parent[fid]
            seen.add(fid)
        return fid

    def below(self, fid: str) -> list[str]:
        """The formula and every formula under it."""
        found, stack = [], [fid]
        while stack:
            current = stack.pop()
            if current in found:
                continue
            found.append(current)
            stack.extend(self.children.get(current, ()))
        return found

    def namesakes(self, fid: str) -> list[str]:
        """The formula and every other statement of its label in the same document."""
        formula = self.known[fid]
        return [fid, *(other for other in self.labelled[str(formula.get("label"))]
                       if other != fid and self.known[other].get("doc") == formula.get("doc"))]

    def members(self, fid: str) -> set[str]:
        """What belongs to a formula: its items, and its sub-formulas' labels and items,
        in each statement of its label."""
        result: set[str] = set()
        for namesake in self.namesakes(fid):
            for member in self.below(namesake):
                result.update(items_of(self.known[member]))
                if member not in (fid, namesake):
                    result.add(str(self.known[member].get("label")))
        return result

    def items_of_doc(self, fid: str) -> frozenset[str]:
        """Every item of every formula of the formula's document."""
        doc = str(self.known[fid].get("doc", ""))
        if doc not in self._doc_items:
            self._doc_items[doc] = frozenset(
                item for f in self.known.values() if str(f.get("doc", "")) == doc
                for item in items_of(f))
        return self._doc_items[doc]

    def relatives(self, fid: str) -> set[str]:
        """Everything the whole composite holds (the formula's family)."""
        return self.members(self.root(fid)) | {str(self.known[self.root(fid)].get("label"))}

    def plausible(self, fid: str) -> set[str]:
        """Items a distractor may be: same kind, same document, outside the family."""
        formula = self.known[fid]
        family = set(self.below(self.root(fid)))
        pool: set[str] = set()
        for other_id, other in self.known.items():
            if (other_id not in family and other.get("doc") == formula.get("doc")
                    and str(other.get("kind", "numbered")) == str(formula.get("kind", "numbered"))):
                pool.update(items_of(other))
        return pool - self.relatives(fid)
