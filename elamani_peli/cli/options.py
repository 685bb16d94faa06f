"""Options that several subcommands share, so that they read and behave the same everywhere."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..content.library import LoadResult


def window_size(text: str) -> tuple[int, int]:
    """``1280x720`` → (1280, 720); argparse turns a ValueError into a clear message."""
    try:
        width, height = (int(part) for part in text.lower().replace("×", "x").split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected WIDTHxHEIGHT such as 1280x720, got {text!r}") from None
    if width < 1 or height < 1:
        raise argparse.ArgumentTypeError(f"a window needs a positive size, got {text!r}")
    return width, height


def language(text: str) -> str:
    """``--lang``: fi, en or any language a translator added to ``locales/`` (checked lazily:
    reading the catalogs' folder needs Babel, which other commands should not pay for)."""
    from ..i18n import available_languages

    languages = available_languages()
    if text not in languages:
        raise argparse.ArgumentTypeError(f"choose from {', '.join(languages)} (got {text!r})")
    return text


def add_decks_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--decks",
        metavar="DIR",
        type=Path,
        action="append",
        default=[],
        help="a folder of your own content files, loaded with the built-in ones; may be given several times",
    )


def load_decks(decks: list[Path]) -> LoadResult:
    """The built-in content plus the ``--decks`` folders; a missing folder is said and left out."""
    from ..content import files
    from ..content.loader import load_content

    missing = [d for d in decks if files.kind_of(d)[0] == "missing"]  # unreadable: the loader says why
    for folder in missing:
        print(f"elamani-peli: {folder}: no such file or folder (left out)", file=sys.stderr)
    return load_content([d for d in decks if d not in missing])
