"""Where the program finds its bundled data and keeps the user's files.

Bundled data (``cards/``, ``assets/``, ``locales/``, ``docs/``) is found in one of three places:
a source checkout (or an editable install) has the folders beside the package; a wheel
carries them inside the package as ``_data/``; a frozen (PyInstaller) build has them in its
library folder, ``sys._MEIPASS`` (``_internal/`` next to the executable).

User files — settings, the running session, logs, saved summaries — go to one folder,
:func:`user_data_dir`, chosen in this order:

1. ``ELAMANI_PELI_HOME``, when set (tests use it to stay out of the real home folder);
2. *portable mode*: a frozen build with a file ``portable.txt`` beside its executable keeps
   everything in ``data/`` beside it (a USB stick, a laptop where the user folder is wiped);
3. the platform's user data folder (platformdirs).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from .private_files import make_private_dir

APP_NAME = "elamani-peli"
HOME_VARIABLE = "ELAMANI_PELI_HOME"
PORTABLE_MARKER = "portable.txt"
PORTABLE_FOLDER = "data"
SUMMARIES_FOLDER = "summaries"
"""Where saved summaries go inside the user data folder (the export writes, Settings lists)."""
_PACKAGE_DIR = Path(__file__).resolve().parent


def frozen() -> bool:
    """True in a PyInstaller build (``sys.frozen`` is set by its boot loader)."""
    return bool(getattr(sys, "frozen", False))


def program_dir() -> Path | None:
    """The folder a person sees the program in, or None when running from Python.

    That is the executable's folder — except inside a macOS app bundle
    (``Elamani-peli.app/Contents/MacOS/``), where it is the folder holding the ``.app``.
    """
    if not frozen():
        return None
    folder = Path(sys.executable).resolve().parent
    if folder.name == "MacOS" and folder.parent.name == "Contents" and folder.parent.parent.suffix == ".app":
        return folder.parent.parent.parent
    return folder


def data_root() -> Path:
    """The folder holding ``cards/``, ``assets/``, ``locales/`` and ``docs/``."""
    if frozen():
        bundle = getattr(sys, "_MEIPASS", None)
        if bundle and (Path(bundle) / "cards").is_dir():
            return Path(bundle)
        beside = Path(sys.executable).resolve().parent
        if (beside / "cards").is_dir():
            return beside
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


@dataclass(frozen=True)
class Storage:
    """Where the user's files go and why — what Settings → *Stored on this computer* says."""

    folder: Path
    mode: str  # "override" (ELAMANI_PELI_HOME), "portable" or "user"
    marker: Path | None = None  # portable.txt, in portable mode


def storage() -> Storage:
    """Decide where user files go (see the module docstring); creates nothing."""
    override = os.environ.get(HOME_VARIABLE)
    if override:
        return Storage(Path(override), "override")
    program = program_dir()
    if program is not None and (program / PORTABLE_MARKER).is_file():
        return Storage(program / PORTABLE_FOLDER, "portable", program / PORTABLE_MARKER)
    return Storage(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)), "user")


def portable() -> bool:
    return storage().mode == "portable"


def user_data_dir() -> Path:
    """The user's data folder: settings, the running session, logs, opt-in summaries.

    Created ``0700`` (see :mod:`.private_files`); raises ``OSError`` when it cannot be created.
    """
    return make_private_dir(user_data_location())


def user_data_location() -> Path:
    """Where the user's data folder is, without creating it (the save store creates it when it
    first saves, so a folder that cannot be created becomes a notice, not a failed start)."""
    return storage().folder
