"""Where the tests find the repository's own files."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
SMALL_BANK = FIXTURES / "small_bank.yaml"
