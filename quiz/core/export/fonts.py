"""Finding a CJK font on this machine for PDF papers.

PDF papers must embed a font that has Chinese glyphs; fpdf2 brings none. We look in the
usual font directories (or in QUIZ_FONT_DIRS, a path list, when set) for the families that
Linux distributions, macOS and Windows ship, preferring a serif face for the body and a
sans face for headings, as printed papers do.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from quiz.core.errors import ExitCode, QuizError

FONT_PACKAGE = "fonts-noto-cjk"  # the Debian/Ubuntu package that provides Noto CJK

# File-name prefixes in order of preference, matched case-insensitively.
SERIF_FILES = ("notoserifcjk", "notoserifsc", "sourcehanserif", "uming", "simsun", "songti")
SANS_FILES = ("notosanscjk", "notosanssc", "sourcehansans", "wqy-zenhei", "wqy-microhei",
              "ukai", "simhei", "msyh", "pingfang", "stheiti")
FONT_SUFFIXES = (".ttf", ".otf", ".ttc", ".otc")


class FontMissing(QuizError):
    """No font with Chinese glyphs is installed, so no PDF can be made."""

    exit_code = ExitCode.OUTPUT


@dataclass(frozen=True)
class FontFile:
    """A font file and, for a collection (.ttc), the index of its Simplified Chinese face."""

    path: Path
    index: int = 0
    bold: bool = False


def font_dirs() -> list[Path]:
    """The directories searched for fonts (QUIZ_FONT_DIRS overrides them)."""
    override = os.environ.get("QUIZ_FONT_DIRS")
    if override is not None:
        return [Path(p).expanduser() for p in override.split(os.pathsep) if p]
    home = Path.home()
    dirs = [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), home / ".fonts",
            home / ".local/share/fonts"]
    if sys.platform == "darwin":
        dirs += [Path("/System/Library/Fonts"), Path("/Library/Fonts"), home / "Library/Fonts"]
    if sys.platform == "win32":
        dirs.append(Path(os.environ.get("WINDIR", "C:/Windows")) / "Fonts")
    return dirs


def _candidates() -> list[Path]:
    found: list[Path] = []
    for directory in font_dirs():
        if directory.is_dir():
            found += sorted(
                p for p in directory.rglob("*") if p.suffix.lower() in FONT_SUFFIXES
            )
    return found


def _pick(files: list[Path], prefixes: tuple[str, ...], bold: bool) -> FontFile | None:
    for prefix in prefixes:
        for path in files:
            name = path.name.lower()
            if name.startswith(prefix) and ("bold" in name) == bold:
                return FontFile(path, _simplified_chinese_index(path), bold)
    return None


def _simplified_chinese_index(path: Path) -> int:
    """In a collection, the face whose family name says SC (Simplified Chinese)."""
    if path.suffix.lower() not in (".ttc", ".otc"):
        return 0
    from fontTools.ttLib import TTCollection  # fpdf2's own dependency; only needed here

    with TTCollection(str(path), lazy=True) as collection:
        for i, face in enumerate(collection.fonts):
            family = face["name"].getDebugName(1) or ""
            if family.endswith(" SC") or "SC " in family or "简" in family:
                return i
    return 0


def find_cjk_fonts() -> tuple[FontFile, FontFile]:
    """The body font and the heading font; raise FontMissing naming the package to install."""
    files = _candidates()
    body = _pick(files, SERIF_FILES, False) or _pick(files, SANS_FILES, False)
    if body is None:
        raise FontMissing(
            "找不到生成 PDF 所需的中文字体",
            hint=f"请安装一种, 例如 `apt-get install {FONT_PACKAGE}`; html 和 docx 不需要",
        )
    heading = _pick(files, SANS_FILES, True) or _pick(files, SANS_FILES, False) or body
    return body, heading
