"""A footer that is rebuilt only when the keys it shows change.

Textual's `Footer` throws its keys away and mounts new ones whenever the screen publishes
that its bindings may have changed: on every focus change and every `refresh_bindings()`.
On the study screen that happens several times per card while the keys shown stay the
same, and rebuilding costs a layout pass each time. This footer compares what it would
show (key, label, enabled) and recomposes only when that differs.
"""

from __future__ import annotations

from typing import Any

from textual.screen import Screen
from textual.widgets import Footer


class SteadyFooter(Footer):
    """`Footer` that recomposes only when the shown bindings differ from the last ones."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._shown: tuple[object, ...] | None = None

    def _listing(self) -> tuple[object, ...]:
        """What `Footer.compose` would show, as comparable values."""
        app = self.app
        keys = tuple(
            (binding.key, app.get_key_display(binding), binding.description, binding.action,
             enabled, tooltip)
            for _, binding, enabled, tooltip in self.screen.active_bindings.values()
            if binding.show
        )
        return keys, self.compact, self.show_command_palette, app.app_focus

    def bindings_changed(self, screen: Screen) -> None:
        self._bindings_ready = True
        if not screen.app.app_focus:
            return
        if self.is_attached and screen is self.screen:
            self.call_after_refresh(self._recompose_if_changed)

    async def _recompose_if_changed(self) -> None:
        if not self.is_attached:
            return
        listing = self._listing()
        if listing != self._shown:
            self._shown = listing
            await self.recompose()
