"""The file system as a facilitator's folder presents it: every failure is a reason, never a raise.

A facilitator's folder may hold anything: an unreadable sub-folder, a symbolic link that
loops or leads out of the folder, a FIFO that would block a reader forever, a file name
too long for the OS, a picture named like a Windows network path. ``pathlib`` raises for
some of these (``is_file()`` raises ``PermissionError`` and ``ENAMETOOLONG``,
``resolve()`` raises ``RuntimeError`` on a loop) and silently skips others (``rglob``
skips unreadable folders). The helpers here answer with a reason in words, so the loader
can report the file and go on with the others.

:func:`unsafe_name` is a pure-string check of a picture name: a name that could leave the
folder on *any* OS is refused before anything on disk is touched (on Windows, merely
asking whether ``\\\\host\\share\\x.svg`` exists opens a network connection).
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath

MAX_NAME_CHARS = 200
"""Longest picture name accepted (most file systems allow 255 bytes per name)."""


@dataclass(frozen=True)
class Unreadable:
    """A path that was found but could not be used, and why (in words)."""

    path: Path
    reason: str


def reason(error: BaseException) -> str:
    """An OS error in plain words: "permission denied", "the name is too long", …"""
    if isinstance(error, RuntimeError):  # pathlib's "Symlink loop from …"
        return "a symbolic link here loops back on itself"
    number = getattr(error, "errno", None)
    words = {
        errno.EACCES: "permission denied",
        errno.EPERM: "permission denied",
        errno.ENAMETOOLONG: "the name is too long for the file system",
        errno.ELOOP: "a symbolic link here loops back on itself",
        errno.ENOENT: "no such file or folder",
        errno.ENOTDIR: "a part of the path is not a folder",
        errno.EISDIR: "it is a folder, not a file",
        errno.EIO: "the disk could not be read",
    }
    if number in words:
        return words[number]
    return str(getattr(error, "strerror", None) or error).lower()


def kind_of(path: Path) -> tuple[str, str | None]:
    """``("file" | "dir" | "other" | "missing" | "error", reason)`` for a path, following links."""
    try:
        mode = path.stat().st_mode
    except (OSError, RuntimeError, ValueError) as error:
        if isinstance(error, FileNotFoundError):
            return "missing", "no such file or folder"
        return "error", reason(error) if not isinstance(error, ValueError) else "the name is not valid"
    if stat.S_ISREG(mode):
        return "file", None
    if stat.S_ISDIR(mode):
        return "dir", None
    return "other", "not a regular file (a device, a FIFO or a socket)"


def is_file(path: Path) -> bool:
    """True for a regular file (following links); False, never an exception, otherwise."""
    return kind_of(path)[0] == "file"


def is_dir(path: Path) -> bool:
    return kind_of(path)[0] == "dir"


def real_path(path: Path) -> Path:
    """``path.resolve()`` that never raises (a loop or a permission problem gives the path itself)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError, ValueError):
        return path.absolute()


def read_bytes(path: Path, limit: int) -> bytes:
    """At most ``limit + 1`` bytes of a regular file; raises ``OSError`` for anything else.

    Opened non-blocking and checked with ``fstat`` on the open file, so a FIFO (or a file
    swapped for one after it was listed) can never block the reader.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    descriptor = os.open(path, flags)
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise OSError(errno.EINVAL, "not a regular file (a device, a FIFO or a socket)")
        chunks, remaining = [], limit + 1
        while remaining > 0:
            chunk = os.read(descriptor, min(remaining, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            remaining -= len(chunk)
        return b"".join(chunks)
    finally:
        os.close(descriptor)


def walk(root: Path, suffixes: tuple[str, ...]) -> tuple[list[Path], list[Unreadable]]:
    """Content files under ``root`` (sorted) and every place that could not be read.

    Folders that cannot be listed are reported, not skipped. A link to a folder is followed
    only when it stays inside ``root`` and has not been visited (so a loop ends); a link
    that leads out of ``root`` is reported. Files that are not regular files (FIFOs,
    devices) are reported when their name looks like a content file.
    """
    files: list[Path] = []
    problems: list[Unreadable] = []
    top = real_path(root)
    visited = {top}
    for entry_path, entry_kind, why in _entries(root, problems, visited, top):
        if entry_path.suffix.lower() not in suffixes:
            continue
        if entry_kind == "file":
            files.append(entry_path)
        else:
            problems.append(Unreadable(entry_path, why or "not a regular file"))
    return sorted(files), problems


def _entries(
    folder: Path, problems: list[Unreadable], visited: set[Path], top: Path
) -> Iterator[tuple[Path, str, str | None]]:
    """Every non-folder entry under ``folder``, depth first; folders that fail go to ``problems``."""
    stack = [folder]
    while stack:
        current = stack.pop()
        try:
            with os.scandir(current) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError as error:
            problems.append(Unreadable(current, f"cannot read the folder: {reason(error)}"))
            continue
        for entry in entries:
            path = Path(entry.path)
            try:
                is_link = entry.is_symlink()
            except OSError:
                is_link = False
            entry_kind, why = kind_of(path)
            if is_link and entry_kind == "error" and why and "loops" in why:
                problems.append(Unreadable(path, why))
                continue
            if is_link and entry_kind in ("file", "dir"):
                target = real_path(path)
                if not _inside(target, top):
                    problems.append(
                        Unreadable(path, "a symbolic link that leads out of the folder; it was left out")
                    )
                    continue
            if entry_kind == "dir":
                target = real_path(path)
                if target in visited:
                    if is_link:
                        problems.append(Unreadable(path, "a symbolic link here loops back on itself"))
                    continue
                visited.add(target)
                stack.append(path)
                continue
            if entry_kind == "error":
                problems.append(Unreadable(path, f"cannot read it: {why}"))
                continue
            yield path, entry_kind, why


def _inside(path: Path, top: Path) -> bool:
    return path == top or top in path.parents


def unsafe_name(name: str) -> str | None:
    """Why a picture name could lead out of its folder on some OS, or None if it cannot.

    Pure string checks, for the POSIX and the Windows reading of the name alike: no
    absolute paths, no ``..``, no backslashes, no drive letters (``C:``), no UNC or device
    paths (``\\\\host\\share``, ``//host/share``, ``\\\\?\\``), no control characters, and
    not longer than :data:`MAX_NAME_CHARS`.
    """
    if any(ord(character) < 32 or ord(character) == 127 for character in name):
        return "has a control character in it"
    if len(name) > MAX_NAME_CHARS:
        return f"is longer than {MAX_NAME_CHARS} characters"
    if "\\" in name:
        return "has a backslash; write `/` between folder names"
    if name.startswith(("//", "\\\\")):
        return "is a network (UNC) path"
    windows, posix = PureWindowsPath(name), PurePosixPath(name)
    if windows.drive or windows.root or ":" in name:
        return "is an absolute path or names a drive (like `C:`)"
    if posix.is_absolute():
        return "is an absolute path"
    if ".." in posix.parts or ".." in windows.parts:
        return "goes up out of the folder with `..`"
    return None
