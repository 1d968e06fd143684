"""Control characters: found in files, and made visible before they reach a terminal.

An ESC byte in a bank or a file name would let the file recolour the terminal or set its
title (ANSI and OSC sequences); text from files is printed through `visible()`.
"""

from __future__ import annotations

import re

# C0 controls but tab and newline, DEL, C1 controls, and the bidirectional overrides
# that reorder what a terminal shows.
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str) -> str:
    """`text` with every control character written as an escape (`\\x1b`), tab and newline kept."""
    return CONTROL_CHARS.sub(_escape, text)


def first_control(text: str) -> str | None:
    """The first control character of `text` as an escape, or None when there is none."""
    match = CONTROL_CHARS.search(text)
    return _escape(match) if match else None
