"""Extraction measured against hand-checked gold: the development set of texts the rules
were not written for, and the five seed reports.

Both scores come from `shared/tools/score_extract.py`, the scorer the project is judged
by; the per-pattern table uses its matching rules on the `pattern` field of the dev gold.
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "tools" / "score_extract.py"
DEV_GOLD = SHARED / "dev" / "gold"
DEV_TEXTS = SHARED / "dev" / "texts"
SEED_GOLD = SHARED / "gold" / "seeds.yaml"
needs_shared = pytest.mark.skipif(not SCORER.exists(), reason="shared/ is not beside the checkout")
_LAST_LINE = re.compile(r"extract P=([\d.]+) R=([\d.]+) F1=[\d.]+ \((\d+)/(\d+)/(\d+)\)")


def _score(gold: Path, texts: Path) -> tuple[float, float, str]:
    out = subprocess.run([sys.executable, str(SCORER), str(gold), str(texts)], cwd=ROOT,
                         capture_output=True, text=True, timeout=300, check=True)
    m = _LAST_LINE.search(out.stdout)
    assert m, out.stdout + out.stderr
    return float(m[1]), float(m[2]), out.stdout


@needs_shared
def test_dev_set_precision_and_recall(capsys: pytest.CaptureFixture[str]) -> None:
    precision, recall, report = _score(DEV_GOLD, DEV_TEXTS)
    with capsys.disabled():
        print("\ndev set:\n" + report)
    assert precision >= 0.90 and recall >= 0.85, report


@needs_shared
def test_seed_reports_precision_and_recall(capsys: pytest.CaptureFixture[str]) -> None:
    precision, recall, report = _score(SEED_GOLD, ROOT / "corpus")
    with capsys.disabled():
        print("\nseed reports:\n" + report)
    assert precision >= 0.95 and recall >= 0.95, report


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_extract", SCORER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@needs_shared
def test_dev_recall_per_pattern(capsys: pytest.CaptureFixture[str]) -> None:
    from quiz.core.extract import extract_paths

    scorer = _scorer()
    tiers = yaml.safe_load((SHARED / "dev" / "tiers.yaml").read_text(encoding="utf-8"))
    excluded = {(doc, scorer.norm(x)) for doc, labels in tiers.items() for x in labels}
    gold = []
    for path in sorted(DEV_GOLD.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        gold += [dict(g, doc=data["text"]) for g in data["formulas"]
                 if g.get("items") and (data["text"], scorer.norm(g["label"])) not in excluded]
    found: dict[tuple[str, str], list[list[str]]] = {}
    for doc, formulas in extract_paths(sorted(DEV_TEXTS.glob("*.txt"))):
        for f in formulas:
            if f.items and f.complete:
                found.setdefault((doc.name, scorer.norm(f.label)), []).append(list(f.items))
    total, hits = Counter(), Counter()
    for g in gold:
        total[g["pattern"]] += 1
        lists = found.get((g["doc"], scorer.norm(g["label"])), [])
        hits[g["pattern"]] += any(scorer.items_match(items, g["items"]) for items in lists)
    table = "\n".join(f"  {p:26} {hits[p]:>2}/{total[p]:<2} {hits[p] / total[p]:.2f}"
                      for p in sorted(total))
    with capsys.disabled():
        print("\ndev recall per pattern:\n" + table)
    # A floor per pattern, so that one finder breaking shows even when the total holds.
    weak = [p for p in total if total[p] >= 4 and hits[p] / total[p] < 0.6]
    assert not weak, table
