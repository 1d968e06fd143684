"""Scoring the extractor against the hand-checked development set."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from quiz.core.extract import extract_paths
from quiz.core.formula import FormulaKind

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT.parent / "shared" / "gold" / "seeds.yaml"
EXTRAS = ROOT / "tests" / "data" / "gold_extras.yaml"

Key = tuple[str, str, tuple[str, ...]]


def _norm(text: str) -> str:
    return "".join(c for c in str(text) if c not in "“”\"' \u3000")


def gold_keys() -> set[Key]:
    data = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    keys = set()
    for f in data["formulas"]:
        items = f.get("items") or f.get("parts") or []
        keys.add((f["doc"], _norm(f["label"]), tuple(_norm(i) for i in items)))
    return keys


def extra_keys() -> set[Key]:
    data = yaml.safe_load(EXTRAS.read_text(encoding="utf-8"))
    return {(e["doc"], _norm(e["label"]), tuple(_norm(i) for i in e["items"])) for e in data["extras"]}


def predicted_keys(corpus: Path) -> set[Key]:
    keys = set()
    for doc, formulas in extract_paths([corpus]):
        for f in formulas:
            if f.kind in (FormulaKind.NUMBERED, FormulaKind.COMPOSITE) and f.complete and f.items:
                keys.add((doc.name, _norm(f.label), tuple(_norm(i) for i in f.items)))
    return keys


@dataclass(frozen=True)
class Score:
    precision: float
    precision_adjudicated: float
    recall: float
    missed: tuple[Key, ...]
    wrong: tuple[Key, ...]

    def report(self) -> str:
        lines = [
            f"gold formulas: recall {self.recall:.3f}, precision {self.precision:.3f} "
            f"(adjudicated {self.precision_adjudicated:.3f})",
        ]
        lines += [f"  missed: {k}" for k in self.missed]
        lines += [f"  not in gold: {k}" for k in self.wrong]
        return "\n".join(lines)


def score(corpus: Path) -> Score:
    gold = gold_keys()
    extras = extra_keys()
    predicted = predicted_keys(corpus)
    hits = predicted & gold
    wrong = predicted - gold
    return Score(
        precision=len(hits) / len(predicted) if predicted else 0.0,
        precision_adjudicated=len(hits | (wrong & extras)) / len(predicted) if predicted else 0.0,
        recall=len(hits) / len(gold),
        missed=tuple(sorted(gold - predicted)),
        wrong=tuple(sorted(wrong)),
    )
