"""A drop-down whose open menu names its keys in Chinese, like the rest of the trainer."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Select
from textual.widgets._select import SelectCurrent, SelectOverlay


class _Menu(SelectOverlay):
    BINDINGS = [Binding("escape", "dismiss", "关闭菜单")]


class MenuSelect(Select):
    """Textual's `Select`, with the menu's footer key in Chinese (`esc 关闭菜单`)."""

    def compose(self) -> ComposeResult:
        yield SelectCurrent(self.prompt)
        yield _Menu(type_to_search=self._type_to_search).data_bind(compact=Select.compact)
