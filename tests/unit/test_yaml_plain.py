"""The one-pass reader reads what the composer reads, with the same lines, or gives up."""

from __future__ import annotations

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

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


_chars = st.characters(blacklist_categories=("Cs", "Cc", "Cf"))
_scalars = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6),
                     st.floats(allow_nan=False, allow_infinity=False),
                     st.text(_chars, max_size=12),
                     st.sampled_from(["yes", "no", "~", "null", "0x1f", "1e3", "2024-05-01", "-",
                                      "", "五张名片", "a: b", "- x", "#c", "'q'", '"d"']))
_values = st.recursive(_scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(_chars, max_size=6), inner, max_size=4)),
    max_leaves=20)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.text(_chars, min_size=1, max_size=8), _values, min_size=1, max_size=5),
       st.booleans(), st.integers(20, 100))
def test_any_dumped_mapping_reads_as_the_composer_reads_it(data: dict, flow: bool,
                                                             width: int) -> None:
    text = yaml.dump(data, Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper),
                     allow_unicode=True, default_flow_style=flow, width=width)
    try:
        plain = read_plain(text, LOADER)
    except NotPlain:
        return  # left to the composer (a control character, say): nothing to compare
    assert (plain.data, plain.key_lines, plain.entry_lines) == _thorough(text)
