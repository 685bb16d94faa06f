"""All loaded content, indexed by id, plus what could not be loaded.

The loader fills a :class:`ContentLibrary`; the engine and UI only read it. Files that
failed to load are listed in :attr:`LoadResult.problems` so that the UI can show which
files were skipped and why, while everything else still works.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import BaseModel

from .models import Board, Card, Deck, HelpService, ResourcesFile, Story, Strength, Theme

Severity = Literal["error", "warning"]


@dataclass(frozen=True, order=True)
class Problem:
    """One message about one place in one file, in the form editors and CI tools read."""

    path: str
    line: int
    column: int
    severity: Severity
    message: str

    def format(self) -> str:
        """One line, whatever the file name and the values in the message hold (see :func:`one_line`)."""
        return f"{one_line(self.path)}:{self.line}:{self.column}: {self.severity}: {one_line(self.message)}"


MAX_QUOTED_CHARS = 80
"""A value quoted in a message (between backticks) is cut to this many characters."""
MAX_LINE_CHARS = 600
"""A whole message (or file name) is cut to this many characters (a list of 100,000 known ids …)."""
_QUOTED = re.compile(rf"`([^`\n]{{{MAX_QUOTED_CHARS + 1},}})`")


def one_line(text: str) -> str:
    """``text`` safe to print as part of one line of output that tools and people read.

    Control, format (bidi) and separator characters are written as escapes (``\\n``,
    ``\\x1b``, ``\\u202e``), so a value or a file name cannot end the line, colour the
    terminal or reorder what is shown; a quoted value longer than :data:`MAX_QUOTED_CHARS`
    is shortened, so one value cannot flood the output.
    """
    text = _QUOTED.sub(lambda match: f"`{match.group(1)[: MAX_QUOTED_CHARS - 1]}…`", text)
    if len(text) > MAX_LINE_CHARS:
        text = text[: MAX_LINE_CHARS - 1] + "…"
    if text.isascii() and text.isprintable():
        return text
    return "".join(_escaped(character) for character in text)


def _escaped(character: str) -> str:
    if character.isprintable() and unicodedata.category(character) not in ("Cf", "Co", "Cs"):
        return character
    if character == "\n":
        return "\\n"
    code = ord(character)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


@dataclass
class ContentLibrary:
    """Content of every kind, each mapping in load order (built-in first)."""

    themes: dict[str, Theme] = field(default_factory=dict)
    decks: dict[str, Deck] = field(default_factory=dict)
    stories: dict[str, Story] = field(default_factory=dict)
    boards: dict[str, Board] = field(default_factory=dict)
    strengths: dict[str, Strength] = field(default_factory=dict)
    resources: ResourcesFile | None = None
    portraits: dict[str, Path] = field(default_factory=dict)
    """Story id → the portrait image file found for it (missing: use the neutral silhouette)."""
    icons: dict[str, Path] = field(default_factory=dict)
    """Theme id → the icon image file found for it."""
    languages: list[str] = field(default_factory=list)
    """Every language the loaded files declare in `languages:`, Finnish first."""
    folders: dict[str, str] = field(default_factory=dict)
    """``deck:ID``, ``story:ID``, ``board:ID`` → the facilitator's folder it came from, as given
    (items of the built-in content are not listed): the deck browser shows it."""

    def folder_of(self, kind: str, item_id: str) -> str | None:
        """The facilitator's folder a deck, story or board came from; None for built-in content."""
        return self.folders.get(f"{kind}:{item_id}")

    _card_index: dict[str, tuple[Deck, Card]] = field(default_factory=dict, repr=False, compare=False)
    """Card id → (deck, card), built on first use: the card scene asks every frame, and a
    facilitator's folder may hold 100,000 cards (a scan per question made each frame slow)."""

    def card(self, card_id: str) -> Card:
        """The card with this id, from any deck."""
        return self._indexed(card_id)[1]

    def deck_of(self, card_id: str) -> Deck:
        return self._indexed(card_id)[0]

    def _indexed(self, card_id: str) -> tuple[Deck, Card]:
        """The index entry, checked against ``decks`` (a deck may have been replaced since)."""
        hit = self._card_index.get(card_id)
        if hit is not None and self.decks.get(hit[0].id) is hit[0]:
            return hit
        self._card_index = {}
        for deck in reversed(list(self.decks.values())):  # the first deck with the id wins, as before
            for card in reversed(deck.cards):
                self._card_index[card.id] = (deck, card)
        return self._card_index[card_id]

    def decks_for_theme(self, theme_id: str) -> list[Deck]:
        return [deck for deck in self.decks.values() if deck.theme == theme_id]

    def help_services(self, language: str, topics: Collection[str] = ()) -> list[HelpService]:
        """Help services for a language, falling back to any language that has some.

        With ``topics`` (the content notes and theme at the table), the services that list
        one of them come first, each group in file order: help follows the topic.
        """
        if self.resources is None:
            return []
        by_language = self.resources.resources
        services = by_language[language] if language in by_language else next(iter(by_language.values()), [])
        if not topics:
            return list(services)
        return sorted(services, key=lambda service: not service.matches(topics))

    def topics_of(self, deck_id: str | None = None, story_id: str | None = None) -> tuple[str, ...]:
        """The help topics of what is on the table: a deck's content notes and theme, a story's notes."""
        topics: list[str] = []
        deck = self.decks.get(deck_id) if deck_id else None
        if deck is not None:
            topics += [*deck.content_notes, *([deck.theme] if deck.theme else [])]
        story = self.stories.get(story_id) if story_id else None
        if story is not None:
            topics += story.content_notes
        return tuple(dict.fromkeys(topics))


@dataclass(frozen=True)
class LoadedFile:
    """A file whose content is in the library: where it came from and what it holds."""

    path: Path
    shown: str
    """The path as messages show it (relative to the working folder where possible)."""
    kind: str
    model: BaseModel
    origin: int = 0
    """0 for the built-in content, then 1, 2, … for each path given (``lint`` warns only about those)."""


@dataclass
class LoadResult:
    library: ContentLibrary
    problems: list[Problem] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    """Every content file that was read, in load order."""
    loaded: list[LoadedFile] = field(default_factory=list)
    """The files whose content is in the library, in load order (``lint`` reads these)."""
    readable: list[LoadedFile] = field(default_factory=list)
    """Every file whose shape is right, also those left out for a clash with another file
    (``texts export`` reads these: a copy of the built-in decks clashes with them)."""

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def skipped_files(self) -> list[str]:
        """Files that did not load at all (they have at least one error)."""
        return sorted({p.path for p in self.errors})
