"""An export killed between writing and renaming, or between the paper's and the key's
rename: the next export into the directory completes it and leaves no temporary file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

FIXTURE = Path(__file__).parents[1] / "fixtures" / "small_bank.yaml"

CHILD = r'''
import os
import sys

kill_after = int(sys.argv[1])  # renames done before the process dies; -1: before the commit
real_replace = os.replace
done = 0

def replace(source, target):
    global done
    if done == kill_after:
        os._exit(9)
    real_replace(source, target)
    done += 1

os.replace = replace
from quiz.core import atomic
from quiz.cli import main

if kill_after < 0:  # every file written, none renamed, no journal yet
    atomic.PendingFiles.commit = lambda self: os._exit(9)

main(["export", sys.argv[2], "-o", "paper.md"])
'''


def _export(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], cwd=cwd, capture_output=True, text=True,
                          timeout=30, env=os.environ.copy())


@pytest.mark.parametrize("kill_after", [-1, 0, 1])
def test_a_killed_export_is_completed_or_removed_by_the_next(tmp_path: Path, kill_after: int) -> None:
    (tmp_path / "child.py").write_text(CHILD, encoding="utf-8")
    killed = _export(["child.py", str(kill_after), str(FIXTURE)], tmp_path)
    assert killed.returncode == 9, killed.stderr
    hidden = [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]
    assert hidden  # the kill left temporaries (and, between renames, a journal)
    if kill_after == 1:
        assert (tmp_path / "paper.md").exists() and not (tmp_path / "paper-答案.md").exists()
    again = _export(["-m", "quiz", "export", str(FIXTURE), "-o", "other.md"], tmp_path)
    assert again.returncode == 0, again.stderr
    names = sorted(p.name for p in tmp_path.iterdir())
    assert not [n for n in names if n.startswith(".")], names
    paper, key = tmp_path / "paper.md", tmp_path / "paper-答案.md"
    # the journal is the commit point: once written, both files appear; before, neither
    assert paper.exists() == key.exists() == (kill_after >= 0), names
