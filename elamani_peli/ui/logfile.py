"""The game's log file: errors and warnings of the whole package, in the user's data folder.

Its own module so that the error scene can name the file without importing the App.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from .. import paths

LOG_FILE_NAME = "elamani-peli.log"


def log_path() -> Path:
    return paths.user_data_dir() / "logs" / LOG_FILE_NAME


def attach_log_file() -> logging.Handler:
    """Errors and warnings of the whole package go to a small rotating file.

    A user folder that cannot be written (read-only home, full disk) must not stop the game:
    the log then goes to the terminal's error stream, if there is one.
    """
    handler: logging.Handler
    try:
        path = log_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=512_000, backupCount=2, encoding="utf8")
    except OSError:
        handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.INFO)
    package_logger = logging.getLogger("elamani_peli")
    package_logger.setLevel(logging.INFO)
    package_logger.addHandler(handler)
    return handler
