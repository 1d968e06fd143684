"""Where quiz keeps its files: data, config and cache dirs, with a QUIZ_HOME override."""

from __future__ import annotations

import os
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
    """The source checkout that holds corpus/ and question_banks/."""
    return Path(__file__).resolve().parent.parent


def default_bank_path() -> Path:
    """The built-in bank that `quiz` opens with no arguments."""
    return project_root() / "question_banks" / "default.yaml"


def default_corpus_dir() -> Path:
    """The corpus that `quiz generate` reads with no arguments."""
    return project_root() / "corpus"
