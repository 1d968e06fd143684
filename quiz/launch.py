"""The `quiz` program: the trainer's plain forms directly, everything else through click.

`quiz`, `quiz study [BANK]` and `quiz exam [BANK]` open the trainer with nothing to parse
but a bank's path, so they skip the command line's click group (its import is a few
percent of a launch). Any option, `--help`, another command or a second argument goes to
`quiz.cli`, which reads it as before.
"""

from __future__ import annotations

import sys
from pathlib import Path

TRAINER_COMMANDS = ("study", "exam")  # each opens the trainer in the mode of its name


def trainer_args(args: list[str]) -> tuple[Path | None, str] | None:
    """The bank and mode of a plain trainer command, or None for everything else."""
    if not args:
        return None, "home"
    if args[0] not in TRAINER_COMMANDS or len(args) > 2:
        return None
    if len(args) == 2 and (not args[1] or args[1].startswith("-")):
        return None
    return (Path(args[1]) if len(args) == 2 else None), args[0]


def main() -> None:
    plain = trainer_args(sys.argv[1:])
    if plain is None:
        from quiz.cli import main as command_line

        command_line()
        return
    from quiz.reported import reported_errors
    from quiz.trainer import open_trainer

    bank, mode = plain
    with reported_errors():
        code = open_trainer(bank, None, mode)
    sys.exit(code)
