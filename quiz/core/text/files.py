"""Reading an input file within bounds: regular files only, and no more than a size limit.

A FIFO or a device given as a report would block or never end (`/dev/zero`), and a
huge file would take the machine's memory: both are refused before reading, with a
message naming the file.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

from quiz.core.errors import BadInput, InputNotFound

MAX_INPUT_BYTES = 64 * 1024 * 1024  # reports and banks; the largest real report is ~2 MB


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.0f} MB"


def open_input_file(path: Path, *, limit: int = MAX_INPUT_BYTES) -> BinaryIO:
    """A regular file of at most `limit` bytes, open for reading in binary; a QuizError
    naming it otherwise (the caller closes it)."""
    name = str(path)
    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer before we can refuse it.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except FileNotFoundError as exc:
        raise InputNotFound("没有这个文件", path=name) from exc
    except PermissionError as exc:
        raise InputNotFound("没有读取权限", path=name) from exc
    except IsADirectoryError as exc:
        raise InputNotFound("是目录, 不是文件", path=name) from exc
    except OSError as exc:
        raise InputNotFound(f"无法读取: {exc.strerror or exc}", path=name) from exc
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InputNotFound("是目录, 不是文件", path=name)
        if not stat.S_ISREG(info.st_mode):
            raise BadInput("不是普通文件 (是管道、设备或套接字)", path=name,
                           hint="请先把内容存成文件")
        if info.st_size > limit:
            raise BadInput(f"文件太大 ({_megabytes(info.st_size)}, 上限为 "
                           f"{_megabytes(limit)})", path=name, hint="请把文件拆开")
        return os.fdopen(os.dup(fd), "rb")
    except OSError as exc:
        raise InputNotFound(f"无法读取: {exc.strerror or exc}", path=name) from exc
    finally:
        os.close(fd)


def read_input_bytes(path: Path, *, limit: int = MAX_INPUT_BYTES) -> bytes:
    """The bytes of a regular file of at most `limit` bytes; a QuizError naming it otherwise."""
    with open_input_file(path, limit=limit) as handle:
        try:
            data = handle.read(limit + 1)
        except OSError as exc:
            raise InputNotFound(f"无法读取: {exc.strerror or exc}", path=str(path)) from exc
    if len(data) > limit:  # the file grew while being read
        raise BadInput(f"文件太大 (上限为 {_megabytes(limit)})", path=str(path),
                       hint="请把文件拆开")
    return data


def read_input_text(path: Path, *, limit: int = MAX_INPUT_BYTES) -> str:
    """A UTF-8 text file (BOM allowed) read within bounds; BadInput if it is not UTF-8."""
    data = read_input_bytes(path, limit=limit)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise BadInput(f"不是 UTF-8 文本 (第 {exc.start} 字节)", path=str(path),
                       hint="请存为 UTF-8") from exc
