"""Autosave and resume: setup + seed + action log, written atomically, the previous save kept.

A save is small and replayable (see :mod:`.save_format` for the fields and the migrations
of older versions). Loading replays the log and compares the digest, so a save made with
different content or rules is noticed instead of silently turning into another game.

Writing goes to ``session.json.tmp`` (flushed and fsynced), the current save becomes the
backup, and the temporary file is renamed into place. A crash at any moment therefore
leaves the new save, or the previous one, or the backup plus a complete temporary file
(a kill between the two renames) — and :meth:`SaveStore.load` finds the newest of them.
A save that cannot be used is renamed aside — never deleted — and reported as a
:class:`SaveProblem`. A save that needs a facilitator's deck folder this launch does not
have is left exactly as it is: the next launch with the folder resumes it.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..content.library import ContentLibrary
from ..paths import user_data_location
from ..private_files import make_private_dir, open_private
from .save_format import (
    SAVE_FORMAT,
    SAVE_VERSION,
    ParsedSave,
    Unusable,
    folder_key,
    parse_save,
    read_save_text,
    save_to_json,
    save_to_text,
    stored_digest_matches,
)

if TYPE_CHECKING:
    from .session import Session

__all__ = [
    "BACKUP_NAME",
    "CRASH_NAME",
    "SAVE_FORMAT",
    "SAVE_NAME",
    "SAVE_STEPS",
    "SAVE_VERSION",
    "TEMP_NAME",
    "SaveFailed",
    "SaveInfo",
    "SaveProblem",
    "SaveStore",
    "save_to_json",
]

SAVE_NAME = "session.json"
BACKUP_NAME = "session.previous.json"
TEMP_NAME = "session.json.tmp"
CRASH_NAME = "session.crash.json"
"""Written by the UI's crash handler: the digest of the state that crashed (no nicknames)."""

SAVE_STEPS = (
    "folder-ready",
    "temp-half-written",
    "temp-written",
    "temp-synced",
    "backup-moved",
    "save-moved",
)
"""The steps of :meth:`SaveStore.save`, in order; the step hook is called after each one
(the fault-injection tests kill the writer there)."""


@dataclass(frozen=True)
class SaveProblem:
    message_id: str
    """``save-corrupt`` (not JSON / not a save), ``save-incompatible`` (another version, or the
    replay no longer matches: the content changed), ``save-restored-backup``, or
    ``save-needs-decks`` (a deck folder the save was made with is not loaded; nothing moved)."""
    path: Path
    set_aside_as: Path | None
    """Where the unusable file now is (None when nothing was moved)."""
    detail: str
    """A sentence for logs; the UI shows the translated ``message_id``."""
    folders: tuple[str, ...] = ()
    """For ``save-needs-decks``: the missing deck folders, as the save recorded them."""


@dataclass(frozen=True)
class SaveInfo:
    """What the title and the New-game confirm say about a save, read without replaying it."""

    path: Path
    nicknames: tuple[str, ...]
    saved_at: str | None
    """ISO 8601 in UTC (None for a version-1 save, which did not record it)."""
    round: int | None
    length: int
    length_unit: str
    deck_folders: tuple[str, ...]


class SaveFailed(OSError):
    """A save could not be written. ``kind`` names why, for the notice the UI shows:
    ``disk-full``, ``read-only``, ``no-folder`` (the data folder cannot be created) or ``other``."""

    def __init__(self, kind: str, error: OSError) -> None:
        super().__init__(error.errno, f"{kind}: {error}")
        self.kind = kind


def failure_kind(error: OSError, *, making_folder: bool = False) -> str:
    if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return "disk-full"
    if making_folder:
        return "no-folder"
    if error.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return "read-only"
    return "other"


StepHook = Callable[[str], None]
Signature = tuple[str, int | None, int | None, int | None]
"""A file's name, modification time, size and inode: whether :meth:`SaveStore.peek` must read it again."""


