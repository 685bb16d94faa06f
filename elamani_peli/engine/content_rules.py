"""Which content is in play for a session: decks, cards and stories after the worker's filters.

A deck or story is in play only if every content note it carries is allowed. A deck with a
theme is in play only if that theme is; a deck without a theme (general reflection cards)
is in play whenever its notes are allowed. A card is in play if its deck is, its level is
at most the session's deepest level, and — when more than two play — it is not for two
only (``one_to_one`` on the card or its deck): such cards invite a disclosure about home or
family that belongs in a one-to-one talk, not in a group.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from ..content.library import ContentLibrary
from ..content.models import Card, Deck, Story

if TYPE_CHECKING:
    from .setup import SessionRules
    from .state import GameState

CLOSING_TAG = "closing"
STORY_TAG = "story"
ONE_TO_ONE_PLAYERS = 2
"""The most players a ``one_to_one`` card is drawn for."""


def notes_allowed(content: Deck | Story, content_notes: Iterable[str]) -> bool:
    """True when every content note the deck or story carries is among those allowed."""
    return set(content.content_notes) <= set(content_notes)


def deck_in_play(deck: Deck, rules: SessionRules) -> bool:
    if not notes_allowed(deck, rules.content_notes):
        return False
    return deck.theme is None or deck.theme in rules.themes


def card_in_play(deck: Deck, card: Card, rules: SessionRules) -> bool:
    """The card's own filters (its deck's are checked by :func:`deck_in_play`): level and company."""
    if card.level > rules.max_level:
        return False
    return rules.player_count <= ONE_TO_ONE_PLAYERS or not (card.one_to_one or deck.one_to_one)


def answered_by_everyone(deck: Deck, card: Card) -> bool:
    """True when every player at the table answers the card in turn (card or deck says so)."""
    return card.everyone or deck.everyone


def theme_cards(library: ContentLibrary, rules: SessionRules, theme: str) -> list[tuple[Deck, Card]]:
    """Question and action cards of a theme's decks, in content order."""
    return list(_theme_cards(library, rules, theme))


def _theme_cards(library: ContentLibrary, rules: SessionRules, theme: str) -> Iterator[tuple[Deck, Card]]:
    if theme not in rules.themes:
        return
    for deck in library.decks.values():
        if deck.theme == theme and deck_in_play(deck, rules):
            for card in deck.cards:
                if card.type in ("question", "action") and card_in_play(deck, card, rules):
                    yield deck, card


def reflection_cards(library: ContentLibrary, state: GameState, *, closing: bool) -> list[tuple[Deck, Card]]:
    """Reflection cards from every deck in play.

    For a Reflection space the cards tagged ``closing`` are kept for the end (unless they
    are all there is); for the close it is the other way round. Cards tagged ``story`` ask
    about "the character", so they wait until a story scene has been shown this session.
    """
    rules = state.rules
    story_seen = any(progress.started for progress in state.stories)
    every = [
        (deck, card)
        for deck in library.decks.values()
        if deck_in_play(deck, rules)
        for card in deck.cards
        if card.type == "reflection"
        and card_in_play(deck, card, rules)
        and (story_seen or STORY_TAG not in card.tags)
    ]
    tagged = [(deck, card) for deck, card in every if CLOSING_TAG in card.tags]
    untagged = [(deck, card) for deck, card in every if CLOSING_TAG not in card.tags]
    preferred = tagged if closing else untagged
    return preferred or every


def playable_themes(library: ContentLibrary, rules: SessionRules) -> tuple[str, ...]:
    """Themes in play that have at least one card, in the setup's order."""
    # any(): the first playable card is enough (a facilitator's deck may hold 100,000 cards)
    return tuple(theme for theme in rules.themes if any(True for _ in _theme_cards(library, rules, theme)))
