"""Folders and files only their owner can read: the data folder ``0700``, its files ``0600``.

A youth-work laptop is often shared between workers and the young people they meet, and the
running session's save holds the players' nicknames. On POSIX the game therefore creates
its data folder readable by its owner only, and every file in it likewise; on Windows the
user's profile folder already is private and the modes are ignored.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import IO

FOLDER_MODE = 0o700
FILE_MODE = 0o600


def make_private_dir(folder: Path) -> Path:
    """Create ``folder`` (and its parents) if needed; a folder the game creates is ``0700``.

    An existing folder is tightened too when it belongs to this user (an older version made
    it ``0755``). Raises ``OSError`` when the folder cannot be created.
    """
    folder = Path(folder)
    if not folder.is_dir():
        folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    _tighten(folder, FOLDER_MODE)
    return folder


def open_private(path: Path, mode: str = "w", encoding: str | None = "utf-8") -> IO:
    """Open a file for writing that is ``0600`` from the moment it exists (no window in which
    another user could open it), also when it existed before with a wider mode."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if mode.startswith("a") else os.O_TRUNC)
    flags |= getattr(os, "O_BINARY", 0) if "b" in mode else 0
    descriptor = os.open(path, flags, FILE_MODE)
    try:
        _tighten_descriptor(descriptor)
        return os.fdopen(descriptor, mode, encoding=None if "b" in mode else encoding)
    except BaseException:
        os.close(descriptor)
        raise


def write_private_text(path: Path, text: str) -> None:
    with open_private(path) as file:
        file.write(text)


def tighten_file(path: Path) -> None:
    """Make an existing file ``0600`` (for files created by code that does not ask, e.g. logging)."""
    _tighten(Path(path), FILE_MODE)


def _tighten(path: Path, mode: int) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        info = path.stat()
        if info.st_uid == os.getuid() and info.st_mode & 0o777 != mode:
            path.chmod(mode)


def _tighten_descriptor(descriptor: int) -> None:
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        if os.fstat(descriptor).st_mode & 0o777 != FILE_MODE:
            os.fchmod(descriptor, FILE_MODE)
