"""Reading reports: encodings, HTML, Word, cleaning, corrections and offsets."""

from __future__ import annotations

from pathlib import Path

import pytest

from quiz.core.errors import BadInput, InputNotFound
from quiz.core.text.corpus import clean_text, iter_documents, read_document
from quiz.core.text.corrections import Correction, load_corrections

SENTENCE = "打造民富区强、改革创新“两张名片”。\n"


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gb18030", "gbk", "utf-16"])
def test_encodings_are_detected_not_guessed(tmp_path: Path, encoding: str) -> None:
    path = _write(tmp_path, "report.md", SENTENCE.encode(encoding))
    assert read_document(path).text == SENTENCE


def test_gbk_file_with_a_txt_name(tmp_path: Path) -> None:
    text = "聊城市第十四次党代会提出了建设富强、创新“两个新聊城”。\n" * 50
    path = _write(tmp_path, "gbk.txt", text.encode("gbk"))
    assert read_document(path).text == text


def test_html_body_text_with_paragraphs(tmp_path: Path) -> None:
    html = ("<html><head><title>t</title><style>p{}</style></head><body>"
            "<p>第一段<b>加粗</b>文字。</p><div>第二段。</div><script>x=1</script></body></html>")
    doc = read_document(_write(tmp_path, "page.html", html.encode()))
    paragraphs = [p for p in doc.text.split("\n") if p.strip()]
    assert paragraphs == ["第一段加粗文字。", "第二段。"]


def test_docx_paragraphs(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("第一段。")
    document.add_paragraph(SENTENCE.strip())
    path = tmp_path / "report.docx"
    document.save(str(path))
    assert read_document(path).text.split() == ["第一段。", SENTENCE.strip()]


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "空文件"),
        ("blank.txt", b"  \n\n", "空文件"),
        ("binary.txt", b"\x00\x01\x02PNG" * 20, "二进制"),
        ("fake.docx", b"not a zip at all", "Word"),
        ("latin.txt", bytes(range(0x80, 0x100)) * 4, "无法识别文本编码"),
    ],
)
def test_bad_files_raise_clear_errors(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    with pytest.raises(BadInput) as info:
        read_document(_write(tmp_path, name, data))
    assert message in str(info.value)
    assert name in str(info.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputNotFound):
        read_document(tmp_path / "nope.txt")


def test_page_break_inside_a_word_is_rejoined() -> None:
    text, _, _ = clean_text("二是坚持砥砺奋进,笃行实干贡\n\n献全区力量。紧紧围绕目标。\n")
    assert "笃行实干贡献全区力量" in text


def test_headings_are_not_joined_to_the_next_paragraph() -> None:
    source = "高起点定位,高标准谋划,把精神谈具体、讲清楚\n\n把前路变为通途。\n"
    text, _, _ = clean_text(source)
    assert "讲清楚\n\n把前路" in text


def test_byline_is_not_joined() -> None:
    text, _, _ = clean_text("推动高质量发展。 ■ 田柏林\n\n实干谱写新篇章\n")
    assert "田柏林\n\n实干" in text


def test_page_furniture_is_dropped() -> None:
    source = ("(上接3版)建成外环,抓好改造。\n详细报道见8版\n要通过明察暗访、群众评议、"
              "(下转第三版)\n  (上接第二版)信访举报等方式推进。\n责任编辑:宋静涵\n-->\n本版版面\n")
    text, _, _ = clean_text(source)
    for furniture in ("上接", "下转", "详细报道", "责任编辑", "-->", "本版版面"):
        assert furniture not in text
    assert "群众评议、信访举报等方式推进。" in text


def test_markdown_emphasis_and_ansi_are_dropped() -> None:
    text, _, _ = clean_text("## 标题\n\n**高品质推进城市更新。**加强\x1b[31m设计。\n")
    assert text == "标题\n\n高品质推进城市更新。加强设计。\n"


def test_offsets_map_back_to_the_source() -> None:
    source = "(上接3版)**打造**民富区强、改革\n\n创新“两张名片”。"
    text, chain, _ = clean_text(source)
    index = text.index("两张名片")
    assert source[chain.to_original(index): chain.to_original(index) + 4] == "两张名片"


def test_corrections_are_applied_and_reported(tmp_path: Path) -> None:
    (tmp_path / "corrections.yaml").write_text(
        "corrections:\n  - find: 在平区\n    replace: 茌平区\n    docs: [a*.txt]\n    note: OCR\n",
        encoding="utf-8",
    )
    _write(tmp_path, "a1.txt", "在平区委坚持学习。".encode())
    _write(tmp_path, "b1.txt", "在平区委坚持学习。".encode())
    docs = {d.name: d for d in iter_documents([tmp_path])}
    assert docs["a1.txt"].text.startswith("茌平区委")
    assert docs["b1.txt"].text.startswith("在平区委")
    [applied] = docs["a1.txt"].corrections
    assert applied.correction.line == 2 and applied.correction.note == "OCR"


def test_broken_corrections_file_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "corrections.yaml"
    path.write_text("corrections:\n  - replace: x\n", encoding="utf-8")
    with pytest.raises(BadInput) as info:
        load_corrections(path)
    assert info.value.line == 2 and "find" in info.value.message


def test_correction_scoping() -> None:
    c = Correction("a", "b", docs=("000_*.txt",))
    assert c.applies_to("000_x.txt") and not c.applies_to("001_x.txt")


def test_manifest_titles(tmp_path: Path) -> None:
    (tmp_path / "manifest.yaml").write_text(
        "documents:\n  r.txt:\n    title: 某区第一次党代会报告(2022年)\n", encoding="utf-8")
    _write(tmp_path, "r.txt", SENTENCE.encode())
    [doc] = list(iter_documents([tmp_path]))
    assert doc.title == "某区第一次党代会报告(2022年)"


def test_directory_without_reports(tmp_path: Path) -> None:
    (tmp_path / "notes.bin").write_bytes(b"x")
    with pytest.raises(InputNotFound):
        list(iter_documents([tmp_path]))
