"""Bounds on the work one YAML document can ask for: nesting depth and alias expansion.

Three documents of a few hundred bytes each would otherwise hang or kill the process:
an anchor bomb (nine aliases of nine aliases ... expand to 9^9 nodes for any walk that
follows them), deep nesting (libyaml's composer recurses in C and overflows the stack),
and an integer of thousands of digits (Python refuses to convert it). They are refused
as broken YAML, with the line, before anything walks the data.
"""

from __future__ import annotations

from typing import Any

import yaml

MAX_DEPTH = 100  # a bank nests four levels deep
MAX_EXPANDED_NODES = 2_000_000  # nodes seen by a walk that follows every alias
MAX_INT_DIGITS = 4000  # below Python's int/str conversion limit (4,300 digits)


class YamlTooComplex(yaml.YAMLError):
    """A document refused by the bounds; shaped like PyYAML's marked errors."""

    def __init__(self, problem: str, mark: yaml.Mark | None) -> None:
        super().__init__(problem)
        self.problem = problem
        self.problem_mark = mark


def scan_events(text: str, loader_class: type) -> int:
    """Refuse deep nesting and overlong integers from parser events (no recursion).

    Returns the number of aliases, so that documents without any skip the expansion walk.
    """
    loader = loader_class(text)
    aliases = depth = 0
    try:
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, yaml.ScalarEvent):
                if len(event.value) > MAX_INT_DIGITS and _decimal(event.value):
                    raise YamlTooComplex(f"数字超过 {MAX_INT_DIGITS} 位",
                                         event.start_mark)
            elif isinstance(event, yaml.AliasEvent):
                aliases += 1
            elif isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    raise YamlTooComplex(f"嵌套超过 {MAX_DEPTH} 层",
                                         event.start_mark)
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    finally:
        loader.dispose()
    return aliases


def _decimal(value: str) -> bool:
    return value.lstrip("+-").replace("_", "").isdigit()


def check_expansion(root: yaml.Node) -> None:
    """Refuse recursive aliases and alias bombs (anchored collections used many times)."""
    sizes: dict[int, int] = {}
    on_path: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        key = id(node)
        if children_done:
            on_path.discard(key)
            size = 1 + sum(sizes[id(child)] for child in _children(node))
            if size > MAX_EXPANDED_NODES:
                raise YamlTooComplex(
                    f"别名展开后超过 {MAX_EXPANDED_NODES:,} 个值", node.start_mark)
            sizes[key] = size
            continue
        if key in sizes:
            continue
        if key in on_path:
            raise YamlTooComplex("别名引用了包含它自己的集合",
                                 node.start_mark)
        if isinstance(node, yaml.ScalarNode):
            sizes[key] = 1
            continue
        on_path.add(key)
        stack.append((node, True))
        stack.extend((child, False) for child in _children(node) if id(child) not in sizes)


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def error_line(exc: yaml.YAMLError, text: str) -> tuple[int | None, str]:
    """The 1-based line and the problem of a YAML error, for a one-line message."""
    position = getattr(exc, "position", None)
    if isinstance(exc, yaml.reader.ReaderError) and isinstance(position, int):
        # an unreadable character: the reader gives a position, not a line
        character = exc.character if isinstance(exc.character, int) else 0
        return text.count("\n", 0, position) + 1, f"control character \\x{character:02x} ({exc.reason})"
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    problem = getattr(exc, "problem", None) or str(exc)
    return (mark.line + 1 if mark is not None else None), " ".join(str(problem).split())


def compose_bounded(text: str, loader_class: type) -> tuple[yaml.Node | None, Any]:
    """The node tree and the data of a single-document YAML text, within the bounds."""
    aliases = scan_events(text, loader_class)
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, None
        if aliases:
            check_expansion(node)
        return node, loader.construct_document(node)
    finally:
        loader.dispose()
