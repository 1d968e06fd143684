"""An export killed between writing and renaming, or between the key's and the paper's
rename: a paper is never left without its own key (not even beside an older key), and
the next export into the directory completes it and leaves no temporary file."""

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


def _same_export(paper: Path, key: Path) -> bool:
    """Both files absent, both from the old export, or both from the new one."""
    if not paper.exists():
        return True
    return key.exists() and (paper.read_text(encoding="utf-8") == OLD) == (
        key.read_text(encoding="utf-8") == OLD)


OLD = "an earlier export\n"


@pytest.mark.parametrize("existing", [False, True], ids=["new", "over-an-old-export"])
@pytest.mark.parametrize("kill_after", [-1, 0, 1, 2])
def test_a_killed_export_is_completed_or_removed_by_the_next(
        tmp_path: Path, kill_after: int, existing: bool) -> None:
    (tmp_path / "child.py").write_text(CHILD, encoding="utf-8")
    paper, key = tmp_path / "paper.md", tmp_path / "paper-答案.md"
    if existing:
        paper.write_text(OLD, encoding="utf-8")
        key.write_text(OLD, encoding="utf-8")
    killed = _export(["child.py", str(kill_after), str(FIXTURE)], tmp_path)
    names = sorted(p.name for p in tmp_path.iterdir())
    if kill_after == 2:  # both renames done: the export finished
        assert killed.returncode == 0, killed.stderr
        assert not [n for n in names if n.startswith(".")], names
    else:
        assert killed.returncode == 9, killed.stderr
        assert [n for n in names if n.startswith(".")]  # temporaries (and, mid-way, a journal)
    assert _same_export(paper, key), names  # at every kill point
    if kill_after >= 1:
        assert key.exists() and key.read_text(encoding="utf-8") != OLD  # the key goes first
    again = _export(["-m", "quiz", "export", str(FIXTURE), "-o", "other.md"], tmp_path)
    assert again.returncode == 0, again.stderr
    names = sorted(p.name for p in tmp_path.iterdir())
    assert not [n for n in names if n.startswith(".")], names
    # the journal is the commit point: once written, both new files appear; before, neither
    assert _same_export(paper, key), names
    assert paper.exists() == key.exists() == (kill_after >= 0 or existing), names
    if paper.exists():
        assert (paper.read_text(encoding="utf-8") == OLD) == (kill_after < 0)
