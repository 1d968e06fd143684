"""Where quiz keeps its files: data, config and cache dirs, with a QUIZ_HOME override."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

from platformdirs import PlatformDirs

_DIRS = PlatformDirs(appname="quiz", appauthor=False)


def _home_override() -> Path | None:
    value = os.environ.get("QUIZ_HOME")
    return Path(value).expanduser() if value else None


def data_dir() -> Path:
    """The directory for the review database (QUIZ_HOME when set)."""
    home = _home_override()
    return home if home else Path(_DIRS.user_data_dir)


def config_dir() -> Path:
    """The directory for settings."""
    home = _home_override()
    return home / "config" if home else Path(_DIRS.user_config_dir)


def config_file() -> Path:
    """The settings file."""
    return config_dir() / "settings.yaml"


def cache_dir() -> Path:
    """The directory for caches that can be rebuilt."""
    home = _home_override()
    return home / "cache" if home else Path(_DIRS.user_cache_dir)


def default_db_path() -> Path:
    """The review database used when no --db is given."""
    return data_dir() / "reviews.sqlite3"


def project_root() -> Path:
    """The source checkout that holds corpus/ and question_banks/ (when run from one)."""
    return Path(__file__).resolve().parent.parent


def _checkout() -> Path | None:
    """The source checkout, if quiz runs from one (editable install or PYTHONPATH)."""
    root = project_root()
    if (root / "pyproject.toml").is_file() and (root / "question_banks" / "default.yaml").is_file():
        return root
    return None


def packaged_data_dir() -> Path:
    """`quiz/data/` inside the installed package: the default bank and its corpus.

    The wheel build copies the checkout's `corpus/` and `question_banks/default.yaml`
    there (see `setup.py`); read through importlib.resources so it works wherever the
    package is installed.
    """
    data = resources.files("quiz") / "data"
    if not isinstance(data, Path):
        raise RuntimeError("quiz must be installed as files, not run from a zip archive")
    return data


def user_bank_path() -> Path:
    """Where `quiz generate` writes the default bank when the package is read-only."""
    return data_dir() / "banks" / "default.yaml"


def default_bank_path() -> Path:
    """The bank that `quiz` opens with no arguments.

    A source checkout's `question_banks/default.yaml`; else a bank the learner generated
    into the data dir; else the bank shipped in the package.
    """
    root = _checkout()
    if root is not None:
        return root / "question_banks" / "default.yaml"
    generated = user_bank_path()
    return generated if generated.is_file() else packaged_data_dir() / "default.yaml"


def default_corpus_dir() -> Path:
    """The corpus that `quiz generate` reads with no arguments."""
    root = _checkout()
    return root / "corpus" if root is not None else packaged_data_dir() / "corpus"


def generated_bank_path() -> Path:
    """Where `quiz generate` writes with no `-o`: the checkout's bank when it is writable,
    else the user's data dir (an installed package is never written to)."""
    root = _checkout()
    if root is not None:
        target = root / "question_banks" / "default.yaml"
        if os.access(target.parent, os.W_OK) and (not target.exists() or os.access(target, os.W_OK)):
            return target
    return user_bank_path()
