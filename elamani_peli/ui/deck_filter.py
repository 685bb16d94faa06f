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
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

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
        return self.admits(entry) and all(word in entry.haystack for word in fold(self.query).split())

    def admits(self, entry: CardEntry) -> bool:
        """The theme, level, type and language filters (not the search)."""
        if self.theme is not None and entry.theme != self.theme:
            return False
        if self.level is not None and entry.card.level != self.level:
            return False
        if self.card_type is not None and entry.card.type != self.card_type:
            return False
        return self.language is None or self.language in entry.languages


def filter_cards(entries: Iterable[CardEntry], card_filter: CardFilter) -> list[CardEntry]:
    """The entries the filter lets through, in order: one pass, linear in the number of cards.

    The query is folded and split once, not once per card.
    """
    words = fold(card_filter.query).split()
    plain = card_filter == CardFilter(query=card_filter.query)
    if plain:
        return [entry for entry in entries if all(word in entry.haystack for word in words)]
    return [
        entry
        for entry in entries
        if card_filter.admits(entry) and all(word in entry.haystack for word in words)
    ]


def option_counts(entries: Iterable[CardEntry], card_filter: CardFilter, field: str) -> dict[Any, int]:
    """How many cards each value of ``field`` would leave with the other filters and the search.

    One pass over the cards (not one per value), so the filter chooser can show "Ystävät 41"
    and a value that would leave no card. The key None counts every value ("all themes").
    """
    any_value: Any = None
    others = replace(card_filter, **{field: any_value})
    counts: Counter[Any] = Counter()
    for entry in filter_cards(entries, others):
        if field == "language":
            counts.update(entry.languages)
        else:
            counts[entry.theme if field == "theme" else getattr(entry.card, FIELDS[field])] += 1
        counts[None] += 1
    return dict(counts)


FIELDS = {"level": "level", "card_type": "type"}
"""The card attribute each filter field looks at (theme and language are the entry's own)."""


PLACES = ("translation", "follow-up", "deck", "id")
"""Where else than the shown text a search word can be found, in the order they are named."""


@dataclass(frozen=True)
class Snippet:
    """A text other than the shown one that holds a search word: a follow-up or a translation."""

    place: str  # "translation" or "follow-up"
    language: str
    text: str
    spans: tuple[Span, ...]


@dataclass(frozen=True)
class Why:
    """Why a card is in the results for a query, for its row to show.

    ``spans`` mark the words in the shown text; ``elsewhere`` names (from :data:`PLACES`)
    where the words the shown text lacks were found, and ``snippet`` is the first such
    text a row can quote (the follow-up or translation that has the word, marks and all).
    """

    spans: tuple[Span, ...] = ()
    elsewhere: tuple[str, ...] = ()
    snippet: Snippet | None = None


def explain(entry: CardEntry, query: str, shown: str, shown_language: str) -> Why:
    """Why ``entry`` matches ``query`` when its row shows ``shown`` (its text in ``shown_language``).

    Costs one look at this card's texts: the browser asks only for the rows on screen.
    """
    words = fold(query).split()
    if not words:
        return Why()
    card, deck = entry.card, entry.deck
    follow_up = sorted((card.follow_up or {}).items(), key=lambda item: item[0] != shown_language)
    places: dict[str, list[tuple[str, str]]] = {
        "translation": [(lang, text) for lang, text in card.text.items() if lang != shown_language],
        "follow-up": follow_up,
        "deck": [("", deck.id), *(("", title) for title in deck.title.values())],
        "id": [("", card.id)],
    }
    folded_shown = fold(shown)
    missing = [word for word in words if word not in folded_shown]
    elsewhere: set[str] = set()
    quoted: tuple[str, str, str] | None = None
    for word in missing:
        for place in PLACES:
            found = next(((lang, text) for lang, text in places[place] if word in fold(text)), None)
            if found is not None:
                elsewhere.add(place)
                if quoted is None and place in ("translation", "follow-up"):
                    quoted = (place, *found)
                break
    snippet = None
    if quoted is not None:
        place, language, text = quoted
        snippet = Snippet(place, language, text, find_spans(text, missing))
    return Why(find_spans(shown, words), tuple(p for p in PLACES if p in elsewhere), snippet)


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
