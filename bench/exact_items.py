"""How many extracted formulas have exactly the gold items, among those whose label matches.

The scorer (`score_extract.py`) counts an item as found when it holds the gold item with a
few characters more; questions print the items as extracted, so a first item that keeps
the words governing the list (首先把资源条件好的霍林河 for 霍林河) passes the score and
still makes a bad question. This counts exact agreement (after NFKC and without quotes,
brackets and spaces), and with `-v` lists each formula whose items differ.

    python bench/exact_items.py GOLD TEXTS [-v]

GOLD is a directory of per-text YAML files or one YAML with `formulas:`; TEXTS the folder
of the texts (`../shared/dev/gold ../shared/dev/texts`).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import yaml

_STRIP = re.compile(r"[\s“”‘’\"'《》「」『』()（）【】\[\]]")


def _norm(text: object) -> str:
    return _STRIP.sub("", unicodedata.normalize("NFKC", str(text)))


def _gold(path: Path) -> list[dict]:
    found = []
    for file in sorted(path.glob("*.yaml")) if path.is_dir() else [path]:
        data = yaml.safe_load(file.read_text(encoding="utf-8"))
        entries = data.get("formulas") if isinstance(data, dict) else data
        doc = (data.get("text") if isinstance(data, dict) else None) or file.stem + ".txt"
        for entry in entries or []:
            if entry.get("items"):
                found.append({**entry, "doc": entry.get("doc", doc)})
    return found


def main(argv: list[str]) -> int:
    gold_path, texts = Path(argv[0]), Path(argv[1])
    files = sorted(str(p) for p in texts.glob("*.txt"))
    done = subprocess.run([sys.executable, "-m", "quiz", "extract", "--json", *files],
                          capture_output=True, text=True, check=True)
    predicted = json.loads(done.stdout)
    exact = total = 0
    for gold in _gold(gold_path):
        same = [p for p in predicted if Path(p["doc"]).name == Path(gold["doc"]).name
                and _norm(p["label"]) == _norm(gold["label"])]
        if not same:
            continue
        total += 1
        if any([_norm(i) for i in p["items"]] == [_norm(i) for i in gold["items"]] for p in same):
            exact += 1
        elif "-v" in argv:
            print(gold["label"], gold["items"], "|", same[0]["items"])
    print(f"exact items {exact}/{total}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
