"""The session save as the App sees it: which store, whether Continue is offered, saving now.

The engine's :class:`~elamani_peli.engine.save.SaveStore` does the writing; these helpers
only add what the window needs around it — a store that cannot be made is no store (the
game still plays, nothing is saved), and a failed save is written into the session so the
board can show the notice instead of a traceback.
"""

from __future__ import annotations

import logging
from pathlib import Path

from ..engine.save import SaveStore
from ..engine.session import Session

log = logging.getLogger(__name__)


def default_save_store(deck_dirs: tuple[Path, ...] = ()) -> SaveStore | None:
    """The engine's store in the user folder, recording the facilitator's deck folders."""
    try:
        return SaveStore(deck_folders=deck_dirs)
    except Exception as error:
        log.warning("No session store available: %s", error)
        return None


def has_saved_session(store: SaveStore | None) -> bool:
    """Whether the title offers Continue: a save, its backup or a complete temporary file."""
    try:
        return bool(store is not None and store.has_session())
    except Exception:
        log.exception("Could not look for a saved session")
        return False


def save_session(session: Session | None, store: SaveStore | None) -> bool:
    """Save the running session now (the engine also autosaves after every action)."""
    if session is None or store is None:
        return False
    try:
        store.save(session)
    except OSError as error:  # disk full, read-only …: the session says why, for the notice
        log.warning("Could not save the session: %s", error)
        session.save_failure = getattr(error, "kind", "other")
        session.save_error = str(error)
        return False
    except Exception:
        log.exception("Could not save the session")
        return False
    session.save_failure = session.save_error = None
    return True
