"""YAML files read with `safe_load`, keeping the line of every value for error messages."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from quiz.core.errors import BadInput
from quiz.core.text.files import read_input_text
from quiz.core.text.yamlbounds import compose_bounded, error_line

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

PathKey = tuple[str | int, ...]


@dataclass
class YamlFile:
    """Parsed YAML data plus the 1-based line of every mapping value and list item."""

    path: str
    data: Any
    lines: dict[PathKey, int] = field(default_factory=dict)

    def line(self, *keys: str | int) -> int | None:
        """The line of the value at `keys` (or of its nearest parent that has one)."""
        path: PathKey = tuple(keys)
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return None


def _collect_lines(node: yaml.Node, path: PathKey, lines: dict[PathKey, int]) -> None:
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node)
            _collect_lines(value_node, (*path, key), lines)
            lines[(*path, key)] = key_node.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _collect_lines(item, (*path, index), lines)


def parse_yaml(text: str, path: str) -> YamlFile:
    """Parse YAML text; broken YAML raises BadInput naming the file and line."""
    try:
        # One parse: the node tree gives the lines, and the data is built from it.
        node, data = compose_bounded(text, _LOADER)
    except yaml.YAMLError as exc:
        line, problem = error_line(exc, text)
        raise BadInput(f"YAML 格式错误: {problem}", path=path, line=line,
                       hint="请修正该行的 YAML 语法") from exc
    except (ValueError, TypeError, OverflowError) as exc:  # e.g. a date such as 2024-13-45
        raise BadInput(f"有一个值无法读取: {exc}", path=path) from exc
    lines: dict[PathKey, int] = {}
    if node is not None:
        _collect_lines(node, (), lines)
    return YamlFile(path=path, data=data, lines=lines)


def read_yaml(path: Path) -> YamlFile:
    """Read and parse a YAML file (UTF-8, BOM allowed)."""
    return parse_yaml(read_input_text(path), str(path))
