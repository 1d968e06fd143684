"""A footer that changes only when the keys it shows change, and then in place.

Textual's `Footer` throws its keys away and mounts new ones whenever the screen publishes
that its bindings may have changed: on every focus change and every `refresh_bindings()`.
On the study screen that happens several times per card, and each rebuild mounts and
styles a row of widgets. This footer compares what it would show (key, label, enabled)
with what it shows, and when that differs updates its key widgets' texts (mounting more
only when there are more keys); grouped keys and the command palette key, which the
trainer does not use, fall back to the full rebuild.

It looks once the screen has drawn what changed the bindings: the next card comes first,
without the footer's layout and its keys' drawing (a third of that frame's work), and the
footer follows in one change, with the keys of the widget that took focus (which Textual
publishes only after that frame anyway).
"""

from __future__ import annotations

from typing import Any

from textual.screen import Screen
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

# One shown key: key, its display, description, action, enabled, tooltip.
Shown = tuple[str, str, str, str, bool, str]


class SteadyFooter(Footer):
    """`Footer` that redraws only when the shown bindings differ from the last ones."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._shown: tuple[object, ...] | None = None
        self._looking = False  # a look at the bindings is due after the next refresh

    def _keys(self) -> tuple[list[Shown], bool]:
        """The keys `Footer.compose` would show (the first binding of each action), and
        whether any of them belongs to a group."""
        app = self.app
        shown: dict[str, Shown] = {}
        grouped = False
        for _, binding, enabled, tooltip in self.screen.active_bindings.values():
            if binding.show and binding.action not in shown:
                shown[binding.action] = (binding.key, app.get_key_display(binding),
                                         binding.description, binding.action, enabled, tooltip or "")
                grouped = grouped or binding.group is not None
        return list(shown.values()), grouped

    def bindings_changed(self, screen: Screen) -> None:
        """Look at the keys once the screen has drawn what changed them (once for several
        changes), and redraw if they differ from the ones shown."""
        self._bindings_ready = True
        if not self._looking:
            self._looking = True
            self.call_after_refresh(self._look, screen)

    def _look(self, screen: Screen) -> None:
        self._looking = False
        if not screen.app.app_focus or not self.is_attached or screen is not self.screen:
            return
        keys, grouped = self._keys()
        palette = self.show_command_palette and self.app.ENABLE_COMMAND_PALETTE
        listing = (tuple(keys), grouped, palette, self.compact)
        if listing == self._shown:
            return
        first = self._shown is None
        self._shown = listing
        if first or grouped or palette or not self._update_in_place(keys):
            self.call_after_refresh(self.recompose)

    def _update_in_place(self, keys: list[Shown]) -> bool:
        """Show `keys` in the footer's own key widgets; False if it holds anything else."""
        items = list(self.children)
        if not all(type(item) is FooterKey and not item.has_class("-grouped") for item in items):
            return False
        for index, (key, display, description, action, enabled, tooltip) in enumerate(keys):
            if index >= len(items):
                self.mount(FooterKey(key, display, description, action, disabled=not enabled,
                                     tooltip=tooltip).data_bind(compact=Footer.compact))
                continue
            item = items[index]
            if item.display and (item.key, item.key_display, item.description, item.action,
                                 not item._disabled) == (key, display, description, action, enabled):  # noqa: SLF001
                continue  # the same key in the same place: nothing to draw
            wider = (display, description) != (item.key_display, item.description) or not item.display
            item.key, item.key_display, item.description, item.action = key, display, description, action
            item._disabled = not enabled  # noqa: SLF001  (what FooterKey reads on a click)
            item.set_class(not enabled, "-disabled")
            if (item.tooltip or "") != tooltip:
                item.tooltip = tooltip or None
            item.display = True
            item.refresh(layout=wider)  # a layout pass only when the text changed
        for item in items[len(keys):]:
            item.display = False
        return True
