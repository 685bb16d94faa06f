"""The program's version, with one source of truth: ``version`` in ``pyproject.toml``.

An installed copy (wheel, pipx, editable) reads it from the package metadata that the
installer wrote from pyproject. A frozen build carries that metadata too, and beside it a
``VERSION`` file the PyInstaller spec wrote from pyproject at build time, for when the
metadata is missing. A bare source checkout that was never installed reads pyproject itself.
"""

from __future__ import annotations

import functools
import platform
import sys
import tomllib

from . import paths

DISTRIBUTION = "elamani-peli"
VERSION_FILE = "VERSION"
UNKNOWN = "0+unknown"


@functools.cache
def version() -> str:
    """``0.1.0``: the same string in ``--version``, Settings, the crash log and the zip's name."""
    if paths.frozen():
        bundled = paths.data_root() / VERSION_FILE
        if bundled.is_file():
            return bundled.read_text(encoding="utf8").strip() or UNKNOWN
    checkout = paths.data_root() / "pyproject.toml"
    if checkout.is_file():  # a source checkout: pyproject is newer than any installed metadata
        try:
            return str(tomllib.loads(checkout.read_text(encoding="utf8"))["project"]["version"])
        except (OSError, KeyError, tomllib.TOMLDecodeError):
            pass
    from importlib import metadata  # ~30 ms: only when pyproject is not at hand

    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return UNKNOWN


def describe() -> str:
    """One line for ``--version`` and the log: version, how it runs, Python and system."""
    build = "portable build" if paths.frozen() else "Python package"
    return (
        f"{DISTRIBUTION} {version()} ({build}; Python {platform.python_version()}; "
        f"{platform.system()} {platform.release()}; {sys.platform})"
    )
