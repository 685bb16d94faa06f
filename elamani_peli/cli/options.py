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
    """``--lang``: fi, en, any language with a catalog in ``locales/``, or any language code
    (``sv``) that the content may have texts in — :func:`check_language` checks that once the
    content is loaded. (Checked lazily: Babel is imported only by commands that take it.)"""
    from ..i18n import available_languages, is_language

    languages = available_languages()
    if text not in languages and not is_language(text):
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a language code; choose from {', '.join(languages)} "
            "or a language your content has (such as sv)"
        )
    return text


def check_language(command: str, wanted: str | None, loaded: LoadResult) -> bool:
    """True if ``wanted`` can be shown: a catalog's language or one the content has texts in.

    Otherwise says which languages there are (a usage error, exit status 2). When the menus
    have no catalog for it, says once that they are in English.
    """
    from ..i18n import available_languages, menu_fallback_note

    if wanted is None:
        return True
    languages = list(dict.fromkeys([*available_languages(), *loaded.library.languages]))
    if wanted not in languages:
        print(
            f"elamani-peli {command}: no content in {wanted!r}; languages: {', '.join(languages)} "
            "(a folder given with --decks can add more)",
            file=sys.stderr,
        )
        return False
    note = menu_fallback_note(wanted)
    if note:
        print(f"elamani-peli {command}: {note}", file=sys.stderr)
    return True


def add_decks_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--decks",
        metavar="DIR",
        type=Path,
        action="append",
        default=[],
        help="a folder of your own content files, loaded with the built-in ones; may be given several times",
    )


def load_decks(decks: list[Path], *, remembered: bool = False) -> LoadResult:
    """The built-in content plus the ``--decks`` folders (and with ``remembered``, the folders
    remembered in Settings → Own decks); a missing folder is said and left out."""
    from ..content import files
    from ..content.folders import folders_to_load
    from ..content.loader import load_content

    if remembered:
        from ..ui.prefs import load_preferences

        decks = folders_to_load(decks, load_preferences().deck_folders)
    missing = [d for d in decks if files.kind_of(d)[0] == "missing"]  # unreadable: the loader says why
    for folder in missing:
        print(f"elamani-peli: {folder}: no such file or folder (left out)", file=sys.stderr)
    return load_content([d for d in decks if d not in missing])
