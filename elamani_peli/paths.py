"""Where the program finds its bundled data and keeps the user's files.

In a source checkout (or an editable install) the data folders sit beside the package;
a wheel carries them inside the package as ``_data/``. User files go to the platform's
data folder (platformdirs); ``ELAMANI_PELI_HOME`` overrides it, which tests use to stay
out of the real home folder.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "elamani-peli"
SUMMARIES_FOLDER = "summaries"
"""Where saved summaries go inside the user data folder (the export writes, Settings lists)."""
_PACKAGE_DIR = Path(__file__).resolve().parent


def data_root() -> Path:
    """The folder holding ``cards/``, ``assets/`` and ``locales/``."""
    checkout = _PACKAGE_DIR.parent
    if (checkout / "cards").is_dir():
        return checkout
    return _PACKAGE_DIR / "_data"


def cards_dir() -> Path:
    return data_root() / "cards"


def assets_dir() -> Path:
    return data_root() / "assets"


def locales_dir() -> Path:
    return data_root() / "locales"


def user_data_dir() -> Path:
    """The user's data folder: settings, the running session, logs, opt-in summaries."""
    override = os.environ.get("ELAMANI_PELI_HOME")
    folder = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder
