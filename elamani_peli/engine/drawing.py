"""Drawing cards without repeats: every draw goes through the state's generator.

A card drawn is marked used in its deck. A draw picks among the unused candidates (the
pool: a theme's cards, or the reflection cards). Only when the whole pool is used up do its
decks start over — only the pool's cards are forgotten, so a deck's reflection cards and
question cards run out separately, and a small deck does not come round again while
another deck of the pool still has unused cards.
"""

from __future__ import annotations

from dataclasses import replace

from ..content.models import Card, Deck
from . import rng
from .content_rules import answered_by_everyone
from .events import CardDrawn, DeckRestarted, Event
from .state import GameState, UsedCards

Candidates = list[tuple[Deck, Card]]


def draw_card(
    state: GameState, candidates: Candidates, *, avoid: str | None = None
) -> tuple[GameState, list[Event]] | None:
    """The state with a new card on the table (phase unchanged), or None if nothing can be drawn.

    A card everyone answers starts with the current player (``state.answerer``).

    ``avoid`` is a card that must not come straight back (the one just put back).
    """
    used = {entry.deck: entry.cards for entry in state.used}
    events: list[Event] = []
    fresh = _fresh(candidates, used, avoid)
    if not fresh:
        forgotten = {card.id for _, card in candidates}
        for deck_id in dict.fromkeys(deck.id for deck, _ in candidates):
            used[deck_id] = tuple(card_id for card_id in used.get(deck_id, ()) if card_id not in forgotten)
            events.append(DeckRestarted(deck_id))
        fresh = _fresh(candidates, used, avoid)
    if not fresh:
        return None
    index, generator = rng.below(state.rng, len(fresh))
    deck, card = fresh[index]
    used[deck.id] = (*used.get(deck.id, ()), card.id)
    visited = state.themes_visited
    if deck.theme is not None and deck.theme not in visited:
        visited = (*visited, deck.theme)
    new_state = replace(
        state,
        rng=generator,
        card=card.id,
        card_deck=deck.id,
        card_theme=deck.theme,
        follow_up_shown=False,
        answerer=state.current_player if answered_by_everyone(deck, card) else None,
        used=tuple(UsedCards(deck_id, cards) for deck_id, cards in sorted(used.items()) if cards),
        themes_visited=visited,
    )
    events.append(CardDrawn(card.id, deck.id, deck.theme))
    return new_state, events


def _fresh(candidates: Candidates, used: dict[str, tuple[str, ...]], avoid: str | None) -> Candidates:
    return [
        (deck, card) for deck, card in candidates if card.id not in used.get(deck.id, ()) and card.id != avoid
    ]
