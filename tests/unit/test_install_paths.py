"""Where the default bank and corpus are found and written, installed or in a checkout."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from quiz import paths
from quiz.cli import main

ROOT = Path(__file__).parents[2]


@pytest.fixture
def installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """quiz as installed from a wheel: no checkout, the data inside a read-only package."""
    data = tmp_path / "site-packages" / "quiz" / "data"
    (data / "corpus").mkdir(parents=True)
    for name in ("manifest.yaml", "004_54d0cbe4cf41eb1c.txt"):
        shutil.copy(ROOT / "corpus" / name, data / "corpus" / name)
    shutil.copy(ROOT / "question_banks" / "default.yaml", data / "default.yaml")
    monkeypatch.setattr(paths, "_checkout", lambda: None)
    monkeypatch.setattr(paths, "packaged_data_dir", lambda: data)
    return data


def test_a_checkout_uses_its_top_level_files() -> None:
    assert paths.default_bank_path() == ROOT / "question_banks" / "default.yaml"
    assert paths.default_corpus_dir() == ROOT / "corpus"


def test_installed_reads_the_packaged_bank_and_corpus(installed: Path) -> None:
    assert paths.default_bank_path() == installed / "default.yaml"
    assert paths.default_corpus_dir() == installed / "corpus"


def test_generate_with_no_path_writes_to_the_data_dir(installed: Path, tmp_path: Path) -> None:
    before = (installed / "default.yaml").read_bytes()
    os.chmod(installed, 0o555)
    try:
        result = CliRunner().invoke(main, ["generate"])
    finally:
        os.chmod(installed, 0o755)
    assert result.exit_code == 0, result.output
    generated = paths.user_bank_path()
    assert generated.is_file() and generated.is_relative_to(paths.data_dir())
    assert (installed / "default.yaml").read_bytes() == before
    # and from now on `quiz` opens the learner's own bank
    assert paths.default_bank_path() == generated


def test_check_with_no_bank_checks_the_default_one(installed: Path) -> None:
    result = CliRunner().invoke(main, ["check"])
    assert result.exit_code == 0, result.output
    assert str(installed / "default.yaml") in result.output