class SaveStore:
    """The running session's save files in one folder (default: the user's data folder).

    ``deck_folders`` are the facilitator's folders loaded this launch (``--decks``): every
    save records them, and a save recorded with a folder that is not loaded now is not
    resumed (and not touched).
    """

    def __init__(self, folder: Path | None = None, deck_folders: Sequence[Path | str] = ()) -> None:
        self.folder = Path(folder) if folder is not None else user_data_location()
        self.deck_folders = tuple(folder_key(path) for path in deck_folders)
        self.problems: list[SaveProblem] = []
        """What the last :meth:`load` set aside or fell back on (empty when all was well)."""
        self.step_hook: StepHook | None = None
        """Called with each name of :data:`SAVE_STEPS` during :meth:`save` (fault injection)."""
        self._peeked: tuple[tuple[Signature, ...], SaveInfo | None] | None = None

    @property
    def path(self) -> Path:
        return self.folder / SAVE_NAME

    @property
    def backup_path(self) -> Path:
        return self.folder / BACKUP_NAME

    @property
    def temp_path(self) -> Path:
        return self.folder / TEMP_NAME

    @property
    def crash_path(self) -> Path:
        return self.folder / CRASH_NAME

    def candidates(self) -> tuple[Path, Path, Path]:
        """Newest first: a complete temporary file is newer than the save it was to replace."""
        return (self.temp_path, self.path, self.backup_path)

    # -- writing ------------------------------------------------------------------------------
    def save(self, session: Session) -> None:
        """Write the session atomically; the previous save becomes the backup.

        Raises :class:`SaveFailed` (an ``OSError``) saying why; the files already there are
        then as they were, and a half-written temporary file is removed to free the space.
        """
        text = save_to_text(session, self.deck_folders)
        try:
            make_private_dir(self.folder)
        except OSError as error:
            raise SaveFailed(failure_kind(error, making_folder=True), error) from error
        self._step("folder-ready")
        temp = self.temp_path
        try:
            with open_private(temp) as file:
                half = len(text) // 2
                file.write(text[:half])
                file.flush()
                self._step("temp-half-written")
                file.write(text[half:])
                file.flush()
                self._step("temp-written")
                os.fsync(file.fileno())
            self._step("temp-synced")
        except OSError as error:
            with contextlib.suppress(OSError):
                temp.unlink(missing_ok=True)
            raise SaveFailed(failure_kind(error), error) from error
        try:
            if self.path.exists():
                os.replace(self.path, self.backup_path)
            self._step("backup-moved")
            os.replace(temp, self.path)
            self._step("save-moved")
            _fsync_folder(self.folder)
        except OSError as error:
            raise SaveFailed(failure_kind(error), error) from error
        self._peeked = None

    def _step(self, name: str) -> None:
        if self.step_hook is not None:
            self.step_hook(name)

    # -- looking without touching ----------------------------------------------------------
    def has_session(self) -> bool:
        """True when Continue has something to offer: a save or a backup on disk (even one
        that turns out damaged: Continue then says so), or a complete temporary file."""
        return self.path.is_file() or self.backup_path.is_file() or self.peek() is not None

    def peek(self) -> SaveInfo | None:
        """The newest save that reads as one (without replaying it, without touching a file)."""
        signature = tuple(_signature(path) for path in self.candidates())
        if self._peeked is not None and self._peeked[0] == signature:
            return self._peeked[1]
        info = None
        for path in self.candidates():
            try:
                parsed = parse_save(read_save_text(path), path.name)
            except (OSError, Unusable):
                continue
            info = SaveInfo(
                path,
                tuple(player.nickname for player in parsed.setup.players),
                parsed.saved_at,
                parsed.round,
                parsed.setup.length,
                parsed.setup.length_unit,
                parsed.deck_folders,
            )
            break
        self._peeked = (signature, info)
        return info

    def missing_folders(self, info: SaveInfo | None = None) -> tuple[str, ...]:
        """The deck folders the save needs that this launch has not loaded."""
        info = info if info is not None else self.peek()
        if info is None:
            return ()
        return tuple(folder for folder in info.deck_folders if folder not in self.deck_folders)

    # -- resuming -----------------------------------------------------------------------------
    def load(self, library: ContentLibrary) -> Session | None:
        """The saved session (autosaving to this store), or None. Problems go to :attr:`problems`.

        The newest candidate is tried first (a complete temporary file, the save, then the
        backup). A save or backup that cannot be used is renamed aside; a temporary file
        that is incomplete is simply the save that was being written. When the newest
        readable save needs a deck folder that is not loaded, nothing is touched at all.
        """

        self.problems = []
        for path in self.candidates():
            if not path.exists():
                continue
            is_temp = path == self.temp_path
            try:
                parsed = parse_save(read_save_text(path), path.name)
                missing = tuple(f for f in parsed.deck_folders if f not in self.deck_folders)
                if missing:
                    self.problems.append(
                        SaveProblem(
                            "save-needs-decks",
                            path,
                            None,
                            f"{path.name} needs the deck folder(s) {', '.join(missing)}",
                            missing,
                        )
                    )
                    return None
                session = _replay(library, parsed, path.name)
            except (OSError, Unusable) as unusable:
                if is_temp:
                    continue  # an interrupted write: the save it was replacing is still there
                message_id = getattr(unusable, "message_id", "save-corrupt")
                self.problems.append(SaveProblem(message_id, path, _set_aside(path), str(unusable)))
                continue
            if self.problems:
                self.problems.append(
                    SaveProblem("save-restored-backup", path, None, "the previous save was used instead")
                )
            session.store = self
            self._settle(path, session)
            return session
        return None

    def _settle(self, loaded: Path, session: Session) -> None:
        """Finish what a crash interrupted, so the title finds ``session.json`` next time:
        a resumed temporary file takes its place, a restored backup is written back."""
        try:
            if loaded == self.temp_path:
                if self.path.exists():
                    os.replace(self.path, self.backup_path)
                os.replace(self.temp_path, self.path)
                _fsync_folder(self.folder)
            elif loaded == self.backup_path and not self.path.exists():
                self.save(session)
        except OSError:
            pass  # a folder that cannot be written: the autosave notice will say so
        self._peeked = None

    def discard(self, set_aside: bool = False) -> None:
        """Forget the running session (after its end, or when the worker starts a new one).

        Set-aside copies go too when ``set_aside`` is true (Settings → delete: they hold
        nicknames); the end of a session keeps them, since nobody was asked about them.
        """
        extra = self.set_aside_files() if set_aside else []
        for path in (*self.candidates(), self.crash_path, *extra):
            _remove(path)
        self._peeked = None

    def clear_for_new_game(self) -> None:
        """Make room for a new session the worker chose to start (after the confirm that named
        the unfinished one): saves that read are removed, anything unreadable is set aside."""
        for path in self.candidates():
            if not path.exists():
                continue
            try:
                parse_save(read_save_text(path), path.name)
            except (OSError, Unusable):
                if path != self.temp_path and _set_aside(path) is not None:
                    continue
            _remove(path)
        _remove(self.crash_path)
        self._peeked = None

    def set_aside_files(self) -> list[Path]:
        """Every copy set aside (``session.set-aside-1.json``, ``session.previous.set-aside-2.json``)."""
        if not self.folder.is_dir():
            return []
        return sorted(self.folder.glob("session*.set-aside-*"))

    # -- crash markers (written by the UI's crash handler) -------------------------------------
    def mark_crash(self, session: Session) -> None:
        """Remember that the game crashed while showing this state, so Continue steps past it."""
        from .save_format import crash_marker_text

        make_private_dir(self.folder)
        with open_private(self.crash_path) as file:
            file.write(crash_marker_text(session.state))

    def crashed_here(self, session: Session) -> bool:
        """True when the last crash happened at exactly this state."""
        from .save_format import crash_marker_matches

        try:
            text = self.crash_path.read_text(encoding="utf-8")
        except (OSError, ValueError):
            return False
        return crash_marker_matches(text, session.state)

    def clear_crash(self) -> None:
        with contextlib.suppress(OSError):  # a read-only folder keeps it; harmless
            _remove(self.crash_path)


