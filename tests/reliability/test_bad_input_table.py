"""The bad-input table: every case ends within 10 s of CPU time with its documented exit
code, a one-line message naming the file, no traceback, and its input files unchanged.

The bound is the command's CPU time, so a machine busy with other work does not fail a
case that does little; a command that waits without working (a pipe that never ends) is
stopped by the wall-clock guard.
"""

from __future__ import annotations

import hashlib
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from tests.reliability.cases import CASES, Case

CPU_BOUND_S = 10.0
WALL_GUARD_S = 60.0  # waiting on a pipe or a device uses no CPU: this catches it


def _children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def _digests(directory: Path) -> dict[str, str]:
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in directory.iterdir() if path.is_file()
    }


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_bad_input(tmp_path: Path, case: Case) -> None:
    work = tmp_path / "in"
    work.mkdir()
    case.write(work)
    before = _digests(work)
    stdout = open(case.stdout_to, "w") if case.stdout_to else subprocess.PIPE  # noqa: SIM115
    cpu_before = _children_cpu()
    try:
        result = subprocess.run(
            [sys.executable, "-m", "quiz", *case.args], cwd=work, stdout=stdout,
            stderr=subprocess.PIPE, timeout=WALL_GUARD_S, env={**os.environ, "COLUMNS": "200"},
        )
    finally:
        if case.stdout_to:
            stdout.close()
    cpu = _children_cpu() - cpu_before
    assert cpu < CPU_BOUND_S, f"{cpu:.1f} s of CPU time"
    out = (result.stdout or b"").decode("utf-8", "replace")
    err = result.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err and "Error" not in err.split(":")[0], err
    assert result.returncode == case.code, (out, err)
    assert "\x1b" not in out + err  # nothing from a file drives the terminal
    if case.code not in (0, 1):  # a refusal: one line on stderr naming the file
        lines = err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("quiz: "), err
        assert case.names in lines[0], err
    elif case.code == 1:  # `quiz check`: the problem with its file and line on stdout
        assert case.names in out, out
    assert _digests(work) == before  # no input changed
    assert not [p for p in work.iterdir() if p.name.endswith((".tmp", ".partial"))]
