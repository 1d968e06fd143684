"""Settings: defaults, round trip through YAML, bad files named with their line, and the
cached copy that spares the trainer's start-up the YAML parser while the file is unchanged."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from quiz import paths
from quiz.core.errors import BadInput
from quiz.core.review.settings import Settings, load_settings, save_settings


def test_missing_file_gives_defaults() -> None:
    assert not paths.config_file().exists()
    settings = load_settings()
    assert settings == Settings()
    assert (settings.new_per_day, settings.reviews_per_day, settings.day_start_hour) == (20, 200, 4)
    assert settings.desired_retention == 0.9 and settings.pinyin and settings.exam_date is None


def test_round_trip() -> None:
    chosen = Settings(new_per_day=7, desired_retention=0.85, exam_date=date(2026, 6, 20),
                      pinyin=False, theme="nord")
    save_settings(chosen)
    assert paths.config_file().exists()
    assert load_settings() == chosen
    assert Settings.from_dict(chosen.to_dict()) == chosen
    assert chosen.to_dict()["exam_date"] == "2026-06-20"


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("new_per_day: 5\nreviews_per_day: lots\n", 2, "每日复习上限须为整数"),
        ("new_per_day: 5\n\ndesired_retention: 1.5\n", 3, "目标记忆保持率须在 0.5 到 0.99 之间"),
        ("day_start_hour: 25\n", 1, "须在 0 到 23 之间"),
        ("exam_date: someday\n", 1, "考试日期须写成 YYYY-MM-DD"),
        ("pinyin: maybe\n", 1, "拼音作答须为 true 或 false"),
        ("colour: red\n", 1, "没有名为 colour 的设置项"),
        ("new_per_day: [1\n", 2, "YAML 格式错误"),
    ],
)
def test_bad_file_names_file_and_line(tmp_path: Path, text: str, line: int, words: str) -> None:
    path = tmp_path / "settings.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(BadInput) as caught:
        load_settings(path)
    message = str(caught.value)
    assert message.startswith(f"{path}:{line}: ")
    assert words in message


def test_empty_file_gives_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.yaml"
    path.write_text("# nothing set\n", encoding="utf-8")
    assert load_settings(path) == Settings()


def _no_yaml(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make any parse of settings YAML fail the test."""
    from quiz.core.text import yamlfile

    def refuse(text: str, path: str):
        raise AssertionError(f"YAML parsed again: {path}")

    monkeypatch.setattr(yamlfile, "parse_yaml", refuse)


def test_an_unchanged_file_is_read_from_the_cache_without_yaml(monkeypatch: pytest.MonkeyPatch) -> None:
    chosen = Settings(new_per_day=7, desired_retention=0.85, exam_date=date(2026, 6, 20),
                      pinyin=False, theme="nord")
    save_settings(chosen)
    assert load_settings() == chosen  # parsed, and kept
    _no_yaml(monkeypatch)
    assert load_settings() == chosen


def test_an_edited_file_is_parsed_again_and_a_bad_value_still_named_with_its_line() -> None:
    path = paths.config_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("new_per_day: 5\n", encoding="utf-8")
    assert load_settings().new_per_day == 5
    path.write_text("new_per_day: 6\n", encoding="utf-8")
    assert load_settings().new_per_day == 6
    path.write_text("new_per_day: 6\nreviews_per_day: lots\n", encoding="utf-8")
    with pytest.raises(BadInput) as caught:
        load_settings()
    assert str(caught.value).startswith(f"{path}:2: ")


@pytest.mark.parametrize("kept", ["{not json", '{"format": 1, "path": 3}', "[]",
                                  '{"format": 1, "path": "%s", "text": "new_per_day: 5\\n", '
                                  '"settings": {"new_per_day": -1}}'])
def test_a_damaged_or_foreign_cache_entry_is_ignored(kept: str) -> None:
    path = paths.config_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("new_per_day: 5\n", encoding="utf-8")
    cached = paths.cache_dir() / "settings.json"
    cached.parent.mkdir(parents=True, exist_ok=True)
    cached.write_text(kept.replace("%s", str(path)), encoding="utf-8")
    assert load_settings().new_per_day == 5
    assert load_settings().new_per_day == 5  # the entry was written again, readable
