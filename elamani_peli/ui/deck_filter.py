"""Finding cards in the loaded decks: filters by theme, level, type and language, and text search.

Pure (no pygame) so the deck browser's logic is tested on its own. Search is forgiving in
the way Finnish typing needs: case does not matter and letters with marks match their plain
forms, so "aiti" finds "äiti" and "ÖLJY" finds "öljy". Every word of the query must occur
somewhere in the card (its texts in every language, its follow-up, id and deck title).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from ..content.library import ContentLibrary
from ..content.models import Card, Deck

GENERAL = ""
"""The theme filter value for cards of decks without a theme (reflection cards)."""


def fold(text: str) -> str:
    """Lower case without accents: "Äiti" → "aiti", "Ystävä" → "ystava"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass(frozen=True)
class CardEntry:
    """One card with what the filters look at."""

    card: Card
    deck: Deck
    haystack: str

    @property
    def theme(self) -> str:
        return self.deck.theme or GENERAL

    @property
    def languages(self) -> frozenset[str]:
        return frozenset(language for language, text in self.card.text.items() if text.strip())


def card_entries(library: ContentLibrary) -> list[CardEntry]:
    """Every card of every loaded deck, in load order."""
    entries = []
    for deck in library.decks.values():
        for card in deck.cards:
            parts: list[str] = [card.id, deck.id, *deck.title.values(), *card.text.values()]
            if card.follow_up:
                parts.extend(card.follow_up.values())
            entries.append(CardEntry(card, deck, fold(" ".join(parts))))
    return entries


@dataclass(frozen=True)
class CardFilter:
    """What the browser shows. ``None`` means any; ``theme`` GENERAL means decks without a theme."""

    theme: str | None = None
    level: int | None = None
    card_type: str | None = None
    language: str | None = None
    query: str = ""

    def matches(self, entry: CardEntry) -> bool:
        if self.theme is not None and entry.theme != self.theme:
            return False
        if self.level is not None and entry.card.level != self.level:
            return False
        if self.card_type is not None and entry.card.type != self.card_type:
            return False
        if self.language is not None and self.language not in entry.languages:
            return False
        return all(word in entry.haystack for word in fold(self.query).split())


def filter_cards(entries: Iterable[CardEntry], card_filter: CardFilter) -> list[CardEntry]:
    return [entry for entry in entries if card_filter.matches(entry)]


@dataclass(frozen=True)
class FilterOptions:
    """The values each filter can take with the loaded content (in a stable order)."""

    themes: tuple[str, ...]
    levels: tuple[int, ...]
    types: tuple[str, ...]
    languages: tuple[str, ...]


CARD_TYPES = ("question", "action", "reflection")


def filter_options(library: ContentLibrary, entries: Iterable[CardEntry]) -> FilterOptions:
    entries = list(entries)
    used_themes = {entry.theme for entry in entries}
    themes = [theme for theme in library.themes if theme in used_themes]
    themes += sorted(used_themes - set(themes) - {GENERAL})  # a deck naming a theme that is not loaded
    if GENERAL in used_themes:
        themes.append(GENERAL)
    types = [t for t in CARD_TYPES if any(e.card.type == t for e in entries)]
    languages = sorted({language for entry in entries for language in entry.languages}, key=language_order)
    return FilterOptions(
        themes=tuple(themes),
        levels=tuple(sorted({entry.card.level for entry in entries})),
        types=tuple(types),
        languages=tuple(languages),
    )


def language_order(language: str) -> tuple[int, str]:
    """Finnish first, then English, then the rest alphabetically."""
    return ({"fi": 0, "en": 1}.get(language, 2), language)
