"""Reading a plain YAML document in one pass over libyaml's events, with the lines of its entries.

Composing a node tree keeps a node and two marks for every value: for a bank of 100,000
questions that is gigabytes and most of the time, and the bounds of yamlbounds.py first
parse the text once more to refuse what the composer cannot take. A bank as `quiz
generate` writes it needs none of that: no aliases, no tags, no merge keys, no key given
twice, no control character. `read_plain` builds the data straight from the events,
keeping only the lines the bank check reports (each top-level key, each entry of a
top-level list and each of its fields), and gives up (`NotPlain`) on anything else, so
that the caller reads the document the thorough way, which reports every problem.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import yaml

from quiz.core.errors import QuizError
from quiz.core.text.controls import CONTROL_CHARS
from quiz.core.text.files import open_input_file
from quiz.core.text.yamlbounds import MAX_DEPTH, MAX_INT_DIGITS

_STR = "tag:yaml.org,2002:str"
_PIECE = 1 << 16  # bytes read from a file at a time


class NotPlain(Exception):
    """The document needs the composer's care (or has a problem to report with its line)."""


class Unreadable(NotPlain):
    """The file could not be read as UTF-8 text within its limit (its reader says why)."""


@dataclass
class PlainDocument:
    """The data, and the lines (1-based) the bank check names in its messages."""

    data: Any
    # Every key is text: JSON then keeps the data exactly (values JSON cannot hold, such
    # as dates, make json.dumps fail rather than change).
    text_keys: bool = True
    key_lines: dict[str, int] = field(default_factory=dict)
    # per top-level list: each entry's line, and the line of each field of a mapping entry
    entry_lines: dict[str, list[tuple[int, dict[str, int]]]] = field(default_factory=dict)


class _Frame:
    """A collection being read: its value, and what the lines of its children go to."""

    __slots__ = ("value", "is_map", "seen", "key", "key_text", "fields", "entries")

    def __init__(self, is_map: bool, fields: dict[str, int] | None,
                 entries: list[tuple[int, dict[str, int]]] | None) -> None:
        self.is_map = is_map
        self.value: Any = {} if is_map else []
        self.seen: set[str] = set()
        self.key: Any = _NO_KEY
        self.key_text = ""
        self.fields = fields  # field lines, for a mapping that is an entry of a top-level list
        self.entries = entries  # entry lines, for a list under a top-level key


_NO_KEY = object()


def read_plain(text: str, loader_class: type) -> PlainDocument:
    """The document's data and lines; NotPlain if it is anything but plain (see above)."""
    if CONTROL_CHARS.search(text):
        raise NotPlain("control character")
    return _read(loader_class(text))


def read_plain_file(path: Path, loader_class: type, *, limit: int) -> PlainDocument:
    """`read_plain` of a UTF-8 file (BOM allowed) parsed as it is read, so that neither
    its text nor libyaml's UTF-8 copy of it is ever held whole.

    NotPlain also for a file that cannot be read as `read_input_text` reads it (missing,
    not a regular file, over `limit`, not UTF-8): the caller's read reports the problem.
    """
    try:
        handle = open_input_file(path, limit=limit)
    except QuizError as exc:
        raise Unreadable(str(exc)) from exc
    with handle:
        return _read(loader_class(_CheckedText(handle, limit)))


class _CheckedText:
    """A binary file given to libyaml as text a piece at a time, checked as it goes."""

    def __init__(self, handle: BinaryIO, limit: int) -> None:
        self._handle = handle
        self._left = limit  # bytes: the file may grow while it is read
        self._decoder = codecs.getincrementaldecoder("utf-8-sig")()

    def read(self, size: int) -> str:
        while True:
            data = self._handle.read(max(size, _PIECE))
            self._left -= len(data)
            if self._left < 0:
                raise Unreadable("over the size limit")
            # an empty piece would read as the end: go on while only part of a character came
            text = self._decoder.decode(data, final=not data)
            if text or not data:
                break
        if CONTROL_CHARS.search(text):
            raise NotPlain("control character")
        return text


def _read(loader: Any) -> PlainDocument:
    try:
        return _build(loader)
    except yaml.YAMLError as exc:
        raise NotPlain("broken YAML") from exc
    except (OSError, UnicodeDecodeError) as exc:  # from _CheckedText
        raise Unreadable(str(exc)) from exc
    finally:
        loader.dispose()


