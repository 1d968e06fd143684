"""Click's own words (usage, option headings, usage errors) in Chinese.

Click looks every message it prints up through `gettext` (`_("Usage:")`,
`ngettext("Got unexpected extra argument ({args})", ...)`) by names bound in its modules
when they are imported. `install()` points those names at the table below, so
`quiz --help` and a usage error read in one language. A message missing from the table
stays as click wrote it.
"""

from __future__ import annotations

import importlib

# Click's message ids (with their {placeholders}) and how the trainer says them.
MESSAGES = {
    "Usage:": "用法:",
    "Options": "选项",
    "Commands": "命令",
    "Show this message and exit.": "显示本帮助并退出。",
    "Show the version and exit.": "显示版本并退出。",
    "%(prog)s, version %(version)s": "%(prog)s 版本 %(version)s",
    "Try '{command} {option}' for help.": "输入 '{command} {option}' 查看帮助。",
    "Error: {message}": "错误: {message}",
    "Aborted!": "已中止。",
    "Missing argument": "缺少参数",
    "Missing option": "缺少选项",
    "Missing parameter": "缺少参数",
    "Missing command.": "缺少命令。",
    "Missing {param_type}": "缺少{param_type}",
    "No such command {name!r}.": "没有命令 {name!r}。",
    "No such option {name!r}.": "没有选项 {name!r}。",
    "No such option: {name}": "没有选项: {name}",
    "Option {name!r} does not take a value.": "选项 {name!r} 不带值。",
    "Invalid value for {param_hint}: {message}": "{param_hint} 的值无效: {message}",
    "Invalid value: {message}": "值无效: {message}",
    "{value!r} is not a valid {number_type}.": "{value!r} 不是有效的{number_type}。",
    "{value} is not in the range {range}.": "{value} 不在范围 {range} 内。",
    "{value!r} is not a valid boolean. Recognized values: {states}":
        "{value!r} 不是有效的是/否值, 可用: {states}",
    "{name} {filename!r} does not exist.": "{name} {filename!r} 不存在。",
    "{name} {filename!r} is a directory.": "{name} {filename!r} 是目录。",
    "{name} {filename!r} is a file.": "{name} {filename!r} 是文件。",
    "{name} {filename!r} is not readable.": "{name} {filename!r} 不可读。",
    "{name} {filename!r} is not writable.": "{name} {filename!r} 不可写。",
    "Could not open file {filename!r}: {message}": "无法打开文件 {filename!r}: {message}",
    "default: {default}": "默认: {default}",
}

# ngettext's (singular, plural) pairs; the translation serves both.
PLURALS = {
    ("Got unexpected extra argument ({args})", "Got unexpected extra arguments ({args})"):
        "多余的参数 ({args})",
    ("Option {name!r} requires an argument.", "Option {name!r} requires {nargs} arguments."):
        "选项 {name!r} 需要 {nargs} 个值。",
    ("{value!r} is not {choice}.", "{value!r} is not one of {choices}."):
        "{value!r} 不是可选值之一: {choices}。",
    ("Did you mean {possibility}?", "(Did you mean one of: {possibilities}?)"):
        "(是否想用: {possibilities}?)",
    ("Takes {nargs} values but 1 was given.", "Takes {nargs} values but {len} were given."):
        "需要 {nargs} 个值, 给了 {len} 个。",
}

# Words click fills into its messages ("{value!r} is not a valid {number_type}.",
# "{name} {filename!r} does not exist."); its metavars (INTEGER, PATH) stay as they are,
# so that the help's columns line up.
WORDS = {"integer": "整数", "float": "数", "integer range": "整数", "float range": "数",
         "File": "文件", "Directory": "目录", "Path": "路径"}
_WORD_KEYS = {"number_type", "name", "param_type"}

_CLICK_MODULES = ("core", "decorators", "exceptions", "formatting", "parser", "types", "termui",
                  "utils")


def gettext(message: str) -> str:
    said = MESSAGES.get(message)
    return message if said is None else _Template(said)


def ngettext(singular: str, plural: str, count: int) -> str:
    said = PLURALS.get((singular, plural))
    if said is None:
        return singular if count == 1 else plural
    return _Template(said)


class _Blank(dict):
    def __missing__(self, key: str) -> str:
        return ""


class _Template(str):
    """A translated message: `format` puts click's words in Chinese and leaves out
    placeholders the caller did not give (click may format a plural message with only
    the name its English uses: `choice` or `choices`).
    """

    def format(self, *args: object, **kwargs: object) -> str:  # type: ignore[override]
        import string

        values = _Blank(kwargs)
        for key in _WORD_KEYS & kwargs.keys():  # never a value the user typed
            values[key] = WORDS.get(str(kwargs[key]), kwargs[key])
        for one, many in (("choice", "choices"), ("possibility", "possibilities")):
            if many not in kwargs and one in kwargs:
                values[many] = values[one]
        if "nargs" not in kwargs:
            values["nargs"] = 1
        return string.Formatter().vformat(str(self), args, values)


def install() -> None:
    """Make click speak Chinese (idempotent)."""
    for name in _CLICK_MODULES:
        module = importlib.import_module(f"click.{name}")
        if hasattr(module, "_"):
            module._ = gettext  # type: ignore[attr-defined]
        if hasattr(module, "ngettext"):
            module.ngettext = ngettext  # type: ignore[attr-defined]
