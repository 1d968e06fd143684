"""The one-pass reader reads what the composer reads, with the same lines, or gives up."""

from __future__ import annotations

import pytest
import yaml

from quiz.core.text.yamlplain import NotPlain, read_plain
from tests.helpers.paths import ROOT, SMALL_BANK

LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

PLAIN = [
    "a: 1\nb: 1.5\nc: ~\nd: true\ne: 0x1f\nf: ''\ng:\nh: 2024-05-01\n",
    'text: "中文 \\u00e9"\nsingle: \'it\'\'s\'\nblock: |\n  line one\n  line two\nfolded: >\n  a\n  b\n',
    "questions:\n- id: q1\n  answers: [甲, 乙]\n  pairs:\n  - [a, b]\n- plain entry\n- [x, y]\n"
    "formulas: []\nbank: {title: 题库, n: 3}\n",
    "1: one\n'2': two\nnull: nothing\n",
    "list:\n  - - - deep\n  -\n  - {}\n",
]

GIVES_UP = [
    "a: &x 1\nb: *x\n",  # an alias
    "a: 1\na: 2\n",  # a key given twice
    "a: !!str 1\n",  # a tag
    "base: {x: 1}\nmore:\n  <<: {y: 2}\n",  # a merge key
    "a: 1\n---\nb: 2\n",  # several documents
    "a: \"\\e[31m\"\n",  # an escaped control character
    "a: [1\n",  # broken YAML
    "bank: {date: 2024-13-45}\n",  # a value that cannot be read
    "- just a list\n",  # not a mapping
    "",  # nothing
    "? [a, b]\n: c\n",  # a key that is a collection
    "a: " + "[" * 150 + "]" * 150 + "\n",  # nested too deep
]


def _thorough(text: str) -> tuple[object, dict, dict]:
    loader = LOADER(text)
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node)
    finally:
        loader.dispose()
    keys, entries = {}, {}
    for key, value in node.value:
        keys[str(key.value)] = key.start_mark.line + 1
        if isinstance(value, yaml.SequenceNode):
            entries[str(key.value)] = [
                (item.start_mark.line + 1,
                 {str(k.value): v.start_mark.line + 1 for k, v in item.value}
                 if isinstance(item, yaml.MappingNode) else {})
                for item in value.value
            ]
    return data, keys, entries


@pytest.mark.parametrize("text", [*PLAIN,
                                  SMALL_BANK.read_text(encoding="utf-8"),
                                  (ROOT / "question_banks" / "default.yaml").read_text(encoding="utf-8")])
def test_plain_documents_read_as_the_composer_reads_them(text: str) -> None:
    plain = read_plain(text, LOADER)
    assert (plain.data, plain.key_lines, plain.entry_lines) == _thorough(text)


@pytest.mark.parametrize("text", GIVES_UP)
def test_anything_else_is_left_to_the_composer(text: str) -> None:
    with pytest.raises(NotPlain):
        read_plain(text, LOADER)


@pytest.mark.parametrize(("text", "text_keys"), [
    ("a: 1\nb: {c: 2}\n", True), ("a: {1: one}\n", False), ("a: {null: x}\n", False),
    ("a: {'1': one}\n", True),
])
def test_keys_that_json_would_turn_into_text_are_flagged(text: str, text_keys: bool) -> None:
    assert read_plain(text, LOADER).text_keys is text_keys