def _scalar(loader: Any, event: Any, implicit_firsts: frozenset[str]) -> Any:
    """A scalar's value as SafeLoader constructs it (a plain one may be a number, null...)."""
    value = event.value
    if event.tag is not None and event.tag != "!":
        raise NotPlain("explicit tag")
    if event.implicit[0] and (not value or value[0] in implicit_firsts):
        tag = loader.resolve(yaml.ScalarNode, value, event.implicit)
        if tag != _STR:
            if len(value) > MAX_INT_DIGITS:
                raise NotPlain("long number")
            if tag not in loader.yaml_constructors or tag.endswith(":merge"):
                raise NotPlain(f"tag {tag}")
            node = yaml.ScalarNode(tag, value, event.start_mark, event.end_mark, event.style)
            try:
                return loader.yaml_constructors[tag](loader, node)
            except (ValueError, TypeError, OverflowError) as exc:  # a date such as 2024-13-45
                raise NotPlain("a value that cannot be read") from exc
    elif event.style == '"' and CONTROL_CHARS.search(value):
        raise NotPlain("escaped control character")
    return value


def _build(loader: Any) -> PlainDocument:
    implicit_firsts = frozenset(k for k in loader.yaml_implicit_resolvers if k)
    document = PlainDocument(None)
    stack: list[_Frame] = []
    root: Any = _NO_KEY
    documents = 0
    get_event, check_event = loader.get_event, loader.check_event
    # One string object per distinct text: keys repeat in every entry (id, type, prompt)
    # and values across entries (formula ids, options, sources), and a bank of 100,000
    # questions holds about half as much this way. The table goes with the parse.
    names: dict[str, str] = {}
    while check_event():
        event = get_event()
        kind = type(event)
        if kind is yaml.ScalarEvent or kind is yaml.MappingStartEvent \
                or kind is yaml.SequenceStartEvent:
            if event.anchor is not None:
                raise NotPlain("anchor")
            line = event.start_mark.line + 1
            parent = stack[-1] if stack else None
            fields = entries = None
            if parent is not None and parent.is_map:
                if parent.key is _NO_KEY:  # a key
                    if kind is not yaml.ScalarEvent:
                        raise NotPlain("a key that is a collection")
                    if event.value in parent.seen:
                        raise NotPlain("key given twice")
                    parent.seen.add(event.value)
                    key = _scalar(loader, event, implicit_firsts)
                    if type(key) is str:
                        key = names.setdefault(key, key)
                    else:
                        document.text_keys = False
                    parent.key = key
                    parent.key_text = names.setdefault(event.value, event.value)
                    if len(stack) == 1:
                        document.key_lines[event.value] = line
                    continue
                if parent.fields is not None:
                    parent.fields[parent.key_text] = line
                if len(stack) == 1 and kind is yaml.SequenceStartEvent:
                    entries = document.entry_lines[parent.key_text] = []
            elif parent is not None and parent.entries is not None:
                fields = {}
                parent.entries.append((line, fields))
            if kind is yaml.ScalarEvent:
                value = _scalar(loader, event, implicit_firsts)
                if type(value) is str:
                    value = names.setdefault(value, value)
            else:
                if event.tag is not None and event.tag != "!":
                    raise NotPlain("explicit tag")
                if len(stack) >= MAX_DEPTH:
                    raise NotPlain("deep nesting")
                is_map = kind is yaml.MappingStartEvent
                stack.append(_Frame(is_map, fields if is_map else None, entries))
                continue
        elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
            value = stack.pop().value
        elif kind is yaml.AliasEvent:
            raise NotPlain("alias")
        elif kind is yaml.DocumentStartEvent:
            documents += 1
            if documents > 1:
                raise NotPlain("several documents")
            continue
        else:  # stream start and end, document end
            continue
        if not stack:
            root = value
            continue
        parent = stack[-1]
        if parent.is_map:
            try:
                parent.value[parent.key] = value
            except TypeError as exc:  # a key SafeLoader would refuse as unhashable
                raise NotPlain("unhashable key") from exc
            parent.key = _NO_KEY
        else:
            parent.value.append(value)
    if not isinstance(root, dict):
        raise NotPlain("not a mapping")
    document.data = root
    return document
