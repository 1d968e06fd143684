"""The formula model: a numbered label and the items a report gives for it."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class FormulaKind(StrEnum):
    """What sort of formula an occurrence is."""

    NUMBERED = "numbered"  # 五张名片: one number, its items
    COMPOSITE = "composite"  # 1+5+9+1, 4433, 一核一港两翼多联: parts, each explained
    LIST = "list"  # an unnumbered parallel list (“严、真、细、实、快”, 坚持A，坚持B，坚持C)
    STATEMENT = "statement"  # a defining sentence (…是…的中心任务): its defining words
    TARGET = "target"  # a headline figure (国内生产总值增长5%左右): indicator and value
    LABEL_ONLY = "label_only"  # a numbered label with no items in the text


Count = int | str  # str only for open-ended parts such as "N" or "多"
# A formula's count, spelled one way everywhere in the code: one Count, or a tuple of
# them for a composite label (4433 -> (4, 4, 3, 3)). Files hold a list instead of the
# tuple (`count_to_data` / `count_from_data`); people read "4+4+3+3" (`count_text`).
FormulaCount = Count | tuple[Count, ...]


def count_from_data(value: Any) -> FormulaCount:
    """A count as YAML or JSON holds it (a list for a composite label)."""
    return tuple(value) if isinstance(value, list | tuple) else value


def count_to_data(count: FormulaCount) -> Any:
    """A count for YAML or JSON: the tuple of a composite label becomes a list."""
    return list(count) if isinstance(count, tuple) else count


def count_text(count: FormulaCount) -> str:
    """A count as people write it: 5, or 4+4+3+3 for a composite label."""
    return "+".join(map(str, count)) if isinstance(count, tuple) else str(count)


@dataclass(frozen=True)
class Formula:
    """One occurrence of a formula in a document, as the report states it.

    `items` are the member items in text order; for a composite label they are the
    descriptions of its parts, and `part_keys` holds the label's pieces ("4", "4", "3",
    "3" for 4433). `evidence` is the source text exactly as in the cleaned document and
    `span` its character offsets there.
    """

    doc: str
    label: str
    count: FormulaCount
    items: tuple[str, ...]
    kind: FormulaKind
    complete: bool
    evidence: str
    span: tuple[int, int]
    part_keys: tuple[str, ...] = ()
    problem: str | None = None
    parent: str | None = None  # the composite label this formula explains a part of
    item_spans: tuple[tuple[int, int], ...] = field(default=(), compare=False)
    confidence: float | None = field(default=None, compare=False)  # 0-1, from the scoring stage
    importance: float | None = field(default=None, compare=False)  # 0-1, see importance.py
    # Kind-specific fields: a list's shared `head`/`tail`; a statement's `cue`; a target's
    # `indicator`, `value`, `unit` and `qualifier` (左右, 以上).
    detail: tuple[tuple[str, str], ...] = field(default=(), compare=False)

    def to_dict(self) -> dict[str, Any]:
        """The JSON form documented in docs/extract-format.md."""
        data: dict[str, Any] = {
            "doc": self.doc,
            "label": self.label,
            "count": count_to_data(self.count),
            "items": list(self.items),
            "kind": str(self.kind),
            "complete": self.complete,
            "evidence": self.evidence,
            "span": list(self.span),
        }
        if self.part_keys:
            data["part_keys"] = list(self.part_keys)
        if self.parent:
            data["parent"] = self.parent
        if self.problem:
            data["problem"] = self.problem
        if self.item_spans:
            data["item_spans"] = [list(s) for s in self.item_spans]
        if self.confidence is not None:
            data["confidence"] = self.confidence
        if self.importance is not None:
            data["importance"] = self.importance
        if self.detail:
            data["detail"] = dict(self.detail)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Formula:
        """Rebuild a formula from `to_dict()` output."""
        return cls(
            doc=data["doc"],
            label=data["label"],
            count=count_from_data(data["count"]),
            items=tuple(data.get("items") or ()),
            kind=FormulaKind(data["kind"]),
            complete=bool(data.get("complete", True)),
            evidence=data.get("evidence", ""),
            span=tuple(data.get("span") or (0, 0)),  # type: ignore[arg-type]
            part_keys=tuple(data.get("part_keys") or ()),
            problem=data.get("problem"),
            parent=data.get("parent"),
            item_spans=tuple(tuple(s) for s in data.get("item_spans") or ()),  # type: ignore[misc]
            confidence=data.get("confidence"),
            importance=data.get("importance"),
            detail=tuple((data.get("detail") or {}).items()),
        )
