"""The bad inputs of the reliability table: each writes its files and says what to expect."""

from __future__ import annotations

import io
import random
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from quiz.core.bank.check import MAX_BANK_BYTES

FIXTURE = Path(__file__).parents[1] / "fixtures" / "small_bank.yaml"


@dataclass(frozen=True)
class Case:
    """A command run on files the case writes; the exit code and the file it must name."""

    name: str
    write: Callable[[Path], None]  # writes the inputs into the directory
    args: tuple[str, ...]
    code: int
    names: str  # the file the message must name (with `:LINE` where it applies)
    stdout_to: str | None = None  # a path to send stdout to, e.g. /dev/full


def text(name: str, content: str) -> Callable[[Path], None]:
    def write(directory: Path) -> None:
        (directory / name).write_text(content, encoding="utf-8")
    return write


def raw(name: str, content: bytes) -> Callable[[Path], None]:
    def write(directory: Path) -> None:
        (directory / name).write_bytes(content)
    return write


def fixture_with(old: str, new: str) -> str:
    source = FIXTURE.read_text(encoding="utf-8")
    assert old in source
    return source.replace(old, new, 1)


def alias_bomb() -> str:
    lines = ['a0: &a0 ["x","x","x","x","x","x","x","x","x"]']
    lines += [f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 9)]
    return "\n".join(lines) + "\nquestions: []\n"


def small_docx() -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("打造“科创、智造、文化、品质”四个历城。")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def damaged_docx(seed: int) -> bytes:
    data = bytearray(small_docx())
    rng = random.Random(seed)
    for _ in range(12):
        data[rng.randrange(len(data))] = rng.randrange(256)
    return bytes(data)


def docx_with_document_xml(xml: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(small_docx())) as zin, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zout.writestr(item, xml if item.filename == "word/document.xml" else zin.read(item))
    return out.getvalue()


def huge_text_node_docx() -> bytes:
    with zipfile.ZipFile(io.BytesIO(small_docx())) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    return docx_with_document_xml(xml.replace("打造", "字" * (11 * 1024 * 1024)))


def entity_bomb_docx() -> bytes:
    with zipfile.ZipFile(io.BytesIO(small_docx())) as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    entities = '<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {c} "{("&" + p + ";") * 10}">' for p, c in zip("abcdefgh", "bcdefghi", strict=True))
    body = xml.split("?>", 1)[1].replace("打造", "&i;")
    return docx_with_document_xml(f'<?xml version="1.0"?><!DOCTYPE w [{entities}]>{body}')


def fifo(name: str) -> Callable[[Path], None]:
    def write(directory: Path) -> None:
        import os

        os.mkfifo(directory / name)
    return write


def sparse(name: str, size: int) -> Callable[[Path], None]:
    def write(directory: Path) -> None:
        with open(directory / name, "wb") as handle:
            handle.truncate(size)
    return write


def nothing(directory: Path) -> None:
    return None


BANK_HEAD = "bank: {title: t}\nformulas:\n- {id: F1, label: 三个, items: [a, b, c], evidence: x}\n"
QUESTION = "questions:\n- id: {qid}\n  type: cloze\n  formulas: [F1]\n  prompt: ____\n  answers: [a]\n"
NESTED_DIVS = "<html><body>" + "<div>" * 100_000 + "三个代表" + "</div>" * 100_000 + "</body></html>"
ESCAPES = '"小题库\\e]0;pwned\\a\\e[31m"'  # YAML escapes: ESC and BEL once parsed
RAW_ESCAPES = "小题库\x1b]0;pwned\x07\x1b[31m"  # the bytes themselves, which YAML refuses

CASES = [
    Case("extraction loop", text("h.txt", "“六?新”\n?新聊城"), ("extract", "h.txt"), 0, ""),
    Case("alias bomb", text("bomb.yaml", alias_bomb()), ("check", "bomb.yaml"), 1, "bomb.yaml:"),
    Case("alias bomb, export", text("bomb.yaml", alias_bomb()),
         ("export", "bomb.yaml", "-o", "x.md"), 4, "bomb.yaml:"),
    Case("recursive alias", text("rec.yaml", "questions: &a [*a]\n"),
         ("check", "rec.yaml"), 1, "rec.yaml:1:"),
    Case("deep nesting", text("deep.yaml", "questions: " + "[" * 100_000 + "]" * 100_000 + "\n"),
         ("check", "deep.yaml"), 1, "deep.yaml:1:"),
    Case("4,301-digit integer", text("int.yaml", BANK_HEAD + QUESTION.format(qid="9" * 4301)),
         ("check", "int.yaml"), 1, "int.yaml:5:"),
    Case("4,301-digit integer, export", text("int.yaml", BANK_HEAD + QUESTION.format(qid="9" * 4301)),
         ("export", "int.yaml", "-o", "x.md"), 4, "int.yaml:5:"),
    Case("impossible date", text("date.yaml", "bank: {title: t, date: 2024-13-45}\nquestions: []\n"),
         ("check", "date.yaml"), 1, "date.yaml"),
    Case("items: 5", text("items.yaml", fixture_with("items: [科创, 智造, 文化, 品质]", "items: 5")),
         ("check", "items.yaml"), 1, "items.yaml:17:"),
    Case("items: 5, export", text("items.yaml", fixture_with("items: [科创, 智造, 文化, 品质]", "items: 5")),
         ("export", "items.yaml", "-o", "x.md"), 4, "items.yaml:17:"),
    *[Case(f"question id {label}", text("id.yaml", BANK_HEAD + QUESTION.format(qid=qid)),
           ("check", "id.yaml"), 1, "id.yaml:5:")
      for label, qid in [("null", "null"), ("a date", "2024-01-01"), ("an integer", "7"),
                         ("a list", "[a, b]"), ("a mapping", "{a: b}"), ("empty", '""')]],
    *[Case(f"count {value}", text("count.yaml", fixture_with("count: 5", f"count: {value}")),
           ("check", "count.yaml"), 1, "count.yaml:8:") for value in (".nan", "五", "-3", "true")],
    Case("escape sequences in a bank", text("esc.yaml", fixture_with("小题库(测试用)", ESCAPES)),
         ("check", "esc.yaml"), 1, "esc.yaml:3:"),
    Case("raw escape bytes in a bank", text("esc.yaml", fixture_with("小题库(测试用)", RAW_ESCAPES)),
         ("check", "esc.yaml"), 1, "esc.yaml:3:"),
    Case("raw escape bytes, export", text("esc.yaml", fixture_with("小题库(测试用)", RAW_ESCAPES)),
         ("export", "esc.yaml", "-o", "x.md"), 4, "esc.yaml:3:"),
    Case("escape sequences, export", text("esc.yaml", fixture_with("小题库(测试用)", ESCAPES)),
         ("export", "esc.yaml", "-o", "x.md"), 4, "esc.yaml:3:"),
    Case("missing bank", nothing, ("check", "missing.yaml"), 3, "missing.yaml"),
    Case("a directory as a bank", lambda d: (d / "dir.yaml").mkdir(), ("check", "dir.yaml"), 3,
         "dir.yaml"),
    Case("a directory as a bank, export", lambda d: (d / "dir.yaml").mkdir(),
         ("export", "dir.yaml", "-o", "x.md"), 3, "dir.yaml"),
    Case("a directory as --db", lambda d: (d / "db").mkdir(), ("stats", "--db", "db"), 6, "db"),
    Case("missing report", nothing, ("extract", "missing.txt"), 3, "missing.txt"),
    Case("100,000 nested div", text("deep.html", NESTED_DIVS), ("extract", "deep.html"), 5, "deep.html"),
    Case("FIFO as a report", fifo("pipe.txt"), ("extract", "pipe.txt"), 4, "pipe.txt"),
    Case("FIFO as a bank", fifo("pipe.yaml"), ("check", "pipe.yaml"), 4, "pipe.yaml"),
    Case("/dev/zero as a report", nothing, ("extract", "/dev/zero"), 4, "/dev/zero"),
    Case("/dev/zero as a bank", nothing, ("export", "/dev/zero", "-o", "x.md"), 4, "/dev/zero"),
    Case("report over the size limit", sparse("big.txt", 65 * 1024 * 1024 + 1),
         ("extract", "big.txt"), 4, "big.txt"),
    Case("bank over the size limit", sparse("big.yaml", MAX_BANK_BYTES + 1),
         ("check", "big.yaml"), 4, "big.yaml"),
    *[Case(f"damaged docx {seed}", raw("bad.docx", damaged_docx(seed)), ("extract", "bad.docx"),
           4, "bad.docx") for seed in (1, 2, 3, 5, 8)],
    Case("docx not a zip", raw("bad.docx", b"PK\x03\x04" + b"\x00" * 200), ("extract", "bad.docx"),
         4, "bad.docx"),
    Case("docx huge text node", raw("huge.docx", huge_text_node_docx()), ("extract", "huge.docx"),
         4, "huge.docx"),
    Case("docx entity bomb", raw("bomb.docx", entity_bomb_docx()), ("extract", "bomb.docx"),
         4, "bomb.docx"),
    Case("stdout is full", text("b.yaml", FIXTURE.read_text(encoding="utf-8")), ("check", "b.yaml"),
         7, "标准输出", stdout_to="/dev/full"),
    Case("a device as -o", lambda d: (text("b.yaml", FIXTURE.read_text(encoding="utf-8"))(d),
                                      (d / "out.md").symlink_to("/dev/null")),
         ("export", "b.yaml", "-o", "out.md"), 7, "/dev/null"),
    Case("a FIFO as -o", lambda d: (text("b.yaml", FIXTURE.read_text(encoding="utf-8"))(d),
                                    fifo("out.md")(d)),
         ("export", "b.yaml", "-o", "out.md"), 7, "out.md"),
    Case(":100: is not an emoji", text("b.yaml", ("\n" * 99) + "questions: 5\n"),
         ("export", "b.yaml", "-o", "x.md"), 4, "b.yaml:100:"),
]
