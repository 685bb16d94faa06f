"""Autosave and resume: setup + seed + action log, written atomically, the previous save kept.

A save is small and replayable: ``{"format", "version", "setup", "seed", "actions",
"state_digest"}``. Loading replays the log and compares the digest, so a save made with
different content or rules is noticed instead of silently turning into another game.
Writing goes to a temporary file that is flushed and fsynced, the current save becomes
the backup, and the temporary file is renamed into place: a crash at any moment leaves
either the previous or the new save. A save that cannot be used is renamed aside —
never deleted — and reported as a :class:`SaveProblem`.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..content.library import ContentLibrary
from ..paths import user_data_dir
from .actions import action_from_json, action_to_json
from .setup import setup_from_json, setup_to_json
from .state import state_digest

if TYPE_CHECKING:
    from .session import Session

SAVE_FORMAT = "elamani-peli-session"
SAVE_VERSION = 1
SAVE_NAME = "session.json"
BACKUP_NAME = "session.previous.json"
TEMP_NAME = "session.json.tmp"


@dataclass(frozen=True)
class SaveProblem:
    message_id: str
    """``save-corrupt`` (not JSON / not a save), ``save-incompatible`` (another version, or the
    replay no longer matches: the content changed), or ``save-restored-backup``."""
    path: Path
    set_aside_as: Path | None
    """Where the unusable file now is (None when nothing was moved)."""
    detail: str
    """A sentence for logs; the UI shows the translated ``message_id``."""


class _Unusable(Exception):
    def __init__(self, message_id: str, detail: str) -> None:
        super().__init__(detail)
        self.message_id = message_id
        self.detail = detail


class SaveStore:
    """The running session's save files in one folder (default: the user's data folder)."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = Path(folder) if folder is not None else user_data_dir()
        self.problems: list[SaveProblem] = []
        """What the last :meth:`load` set aside or fell back on (empty when all was well)."""

    @property
    def path(self) -> Path:
        return self.folder / SAVE_NAME

    @property
    def backup_path(self) -> Path:
        return self.folder / BACKUP_NAME

    def save(self, session: Session) -> None:
        """Write the session atomically; the previous save becomes the backup."""
        text = json.dumps(save_to_json(session), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        self.folder.mkdir(parents=True, exist_ok=True)
        temp = self.folder / TEMP_NAME
        with open(temp, "w", encoding="utf-8") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        if self.path.exists():
            os.replace(self.path, self.backup_path)
        os.replace(temp, self.path)
        _fsync_folder(self.folder)

    def load(self, library: ContentLibrary) -> Session | None:
        """The saved session (autosaving to this store), or None. Problems go to :attr:`problems`.

        The current save is tried first, then the backup. A file that cannot be used is
        renamed aside. When the current save is simply missing (a crash between the two
        renames of :meth:`save`), the backup is the previous state and loads silently.
        """
        self.problems = []
        for path in (self.path, self.backup_path):
            if not path.exists():
                continue
            try:
                session = _read_save(library, path)
            except _Unusable as unusable:
                self.problems.append(
                    SaveProblem(unusable.message_id, path, _set_aside(path), unusable.detail)
                )
                continue
            if self.problems:
                self.problems.append(
                    SaveProblem("save-restored-backup", path, None, "the previous save was used instead")
                )
            session.store = self
            return session
        return None

    def discard(self) -> None:
        """Forget the running session (after its end, or when the worker starts a new one)."""
        for path in (self.path, self.backup_path, self.folder / TEMP_NAME):
            path.unlink(missing_ok=True)


def save_to_json(session: Session) -> dict[str, Any]:
    return {
        "format": SAVE_FORMAT,
        "version": SAVE_VERSION,
        "setup": setup_to_json(session.setup),
        "seed": session.setup.seed,
        "actions": [action_to_json(action) for action in session.log],
        "state_digest": state_digest(session.state),
    }


def _read_save(library: ContentLibrary, path: Path) -> Session:
    """Replay a save file into a session; raises ``_Unusable`` with the reason."""
    from .session import Session

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise _Unusable("save-corrupt", f"{path.name} is not readable JSON: {error}") from error
    if not isinstance(data, dict) or data.get("format") != SAVE_FORMAT:
        raise _Unusable("save-corrupt", f"{path.name} is not a saved session")
    if data.get("version") != SAVE_VERSION:
        version = data.get("version")
        raise _Unusable("save-incompatible", f"{path.name} has version {version!r}, not {SAVE_VERSION}")
    try:
        setup = setup_from_json(data["setup"])
        actions = [action_from_json(item) for item in data["actions"]]
        digest = data["state_digest"]
    except (KeyError, TypeError, ValueError) as error:
        raise _Unusable("save-corrupt", f"{path.name} is damaged: {error!r}") from error
    if data.get("seed") != setup.seed:
        raise _Unusable("save-corrupt", f"{path.name} is damaged: the seed does not match its setup")
    try:
        session = Session.replay(library, setup, actions)
    except Exception as error:  # any failure means the content or rules changed since saving
        raise _Unusable("save-incompatible", f"{path.name} no longer replays: {error}") from error
    if state_digest(session.state) != digest:
        raise _Unusable("save-incompatible", f"{path.name} replays to a different game (the content changed)")
    return session


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
