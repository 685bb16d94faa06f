"""The game's log file: errors and warnings of the whole package, in the user's data folder
(``logs/``, ``0700``, the file ``0600``), or in the temporary folder when that cannot exist.

Its own module so that the error scene can name the file without importing the App.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import tempfile
from pathlib import Path

from .. import paths
from ..private_files import make_private_dir, tighten_file

LOGS_FOLDER = "logs"
LOG_FILE_NAME = "elamani-peli.log"


def fallback_logs_folder() -> Path:
    """Where logs go when the data folder cannot be created: this user's own folder in the
    temporary folder (in a shared /tmp another user's folder of the same name must not be used)."""
    owner = f"-{os.getuid()}" if hasattr(os, "getuid") else ""
    return Path(tempfile.gettempdir()) / f"{paths.APP_NAME}-logs{owner}"


def log_path() -> Path:
    """The log file: in the data folder, or in the temporary folder when the data folder
    cannot be created (a locked-down profile, a full disk) — a crash must still be logged."""
    try:
        return paths.user_data_dir() / LOGS_FOLDER / LOG_FILE_NAME
    except OSError:
        return fallback_logs_folder() / LOG_FILE_NAME


def attach_log_file() -> logging.Handler:
    """Errors and warnings of the whole package go to a small rotating file.

    A user folder that cannot be written (read-only home, full disk) must not stop the game:
    the log then goes to the terminal's error stream, if there is one.
    """
    handler: logging.Handler
    try:
        path = log_path()
        make_private_dir(path.parent)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=512_000, backupCount=2, encoding="utf8")
        tighten_file(path)
    except OSError:
        handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.INFO)
    package_logger = logging.getLogger("elamani_peli")
    package_logger.setLevel(logging.INFO)
    package_logger.addHandler(handler)
    return handler
