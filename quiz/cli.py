"""The `quiz` command line: a thin layer that parses arguments and calls the core.

Each subcommand lives in its own module under `quiz/commands/`; this module only builds
the group and turns user errors (QuizError) into one-line messages and exit codes.
"""

from __future__ import annotations

import os
import sys

import click

from quiz.click_zh import install as speak_chinese
from quiz.core.errors import ExitCode, QuizError
from quiz.ui_text import print_error

speak_chinese()


class QuizGroup(click.Group):
    """A click group that reports QuizError as a clean message, never a traceback."""

    def invoke(self, ctx: click.Context):  # type: ignore[override]
        try:
            result = super().invoke(ctx)
            sys.stdout.flush()  # a full disk or a closed pipe shows here, not at exit
            return result
        except QuizError as exc:
            print_error(exc)
            ctx.exit(int(exc.exit_code))
        except KeyboardInterrupt:
            print_error("已中断")
            ctx.exit(int(ExitCode.INTERRUPTED))
        except OSError as exc:
            if exc.filename is not None:  # a file the command did not expect to fail
                print_error(f"{exc.filename}: {exc.strerror or exc}")
                ctx.exit(int(ExitCode.NOT_FOUND))
            _drop_stdout()
            if not isinstance(exc, BrokenPipeError):  # `quiz ... | head`: not an error
                print_error(f"无法写入标准输出: {exc.strerror or exc}")
                ctx.exit(int(ExitCode.OUTPUT))


def _drop_stdout() -> None:
    """Point stdout at /dev/null so that the flush at exit does not fail a second time."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass  # no real stdout: nothing will flush at exit
    finally:
        os.close(devnull)


@click.group(cls=QuizGroup, invoke_without_command=True)
@click.version_option(package_name="quiz")
@click.pass_context
def main(ctx: click.Context) -> None:
    """提法通: 学习党政报告中的数字化提法。

    不带命令时, 用内置题库打开练习界面。
    """
    if ctx.invoked_subcommand is None:
        from quiz.commands.study import open_default

        open_default(ctx)


def _register() -> None:
    # Imported here so that `quiz --help` stays cheap and every command module stays small.
    from quiz.commands.check import register as register_check
    from quiz.commands.export import register as register_export
    from quiz.commands.extract import extract
    from quiz.commands.generate import register as register_generate
    from quiz.commands.stats import register as register_stats
    from quiz.commands.study import register as register_study

    main.add_command(extract)
    register_stats(main)
    register_study(main)
    register_generate(main)
    register_check(main)
    register_export(main)


_register()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

__all__ = ["main", "ExitCode"]
