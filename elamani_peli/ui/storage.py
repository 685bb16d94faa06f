"""What the game keeps on this computer, listed for the Settings scene and deletable there.

Privacy promise: everything the game writes lives in the user data folder and appears in
this list — settings, the running session's save, logs, and summaries the worker chose to
save. Nothing a player said is among them.
"""

from __future__ import annotations

import logging
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .. import paths
from ..engine.save import BACKUP_NAME, CRASH_NAME, SAVE_NAME, TEMP_NAME
from ..paths import SUMMARIES_FOLDER
from .logfile import LOGS_FOLDER, attach_log_file, fallback_logs_folder
from .prefs import PREFS_FILE_NAME, Preferences
from .window import surface

if TYPE_CHECKING:
    from .app import App

log = logging.getLogger(__name__)


def summaries_dir() -> Path:
    """Where opt-in saved summaries go (the summary scene writes here)."""
    return paths.user_data_dir() / SUMMARIES_FOLDER


def is_set_aside(path: Path) -> bool:
    """A copy of a save that could not be used, renamed aside (see ``engine.save``)."""
    return ".set-aside-" in path.name


@dataclass(frozen=True)
class StoredItem:
    """One kind of stored data: its files (or folder) and whether anything is there now."""

    key: str  # settings | session | logs | summaries
    location: Path  # shown to the player
    files: tuple[Path, ...]  # what deleting removes

    @property
    def exists(self) -> bool:
        return bool(self.files)

    @property
    def set_aside(self) -> int:
        """How many of the files are set-aside copies of a save (listed so they can be deleted)."""
        return sum(1 for path in self.files if is_set_aside(path))


def _existing(candidates: list[Path]) -> tuple[Path, ...]:
    return tuple(path for path in candidates if path.exists())


def stored_items(folder: Path | None = None) -> list[StoredItem]:
    folder = folder or paths.user_data_location()  # never created just to be listed
    session_files = [folder / name for name in (SAVE_NAME, BACKUP_NAME, TEMP_NAME, CRASH_NAME)]
    # copies set aside when a save could not be used: ``session.set-aside-1.json`` and
    # ``session.previous.set-aside-1.json`` alike (they hold nicknames as well)
    session_files += sorted(folder.glob("session*.set-aside-*"))
    logs = folder / LOGS_FOLDER
    log_files = sorted(logs.glob("*")) if logs.is_dir() else []
    fallback = fallback_logs_folder()  # a day the data folder could not be created
    fallback_files = sorted(fallback.glob("*")) if fallback.is_dir() else []
    if fallback_files and not log_files:
        logs = fallback
    summaries = folder / SUMMARIES_FOLDER
    return [
        StoredItem("settings", folder / PREFS_FILE_NAME, _existing([folder / PREFS_FILE_NAME])),
        StoredItem("session", folder / SAVE_NAME, _existing(session_files)),
        StoredItem("logs", logs, tuple(log_files + fallback_files)),
        StoredItem("summaries", summaries, tuple(sorted(summaries.glob("*"))) if summaries.is_dir() else ()),
    ]


def delete_item(item: StoredItem) -> list[Path]:
    """Remove the item's files; returns those that could not be removed (and logs why)."""
    failed: list[Path] = []
    for path in item.files:
        try:
            if path.is_dir():
                shutil.rmtree(path)
            else:
                path.unlink(missing_ok=True)
        except OSError as error:
            log.warning("Could not delete %s: %s", path, error)
            failed.append(path)
    return failed


def delete_stored(app: App, item: StoredItem) -> None:
    """Delete one kind of stored data for Settings, with what the running game must do around it:
    the log file is closed while its folder goes, the session store forgets the save (and its
    set-aside copies, which hold nicknames too), deleted settings fall back to the defaults."""
    if item.key == "logs" and app.log_handler is not None:
        logging.getLogger("elamani_peli").removeHandler(app.log_handler)
        app.log_handler.close()
        delete_item(item)
        app.log_handler = attach_log_file()
    elif item.key == "session" and app.save_store is not None and hasattr(app.save_store, "discard"):
        try:
            app.save_store.discard(set_aside=True)
        except Exception:
            log.exception("The save store could not discard the session")
        delete_item(item)
    else:
        delete_item(item)
    if item.key == "settings":  # back to defaults in memory; saved again only on the next change
        app.prefs = Preferences(language=None)
        app.refresh_look(surface().get_size())
        for scene in app.scenes:
            scene.on_prefs_changed()
    app.request_redraw()
