"""One copy of the game at a time, so two windows never overwrite each other's save.

The lock is an operating-system lock on an open file in the data folder (``fcntl.flock``
on POSIX, ``msvcrt.locking`` on Windows), not the mere existence of a file: the system
releases it when the process ends in any way — quit, crash, ``kill -9``, a dead battery —
so a killed game never leaves a stale lock behind.
"""

from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path
from typing import IO

from .private_files import make_private_dir

LOCK_NAME = "elamani-peli.lock"

log = logging.getLogger(__name__)


class AlreadyRunning(Exception):
    """Another process holds the lock."""


class SingleCopyLock:
    """``with SingleCopyLock(folder):`` — raises :class:`AlreadyRunning` when another copy holds it.

    When the folder cannot be created or the file cannot be opened, the game runs without
    the lock (and without a save it could overwrite, since saving fails the same way).
    """

    def __init__(self, folder: Path) -> None:
        self.path = Path(folder) / LOCK_NAME
        self._file: IO[bytes] | None = None

    def acquire(self) -> bool:
        """Take the lock; False when it could not be set up at all (the game then runs anyway)."""
        try:
            make_private_dir(self.path.parent)
            descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
        except OSError as error:
            log.warning("No single-copy lock (%s): running without it.", error)
            return False
        file = os.fdopen(descriptor, "r+b")
        try:
            _lock(file)
        except OSError as error:
            file.close()
            raise AlreadyRunning(str(self.path)) from error
        self._file = file
        with contextlib.suppress(OSError):  # who holds it, for people (the lock itself is what counts)
            file.seek(0)
            file.truncate()
            file.write(f"{os.getpid()}\n".encode())
            file.flush()
        return True

    def release(self) -> None:
        if self._file is None:
            return
        with contextlib.suppress(OSError):
            _unlock(self._file)
        self._file.close()
        self._file = None

    def __enter__(self) -> SingleCopyLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(file: IO[bytes]) -> None:
        file.seek(0)
        msvcrt.locking(file.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]

    def _unlock(file: IO[bytes]) -> None:
        file.seek(0)
        msvcrt.locking(file.fileno(), msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]

else:
    import fcntl

    def _lock(file: IO[bytes]) -> None:
        fcntl.flock(file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(file: IO[bytes]) -> None:
        fcntl.flock(file.fileno(), fcntl.LOCK_UN)
