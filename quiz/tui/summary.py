"""The end-of-session summary, as text (kept out of the study screen to keep it short)."""

from __future__ import annotations

from rich.text import Text

from quiz.core.review.answers import StudyLog
from quiz.core.workspace import Workspace


def summary_text(trainer: Workspace, log: StudyLog, seconds: float, drill: list | None) -> Text:
    """What was done, how well, and what is left; or why there was nothing to do."""
    text = Text()
    done = log.done
    if done == 0:
        if drill is not None:
            text.append("没有要练习的题目。", style="bold")
        elif _all_suspended(trainer):
            text.append("题库里的题目都已暂停。\n", style="bold yellow")
            text.append("按 Esc 回到首页, 再按 b 打开浏览器取消暂停。")
            return text
        else:
            text.append("今天没有到期的题目了。", style="bold green")
        text.append("\n按 m 超出今日上限再学一些, 按 Esc 回到首页。")
        return text
    correct = log.right
    text.append("本次学习完成 ✔\n\n", style="bold green")
    text.append(f"答题 {done} 道, 答对 {correct} 道, 正确率 {correct * 100 // done}%\n")
    text.append(f"用时 {int(seconds // 60)} 分 {int(seconds % 60)} 秒\n")
    if drill is None:
        counts = trainer.session.counts()
        text.append(f"今日已答 {counts.reviewed_today} 道; 仍到期 {counts.due}, 新题 {counts.new}\n")
    text.append("\n按 m 再学一些, 按 Ctrl+Z 撤销最后一题, 按 Esc 回到首页。", style="dim")
    return text


def _all_suspended(trainer: Workspace) -> bool:
    """Whether every question of the bank is suspended (so studying cannot start)."""
    session = trainer.session
    return all(session.card_info(q.id).suspended for q in trainer.bank.questions)
