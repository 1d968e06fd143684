"""Learner settings: daily limits, retention, day start, exam date, pinyin, theme.

Kept as YAML in `paths.config_file()`; read with `yaml.safe_load` only, and a bad file is
reported with its path and the line of the offending key. Settings read from a file are
kept as JSON in the cache dir with the file's text: while the text is the same, the
trainer's start-up reads that instead of importing and running the YAML parser (about
10 ms before the first card). The YAML file stays the source of truth.
"""

from __future__ import annotations

import datetime
import json
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from quiz import paths
from quiz.core.atomic import write_text_atomic
from quiz.core.errors import BadInput, OutputError
from quiz.core.text.files import read_input_text

KEPT_FORMAT = 1  # of the cached copy (`_kept`); raise when its layout changes

# What the learner reads for each setting (messages name the setting, not the key).
FIELD_NAMES = {
    "new_per_day": "每日新题上限", "reviews_per_day": "每日复习上限",
    "desired_retention": "目标记忆保持率", "day_start_hour": "每天开始的钟点",
    "exam_date": "考试日期", "pinyin": "拼音作答", "theme": "主题",
}


@dataclass
class Settings:
    """What the learner can configure; every field has a sensible default."""

    new_per_day: int = 20
    reviews_per_day: int = 200
    desired_retention: float = 0.9
    day_start_hour: int = 4
    exam_date: datetime.date | None = None
    pinyin: bool = True  # accept pinyin initials / full pinyin
    theme: str = "textual-dark"

    def __post_init__(self) -> None:
        _check_settings(self)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["exam_date"] = self.exam_date.isoformat() if self.exam_date else None
        return data

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Settings:
        """Build settings from plain data; unknown keys and bad values raise ValueError."""
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(d) - known)
        if unknown:
            raise ValueError(f"没有名为 {unknown[0]} 的设置项")
        values = dict(d)
        if "exam_date" in values:
            values["exam_date"] = parse_exam_date(values["exam_date"])
        for name, kind in (("new_per_day", int), ("reviews_per_day", int), ("day_start_hour", int)):
            if name in values and (type(values[name]) is not kind):
                raise ValueError(f"{FIELD_NAMES[name]}须为整数, 不能是 {values[name]!r}")
        if "desired_retention" in values:
            value = values["desired_retention"]
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ValueError(f"{FIELD_NAMES['desired_retention']}须为数字, 不能是 {value!r}")
            values["desired_retention"] = float(value)
        if "pinyin" in values and not isinstance(values["pinyin"], bool):
            raise ValueError(f"{FIELD_NAMES['pinyin']}须为 true 或 false, 不能是 {values['pinyin']!r}")
        if "theme" in values:
            values["theme"] = str(values["theme"])
        return cls(**values)


def _check_settings(s: Settings) -> None:
    if s.new_per_day < 0 or s.reviews_per_day < 0:
        raise ValueError("每日上限不能是负数")
    if not 0.5 <= s.desired_retention <= 0.99:
        raise ValueError(
            f"{FIELD_NAMES['desired_retention']}须在 0.5 到 0.99 之间, 不能是 {s.desired_retention}")
    if not 0 <= s.day_start_hour <= 23:
        raise ValueError(f"{FIELD_NAMES['day_start_hour']}须在 0 到 23 之间, 不能是 {s.day_start_hour}")


def parse_exam_date(value: Any) -> datetime.date | None:
    """An exam date from YAML or the command line (YYYY-MM-DD); None clears it."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValueError(f"考试日期须写成 YYYY-MM-DD (如 2026-12-01), 不能是 {value!r}") from None


def load_settings(path: Path | None = None) -> Settings:
    """Read the settings file; a missing file gives the defaults."""
    path = path or paths.config_file()
    if not path.exists():
        return Settings()
    text = read_input_text(path)
    kept = _kept(path, text)
    if kept is not None:
        return kept
    settings = _parse(path, text)
    _keep(path, text, settings)
    return settings


def _kept_file() -> Path:
    return paths.cache_dir() / "settings.json"


def _kept(path: Path, text: str) -> Settings | None:
    """The settings cached for this file's very text, or None (none, stale, damaged)."""
    try:
        kept = json.loads(_kept_file().read_bytes())
        if kept.get("format") != KEPT_FORMAT or kept.get("path") != str(path) or kept.get("text") != text:
            return None
        return Settings.from_dict(kept["settings"])
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None  # read as a cache miss: the YAML is parsed and checked again


def _keep(path: Path, text: str, settings: Settings) -> None:
    entry = {"format": KEPT_FORMAT, "path": str(path), "text": text, "settings": settings.to_dict()}
    try:
        write_text_atomic(_kept_file(), json.dumps(entry, ensure_ascii=False))
    except OSError:
        pass  # only a cache: the next start parses the YAML again


def _parse(path: Path, text: str) -> Settings:
    """Settings from the file's YAML text; BadInput names the line of a bad value."""
    from quiz.core.text.yamlfile import parse_yaml  # only when the file changed (`_kept`)

    parsed = parse_yaml(text, str(path))
    data = parsed.data
    if data is None:
        return Settings()
    if not isinstance(data, dict):
        raise BadInput("设置文件应为「名称: 值」的映射", path=str(path), line=1)
    for key, value in data.items():
        try:
            Settings.from_dict({key: value})
        except (ValueError, TypeError) as exc:
            raise BadInput(str(exc), path=str(path), line=parsed.lines.get((str(key),))) from exc
    try:
        return Settings.from_dict(data)
    except (ValueError, TypeError) as exc:
        raise BadInput(str(exc), path=str(path)) from exc


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write the settings atomically: a crash never leaves half a file."""
    import yaml

    path = path or paths.config_file()
    text = yaml.safe_dump(settings.to_dict(), allow_unicode=True, sort_keys=False)
    try:
        write_text_atomic(path, text)
    except OSError as exc:
        raise OutputError(f"无法写入设置: {exc.strerror or exc}", path=str(path)) from exc
