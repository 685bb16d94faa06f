"""The player's preferences: a typed, versioned model saved as JSON in the user folder.

A preferences file may be old, hand-edited or half-written. Each field is checked on its
own and a wrong value falls back to that field's default, so one bad entry never costs the
others and never stops the game (Ren'Py's typed preference registry does the same).
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from .. import paths
from ..i18n import available_languages
from ..private_files import make_private_dir, write_private_text

PREFS_VERSION = 1
PREFS_FILE_NAME = "settings.json"
TEXT_SCALE_MIN = 1.0
TEXT_SCALE_MAX = 2.0
TEXT_SCALE_STEP = 0.1
MAX_DECK_FOLDERS = 3  # content.folders.MAX_REMEMBERED: rows the settings page has room for
PRESENTER_TEXT_SCALE = 1.5
"""Presenter mode never shows type smaller than this (a room reads the screen from afar)."""

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Preferences:
    """What the player chose in Settings. ``language`` None means "not chosen yet"."""

    language: str | None = None
    text_scale: float = 1.0
    high_contrast: bool = False
    reduced_motion: bool = False
    fullscreen: bool = False
    bilingual_cards: bool = False
    read_aloud: bool = False
    """Speak cards, stories, turns and the focused control with an offline voice (F3)."""
    sounds: bool = False
    """Soft sounds for a roll, a card, a strength given and the end (off: the room decides)."""
    easy_finnish: bool = False
    """Selkokieli: cards and stories in easy Finnish where they have it (Finnish only)."""
    deck_folders: tuple[str, ...] = ()
    """Facilitators' own content folders, remembered in Settings → Own decks and loaded at
    every start like ``--decks`` (so colleagues need not type it)."""
    presenter: bool = False
    """Presenter mode (trainers showing the game to a room): full screen, type at least 150 %,
    cards in both languages, a strong focus ring, nicknames only. Drawing code reads the
    derived values below, never this flag, so presenter mode has no scattered special cases."""

    @property
    def type_scale(self) -> float:
        """The text scale drawing uses (``Metrics``): the player's, raised for presenting."""
        return max(self.text_scale, PRESENTER_TEXT_SCALE) if self.presenter else self.text_scale

    @property
    def cards_in_both_languages(self) -> bool:
        return self.bilingual_cards or self.presenter

    @property
    def strong_focus(self) -> bool:
        """A thicker focus ring: visible from the back of a room, and in high contrast, where
        a thin ring looked like one more black border."""
        return self.presenter or self.high_contrast

    @property
    def starts_fullscreen(self) -> bool:
        return self.fullscreen or self.presenter

    def with_changes(self, **changes: Any) -> Preferences:
        """A copy with some fields changed, each value checked like a loaded one."""
        return _validated({**asdict(self), **changes})

    def to_json(self) -> dict[str, Any]:
        return {"version": PREFS_VERSION, **asdict(self)}


def _check_field(name: str, value: Any) -> bool:
    if name == "language":
        return value is None or value in available_languages()
    if name == "deck_folders":
        return (
            isinstance(value, list | tuple)
            and len(value) <= MAX_DECK_FOLDERS
            and all(isinstance(folder, str) and folder.strip() for folder in value)
        )
    if name == "text_scale":
        return (
            isinstance(value, int | float)
            and not isinstance(value, bool)
            and TEXT_SCALE_MIN <= value <= TEXT_SCALE_MAX
        )
    return isinstance(value, bool)


def _validated(raw: dict[str, Any]) -> Preferences:
    """Keep every field whose value is right; the others take their defaults."""
    defaults = Preferences()
    values: dict[str, Any] = {}
    for field in fields(Preferences):
        if field.name not in raw:
            continue
        value = raw[field.name]
        if _check_field(field.name, value):
            if field.name == "text_scale":
                value = round(float(value), 2)
            elif field.name == "deck_folders":
                value = tuple(dict.fromkeys(value))
            values[field.name] = value
        else:
            log.warning(
                "Setting %s=%r is not valid; using %r.", field.name, value, getattr(defaults, field.name)
            )
    return replace(defaults, **values)


def default_path() -> Path:
    return paths.user_data_dir() / PREFS_FILE_NAME


def load_preferences(path: Path | None = None) -> Preferences:
    """Read the preferences; anything missing or unreadable (even the folder) gives the defaults."""
    try:
        path = path or default_path()
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Preferences()
    except (OSError, ValueError, RecursionError) as error:  # RecursionError: 100,000 nested brackets
        log.warning("Could not read %s (%s: %s); using default settings.", path, type(error).__name__, error)
        return Preferences()
    if not isinstance(raw, dict):
        return Preferences()
    # Version 1 is the first; a later version adds a migration step here.
    return _validated(raw)


def save_preferences(preferences: Preferences, path: Path | None = None) -> None:
    """Write atomically (temporary file + rename) so a crash never leaves half a file."""
    path = path or default_path()
    make_private_dir(path.parent)
    temporary = path.with_suffix(".tmp")
    write_private_text(temporary, json.dumps(preferences.to_json(), indent=2))
    os.replace(temporary, path)
