"""Settings: defaults, round trip through YAML, and bad files named with their line."""

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