def _replay(library: ContentLibrary, parsed: ParsedSave, name: str) -> Session:
    from .session import Session

    try:
        session = Session.replay(library, parsed.setup, parsed.actions)
    except Exception as error:  # any failure means the content or rules changed since saving
        raise Unusable("save-incompatible", f"{name} no longer replays: {error}") from error
    if not stored_digest_matches(parsed, session.state):
        raise Unusable("save-incompatible", f"{name} replays to a different game (the content changed)")
    return session


def _remove(path: Path) -> None:
    """Delete a file that may not exist (on a read-only file system even ``unlink`` of a
    missing file fails, so look first)."""
    if path.exists():
        path.unlink()


def _signature(path: Path) -> Signature:
    try:
        info = path.stat()
    except OSError:
        return (path.name, None, None, None)
    return (path.name, info.st_mtime_ns, info.st_size, info.st_ino)


def _set_aside(path: Path) -> Path | None:
    """Rename an unusable save to the first free ``<stem>.set-aside-<n>.json``; never delete it."""
    number = 1
    while (target := path.with_name(f"{path.stem}.set-aside-{number}{path.suffix}")).exists():
        number += 1
    try:
        os.replace(path, target)
    except OSError:
        return None
    return target


def _fsync_folder(folder: Path) -> None:
    """Make the renames durable (POSIX); folders cannot be opened this way on Windows."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
