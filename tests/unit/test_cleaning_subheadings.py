"""An open prose line is a subheading in a text written a paragraph a line, a cut
paragraph in a scan whose lines break anywhere."""

from __future__ import annotations

from quiz.core.text.cleaning import paragraph_join_edits
from quiz.core.text.textmap import apply_edits

HEADING = "努力建设人民满意的法治政府、创新政府、廉洁政府和服务型政府，全面履行好政府职责"
BODY = "国务院总理李强5日在政府工作报告中指出，新征程新使命，对政府工作提出了新的更高要求。"
PARAGRAPH = "各级政府要把坚持高质量发展作为新时代的硬道理，把为民造福作为最重要的政绩。"


def _joined(text: str) -> str:
    return apply_edits(text, paragraph_join_edits(text))[0]


def test_a_subheading_of_a_text_written_a_paragraph_a_line_stays_apart() -> None:
    text = "\n".join([PARAGRAPH] * 12 + [HEADING, BODY, PARAGRAPH])
    assert f"{HEADING}\n{BODY}" in _joined(text)


def test_a_scan_whose_lines_break_mid_sentence_is_joined() -> None:
    cut = ["各级政府要把坚持高质量发展作为新时代的硬道理，把为民", "造福作为最重要的政绩，推动经济"]
    text = "\n".join(cut * 6 + [HEADING, BODY])
    assert f"{HEADING}{BODY}" in _joined(text)
