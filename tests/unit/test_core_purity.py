"""The core never imports Textual or Rich (checked in a fresh interpreter)."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import quiz.core


def _core_modules() -> list[str]:
    return [
        m.name
        for m in pkgutil.walk_packages(quiz.core.__path__, prefix="quiz.core.")
    ]


def test_core_modules_exist() -> None:
    assert "quiz.core.model" in _core_modules()


def test_core_does_not_import_ui_toolkits() -> None:
    modules = _core_modules()
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "", f"core imported UI modules: {result.stdout}"
