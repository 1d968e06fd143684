"""The study screen's keys: its bindings, and which of their actions each state offers
(the footer shows only those)."""

from __future__ import annotations

from textual.binding import Binding

# Which actions make sense in which state; the footer shows only these.
ACTIONS_BY_STATE = {
    "question": {"hint", "reveal", "undo", "flag", "leave"},
    "feedback": {"rate", "next", "undo", "flag", "leave"},
    "reveal": {"rate", "undo", "flag", "leave"},
    "done": {"more", "undo", "leave"},
}


STUDY_BINDINGS = [
    Binding("ctrl+t", "hint", "提示首字", id="study.hint"),
    Binding("ctrl+r", "reveal", "看答案自评", id="study.reveal"),
    *(
        Binding(str(n), f"rate({n})", "评分" if n == 1 else f"评{n}", show=n == 1,
                key_display="1-4" if n == 1 else None, id=f"study.rate-{n}")
        for n in range(1, 5)
    ),
    Binding("enter,space", "next", "下一题", id="study.next"),
    Binding("m", "more", "再学一些", id="study.more"),
    Binding("ctrl+z", "undo", "撤销", id="study.undo"),
    Binding("ctrl+g", "flag", "标记", id="study.flag"),
    Binding("escape", "leave", "返回", id="study.leave"),
]
