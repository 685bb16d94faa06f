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

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..content.library import ContentLibrary

if TYPE_CHECKING:
    from .session import Session

SAVE_FORMAT = "elamani-peli-session"
SAVE_VERSION = 1
SAVE_NAME = "session.json"
BACKUP_NAME = "session.previous.json"


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


class SaveStore:
    """The running session's save files in one folder (default: the user's data folder)."""

    def __init__(self, folder: Path | None = None) -> None:
        raise NotImplementedError

    def save(self, session: Session) -> None:
        """Write the session atomically; the previous save becomes the backup."""
        raise NotImplementedError

    def load(self, library: ContentLibrary) -> Session | None:
        """The saved session (autosaving to this store), or None. Problems go to :attr:`problems`."""
        raise NotImplementedError

    def discard(self) -> None:
        """Forget the running session (after its end, or when the worker starts a new one)."""
        raise NotImplementedError


def save_to_json(session: Session) -> dict[str, Any]:
    raise NotImplementedError
