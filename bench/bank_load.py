"""Opening a large bank as the trainer does, for queue_bench.py.

The bank is the default bank copied under distinct document names until it holds the
asked number of questions, so its questions are real generated ones (with their sentences
and sources) and it passes `quiz check`: each copy's sentences and prompts start with a
tag of their own, or the check would refuse the copies as identical questions. `load_workspace` (settings, read, check, the
review database) runs in a fresh process twice with the same QUIZ_HOME: the first open
(full check, the bank registered in a new database) and the next one (the bank unchanged).
The baseline is `json.load` of the same data, in its own process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import yaml

from quiz.core.questions.wording import attribution

ROOT = Path(__file__).resolve().parent.parent

CHILD = """
import json, resource, sys, time
from pathlib import Path
mode, bank, db = sys.argv[1:4]
if mode == "json":
    wall, cpu = time.perf_counter(), time.process_time()
    with open(bank, encoding="utf-8") as f:
        count = len(json.load(f)["questions"])
else:
    from quiz.core.workspace import load_workspace
    wall, cpu = time.perf_counter(), time.process_time()
    workspace = load_workspace(Path(bank), Path(db))
    count = len(workspace.bank.questions)
    workspace.close()
wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
try:  # this process's own peak: ru_maxrss would start from the parent's, which holds the bank
    with open("/proc/self/status", encoding="ascii") as status:
        rss = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) / 1024
except OSError:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"wall": wall, "cpu": cpu, "rss": rss, "questions": count}))
"""


def tagged(part: dict, tag: str) -> dict:
    """The copy with `tag` before every sentence, source and prompt, keeping every rule of the check."""
    for entry in (*part["formulas"], *part["questions"]):
        if entry.get("evidence"):
            entry["evidence"] = tag + entry["evidence"]
    for entry in (*part["formulas"], *part["questions"]):
        if entry.get("source"):
            entry["source"] = tag + entry["source"]
    sources = {f["id"]: f.get("source") or "" for f in part["formulas"]}  # tagged
    for question in part["questions"]:
        # A stem that opens with its attribution (据…，) may be a window of its sentence:
        # the check strips the attribution of the (tagged) source, so the tag goes there.
        source = question.get("source") or sources[question["formulas"][0]]
        prompt = question["prompt"]
        opening = attribution(source.removeprefix(tag)) if source else ""
        if opening and prompt.startswith(opening):
            question["prompt"] = attribution(source) + prompt[len(opening):]
            continue
        # A cloze prompt filled in must still be its sentence; an overlapping one is matched
        # piece by piece (pieces split at …), so the tag becomes a piece of its own.
        overlap = question["type"] == "cloze" and question.get("variant") == "overlap"
        question["prompt"] = tag + ("…" if overlap else "") + prompt
    return part


def copied_bank(questions: int) -> dict:
    """The default bank's data, copied under distinct names until it holds `questions` questions."""
    with (ROOT / "question_banks" / "default.yaml").open(encoding="utf-8") as f:
        data = yaml.load(f, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    stems = [name.removesuffix(".txt") for name in data["bank"]["documents"]]
    one = json.dumps(data, ensure_ascii=False)
    big: dict = {"bank": dict(data["bank"], documents={}), "formulas": [], "questions": [],
                 "generated": {}}
    copy = 0
    while len(big["questions"]) < questions:
        text = one.replace('"board/', f'"c{copy:04d}_board/')  # ids of questions on several formulas
        for stem in stems:
            text = text.replace(stem, f"c{copy:04d}_{stem}")
        part = tagged(json.loads(text), f"(第{copy + 1}份)")
        big["bank"]["documents"].update(part["bank"]["documents"])
        big["formulas"].extend(part["formulas"])
        big["questions"].extend(part["questions"])
        big["generated"].update(part.get("generated") or {})
        copy += 1
    big["questions"] = big["questions"][:questions]
    kept = {q["id"] for q in big["questions"]} | {f["id"] for f in big["formulas"]}
    big["generated"] = {k: v for k, v in big["generated"].items() if k in kept}
    return big


def write_bank(data: dict, path: Path) -> None:
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    path.write_text(yaml.dump(data, Dumper=dumper, allow_unicode=True, sort_keys=False, width=100),
                    encoding="utf-8")


def build_big_bank(questions: int, target: Path) -> tuple[Path, Path, int]:
    """A YAML bank of `questions` questions and the same data as JSON; returns (yaml, json, bytes)."""
    big = copied_bank(questions)
    yaml_path, json_path = target / "big-bank.yaml", target / "big-bank.json"
    write_bank(big, yaml_path)
    json_path.write_text(json.dumps(big, ensure_ascii=False), encoding="utf-8")
    return yaml_path, json_path, yaml_path.stat().st_size


def child(mode: str, bank: Path, db: Path, home: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QUIZ_HOME": str(home)}
    done = subprocess.run([sys.executable, "-c", CHILD, mode, str(bank), str(db)], env=env,
                          capture_output=True, text=True, timeout=900, check=False)
    if done.returncode:
        raise RuntimeError(f"{mode} open failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def bank_load_report(questions: int, workdir: Path) -> None:
    """Build the bank, open it first and next time, print the figures against json.load."""
    yaml_path, json_path, size = build_big_bank(questions, workdir)
    home = workdir / "home"
    home.mkdir()
    db = workdir / "bank-load.sqlite3"
    base = child("json", json_path, db, home)
    first = child("workspace", yaml_path, db, home)
    again = child("workspace", yaml_path, db, home)
    print(f"bank of {first['questions']:,} questions: {size / 1e6:.1f} MB of YAML "
          f"({json_path.stat().st_size / 1e6:.1f} MB as JSON)")
    print(f"  json.load (baseline):       {base['cpu']:6.2f} CPU s  {base['wall']:6.2f} s   "
          f"peak RSS {base['rss']:5.0f} MB")
    for label, run in (("first open (check, new db)", first), ("next open (unchanged)", again)):
        print(f"  {label:27} {run['cpu']:6.2f} CPU s  {run['wall']:6.2f} s   peak RSS {run['rss']:5.0f} MB"
              f"   = {run['cpu'] / base['cpu']:5.1f} x json.load   (targets: ~1 s, < 500 MB)")
