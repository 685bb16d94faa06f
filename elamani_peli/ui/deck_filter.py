"""Finding cards in the loaded decks: filters by theme, level, type and language, and text search.

Pure (no pygame) so the deck browser's logic is tested on its own. Search is forgiving in
the way Finnish typing needs: case does not matter and letters with marks match their plain
forms, so "aiti" finds "äiti" and "ÖLJY" finds "öljy". Every word of the query must occur
somewhere in the card (its texts in every language, its follow-up, id and deck title).

A result also says *why* it matched (:func:`explain`): where in the shown text each word was
found (so the row can mark it) and, for a word the shown text lacks, the one other place that
has it — the other language, the follow-up, the deck's name or the card's id — so that
"ystava" listing every card of the Friends deck no longer looks like a broken search.
Filtering stays one pass over the cards; explaining is done only for the rows on screen.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from ..content.library import ContentLibrary
from ..content.models import Card, Deck

GENERAL = ""
"""The theme filter value for cards of decks without a theme (reflection cards)."""


def _fold_char(ch: str) -> str:
    decomposed = unicodedata.normalize("NFKD", ch.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold(text: str) -> str:
    """Lower case without accents: "Äiti" → "aiti", "Ystävä" → "ystava"."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """:func:`fold` and, for each folded character, the index of the character it came from.

    Folding may change the length ("ß" → "ss", a decomposed "a" + ring → "a"), so a match
    found in the folded text is mapped back through these offsets to mark the original.
    """
    folded: list[str] = []
    offsets: list[int] = []
    for index, ch in enumerate(text):
        part = _fold_char(ch)
        folded.append(part)
        offsets.extend([index] * len(part))
    return "".join(folded), offsets


Span = tuple[int, int]
"""``(start, end)`` character indices into a text, end exclusive."""


def find_spans(text: str, words: Iterable[str]) -> tuple[Span, ...]:
    """Where the (already folded) ``words`` occur in ``text``, as sorted, merged spans of ``text``."""
    folded, offsets = fold_with_offsets(text)
    found: list[Span] = []
    for word in words:
        if not word:
            continue
        start = folded.find(word)
        while start >= 0:
            end = start + len(word)
            found.append((offsets[start], offsets[end - 1] + 1))
            start = folded.find(word, end)
    merged: list[Span] = []
    for start, end in sorted(found):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return tuple(merged)


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
    """The entries the filter lets through, in order: one pass, linear in the number of cards."""
    return [entry for entry in entries if card_filter.matches(entry)]


PLACES = ("translation", "follow-up", "deck", "id")
"""Where else than the shown text a search word can be found, in the order they are named."""


@dataclass(frozen=True)
class Why:
    """Why a card is in the results for a query, for its row to show.

    ``spans`` mark the words in the shown text; ``elsewhere`` names (from :data:`PLACES`)
    where the words the shown text lacks were found.
    """

    spans: tuple[Span, ...] = ()
    elsewhere: tuple[str, ...] = ()


def explain(entry: CardEntry, query: str, shown: str, shown_language: str) -> Why:
    """Why ``entry`` matches ``query`` when its row shows ``shown`` (its text in ``shown_language``).

    Costs one look at this card's texts: the browser asks only for the rows on screen.
    """
    words = fold(query).split()
    if not words:
        return Why()
    card, deck = entry.card, entry.deck
    places: dict[str, str] = {
        "translation": " ".join(t for lang, t in card.text.items() if lang != shown_language),
        "follow-up": " ".join(card.follow_up.values()) if card.follow_up else "",
        "deck": " ".join([deck.id, *deck.title.values()]),
        "id": card.id,
    }
    folded_places = {place: fold(text) for place, text in places.items()}
    folded_shown = fold(shown)
    elsewhere: list[str] = []
    for word in words:
        if word in folded_shown:
            continue
        place = next((p for p in PLACES if word in folded_places[p]), None)
        if place is not None and place not in elsewhere:
            elsewhere.append(place)
    return Why(find_spans(shown, words), tuple(p for p in PLACES if p in elsewhere))


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
