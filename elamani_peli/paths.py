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

from .private_files import make_private_dir

APP_NAME = "elamani-peli"
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
    """The user's data folder: settings, the running session, logs, opt-in summaries.

    Created ``0700`` (see :mod:`.private_files`); raises ``OSError`` when it cannot be created.
    """
    return make_private_dir(user_data_location())


def user_data_location() -> Path:
    """Where the user's data folder is, without creating it (the save store creates it when it
    first saves, so a folder that cannot be created becomes a notice, not a failed start)."""
    override = os.environ.get("ELAMANI_PELI_HOME")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
