"""Reading reports into cleaned documents, with offsets back to the source text.

A directory argument means every supported file under it. Beside the files, an optional
`manifest.yaml` says how each document is cited, and `corrections.yaml` lists errata.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from quiz.core.errors import BadInput, InputNotFound, QuizError
from quiz.core.text import cleaning
from quiz.core.text.corrections import (
    CORRECTIONS_FILE,
    AppliedCorrection,
    Correction,
    correction_edits,
    load_corrections,
)
from quiz.core.text.decoding import SUPPORTED_SUFFIXES, read_source
from quiz.core.text.textmap import OffsetChain, apply_edits
from quiz.core.text.yamlfile import read_yaml

MANIFEST_FILE = "manifest.yaml"


@dataclass(frozen=True)
class Document:
    """A cleaned report: its text, how to cite it, and how to map offsets back."""

    name: str  # the file name, e.g. 004_54d0cbe4cf41eb1c.txt
    path: Path
    text: str  # cleaned text: offsets in formulas refer to this
    title: str  # the citation, from the manifest (the file stem when absent)
    meta: dict[str, Any] = field(default_factory=dict)
    source_text: str = field(default="", repr=False)  # the text as read, before cleaning
    offsets: OffsetChain = field(default_factory=OffsetChain, repr=False, compare=False)
    corrections: tuple[AppliedCorrection, ...] = ()

    def source_offset(self, offset: int) -> int:
        """The offset in `source_text` that an offset of the cleaned text came from."""
        return self.offsets.to_original(offset)


def clean_text(
    text: str, doc_name: str = "", corrections: Sequence[Correction] = ()
) -> tuple[str, OffsetChain, list[AppliedCorrection]]:
    """Run the cleaning steps; return the text, its offset chain and the corrections made."""
    from quiz.core.text.segmentation import splits_word

    chain = OffsetChain()
    for step in (cleaning.line_break_edits, cleaning.furniture_edits):
        text, offsets = apply_edits(text, step(text))
        chain.push(offsets)
    text, offsets = apply_edits(text, cleaning.paragraph_join_edits(text, splits_word))
    chain.push(offsets)
    edits, applied = correction_edits(text, doc_name, list(corrections))
    if edits:
        text, offsets = apply_edits(text, edits)
        chain.push(offsets)
    return text, chain, applied


def load_manifest(directory: Path) -> dict[str, dict[str, Any]]:
    """The manifest entries of a corpus directory, by file name (empty when absent)."""
    path = directory / MANIFEST_FILE
    if not path.exists():
        return {}
    yf = read_yaml(path)
    docs = yf.data.get("documents") if isinstance(yf.data, dict) else None
    if not isinstance(docs, dict):
        raise BadInput("应有 `documents:` 映射: 文件名 -> 标题、日期等",
                       path=str(path), line=yf.line("documents"))
    for name, entry in docs.items():
        if not isinstance(entry, dict) or not entry.get("title"):
            raise BadInput(f"文档 {name} 缺少 `title:`", path=str(path),
                           line=yf.line("documents", name))
    return {str(k): dict(v) for k, v in docs.items()}


def read_document(
    path: Path,
    *,
    corrections: Sequence[Correction] = (),
    manifest: dict[str, dict[str, Any]] | None = None,
) -> Document:
    """Read and clean one report file."""
    if not path.exists():
        raise InputNotFound("没有这个文件或目录", path=str(path))
    try:
        source, own_title = read_source(path)
    except PermissionError as exc:
        raise InputNotFound("没有读取权限", path=str(path)) from exc
    except IsADirectoryError as exc:
        raise InputNotFound("是目录", path=str(path)) from exc
    except OSError as exc:
        raise InputNotFound(f"无法读取: {exc.strerror}", path=str(path)) from exc
    text, chain, applied = clean_text(source, path.name, corrections)
    if manifest is None:
        manifest = load_manifest(path.parent)
    meta = manifest.get(path.name, {})
    return Document(
        name=path.name,
        path=path,
        text=text,
        title=str(meta.get("title") or own_title or path.stem),
        meta=meta,
        source_text=source,
        offsets=chain,
        corrections=tuple(applied),
    )


def document_paths(paths: Sequence[Path]) -> list[Path]:
    """Expand directories into their supported files (sorted); check that paths exist."""
    result: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
                and not p.name.startswith(".")
            )
            if not found:
                raise InputNotFound("目录中没有 .txt、.md、.html、.docx 或 .pdf 文件",
                                    path=str(path))
            result.extend(found)
        elif path.exists():
            result.append(path)
        else:
            raise InputNotFound("没有这个文件或目录", path=str(path))
    return result


def iter_documents(paths: Sequence[Path]) -> Iterator[Document]:
    """Read every report under `paths`, using each folder's manifest and corrections."""
    for _, document in read_each(document_paths(paths)):
        if isinstance(document, QuizError):
            raise document
        yield document


def read_each(files: Sequence[Path]) -> Iterator[tuple[Path, Document | QuizError]]:
    """Each file with its document, or with the QuizError that made it unusable.

    One unusable file (or folder manifest) does not stop the others from being read.
    """
    folders: dict[Path, tuple[list[Correction], dict[str, dict[str, Any]]] | QuizError] = {}
    for path in files:
        folder = path.parent
        if folder not in folders:
            try:
                folders[folder] = (load_corrections(folder / CORRECTIONS_FILE),
                                   load_manifest(folder))
            except QuizError as exc:
                folders[folder] = exc
        context = folders[folder]
        if isinstance(context, QuizError):
            yield path, context
            continue
        corrections, manifest = context
        try:
            yield path, read_document(path, corrections=corrections, manifest=manifest)
        except QuizError as exc:
            yield path, exc
