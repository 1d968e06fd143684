"""Chinese line breaking over every sentence of the default bank, at many widths."""

from __future__ import annotations

from pathlib import Path

import pytest

from quiz.core.bank.io import load_bank
from quiz.core.text.linebreak import BLANK_RE, NO_LINE_START, cells, line_spans

ROOT = Path(__file__).resolve().parents[2]
CLOSING = set("、，。；：”）》")


@pytest.fixture(scope="module")
def sentences() -> list[str]:
    bank = load_bank(ROOT / "question_banks" / "default.yaml")
    texts = {q.evidence for q in bank.questions if q.evidence}
    texts |= {q.prompt.replace("____", "①＿＿＿＿") for q in bank.questions}
    return sorted(texts)


@pytest.mark.parametrize("width", [20, 33, 46, 58, 76])
def test_no_line_starts_with_closing_punctuation(sentences: list[str], width: int) -> None:
    for text in sentences:
        spans = line_spans(text, width)
        assert "".join(text[a:b] for a, b in spans) == text  # nothing lost or repeated
        for a, b in spans:
            assert cells(text[a:b]) <= width, (text, width)
        for a, _ in spans[1:]:
            assert text[a] not in CLOSING, (text, width, text[a:a + 10])


def test_a_blank_never_splits() -> None:
    text = "坚持" + "改革开放" * 3 + "，推进①＿＿＿＿＿＿、（  ）和(2)＿＿＿建设。"
    for width in range(16, 60):
        starts = [a for a, _ in line_spans(text, width)[1:]]
        for blank in BLANK_RE.finditer(text):
            assert not any(blank.start() < s < blank.end() for s in starts), (width, starts)


def test_closing_marks_set() -> None:
    assert CLOSING <= NO_LINE_START


def test_no_break_space_keeps_a_key_with_its_label() -> None:
    menu = "".join(f"\u00a0{k}\u00a0\u00a0{label}  " for k, label in
                   (("s", "开始学习"), ("e", "模拟考试"), ("w", "错题本"), ("k", "换题库")))
    for width in range(16, 50):
        for a, b in line_spans(menu, width):
            line = menu[a:b].strip()
            assert line.endswith(("学习", "考试", "错题本", "换题库")), (width, line)
