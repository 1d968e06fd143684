"""Settings: daily limits, desired retention, day start, exam date, pinyin, theme."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Button, Footer, Header, Input, Label, Select, Static, Switch

from quiz.core.errors import QuizError
from quiz.core.workspace import Workspace
from quiz.tui.widgets.menu_select import MenuSelect

NUMBER_FIELDS = (
    ("new_per_day", "每日新题上限", "integer"),
    ("reviews_per_day", "每日复习上限", "integer"),
    ("desired_retention", "目标记忆保持率 (0.5-0.99)", "number"),
    ("day_start_hour", "每天从几点开始 (0-23)", "integer"),
)


class SettingsScreen(Screen):
    """A form; Ctrl+S saves and applies at once."""

    CSS_PATH = "settings.tcss"
    BINDINGS = [
        Binding("ctrl+s", "save", "保存", id="settings.save"),
        Binding("escape", "app.pop_screen", "返回", id="settings.back"),
    ]

    def __init__(self, trainer: Workspace) -> None:
        super().__init__()
        self.trainer = trainer

    def compose(self) -> ComposeResult:
        current = self.trainer.settings
        yield Header()
        with VerticalScroll(id="settings-body"):
            yield Static("设置", classes="title")
            for name, label, kind in NUMBER_FIELDS:
                with Horizontal(classes="settings-row"):
                    yield Label(label)
                    yield Input(f"{getattr(current, name)}", id=f"settings-{name}", type=kind, compact=True)
            with Horizontal(classes="settings-row"):
                yield Label("考试日期 (YYYY-MM-DD, 可空)")
                yield Input(
                    current.exam_date.isoformat() if current.exam_date else "",
                    id="settings-exam_date", placeholder="2026-12-20", compact=True,
                )
            with Horizontal(classes="settings-row"):
                yield Label("接受拼音/首字母作答")
                yield Switch(current.pinyin, id="settings-pinyin")
            with Horizontal(classes="settings-row"):
                yield Label("主题")
                themes = sorted(self.app.available_themes)
                yield MenuSelect(
                    [(t, t) for t in themes], value=current.theme if current.theme in themes else Select.NULL,
                    allow_blank=False, id="settings-theme", compact=True,
                )
            yield Button("保存 (Ctrl+S)", id="settings-save", variant="primary")
        yield Footer()

    def values(self) -> dict:
        """The form as a settings mapping (numbers parsed; validation is the core's)."""
        data: dict = {}
        for name, label, kind in NUMBER_FIELDS:
            raw = self.query_one(f"#settings-{name}", Input).value.strip()
            try:
                data[name] = int(raw) if kind == "integer" else float(raw)
            except ValueError:
                raise ValueError(f"{label}: 请输入数字, 不能是「{raw}」") from None
        data["exam_date"] = self.query_one("#settings-exam_date", Input).value.strip() or None
        data["pinyin"] = self.query_one("#settings-pinyin", Switch).value
        data["theme"] = str(self.query_one("#settings-theme", Select).value)
        return data

    @on(Button.Pressed, "#settings-save")
    def action_save(self) -> None:
        from quiz.core.review.settings import Settings, save_settings

        try:
            settings = Settings.from_dict(self.values())
            save_settings(settings)
        except (ValueError, QuizError) as error:
            self.notify(f"没有保存: {error}", severity="error", markup=False)
            return
        self.trainer.settings = settings
        self.trainer.reopen_session()
        self.app.apply_theme(settings.theme)  # type: ignore[attr-defined]
        self.notify("设置已保存并生效", timeout=2)
        self.app.pop_screen()
