"""Handlers for a card on the table (phases ``card`` and ``closing``).

Each handler returns ``(state, events)`` or a rejection reason (a sentence); it never
raises for a bad action. The closing card is the table's: it counts for no one. A card that
everyone answers goes round the table from the current player (``state.answerer``): each
Done or Pass counts for the one answering and hands the card on; after the last player the
turn ends.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Literal

from ..content.library import ContentLibrary
from .actions import AnotherCard, Bookmark, Done, GiveStrength, Pass, RemoveBookmark, ShowFollowUp, is_int
from .content_rules import reflection_cards, theme_cards
from .drawing import Candidates, draw_card
from .events import (
    AnswererChanged,
    BookmarkRemoved,
    CardAnswered,
    CardBookmarked,
    CardPassed,
    CardReplaced,
    Event,
    FollowUpShown,
    StrengthGiven,
)
from .state import GameState, StrengthGift
from .turn_flow import Result, Step, end_session, end_turn, with_player


def done(library: ContentLibrary, state: GameState, action: Done) -> Result:
    return _finish_card(library, state, "answered", CardAnswered)


def pass_card(library: ContentLibrary, state: GameState, action: Pass) -> Result:
    """Passing ends the card like Done; only the player's pass count differs (for the summary)."""
    return _finish_card(library, state, "passed", CardPassed)


def _finish_card(
    library: ContentLibrary,
    state: GameState,
    tally: Literal["answered", "passed"],
    event: type[CardAnswered] | type[CardPassed],
) -> Step:
    """The closing card ends the session; any other card ends the turn, tallied for its player."""
    if state.phase == "closing":
        return end_session(state, [])
    player = answering(state)
    count = getattr(state.players[player], tally) + 1
    state = with_player(state, player, **{tally: count})
    events: list[Event] = [event(player, _card(state))]
    if state.answerer is not None:
        following = (player + 1) % len(state.players)
        if following != state.current_player:
            state = replace(state, answerer=following)
            return state, [*events, AnswererChanged(following, _card(state))]
    return end_turn(library, state, events)


def answering(state: GameState) -> int:
    """Who answers the card now: the current player, or on an everyone card the one in turn."""
    return state.current_player if state.answerer is None else state.answerer


def another_card(library: ContentLibrary, state: GameState, action: AnotherCard) -> Result:
    """Draw again from the same deck and the same pool, never the same card straight back."""
    current = library.card(_card(state))
    deck_id = state.card_deck
    same_deck = [(deck, card) for deck, card in table_pool(library, state) if deck.id == deck_id]
    drawn = draw_card(state, same_deck, avoid=current.id)
    if drawn is None:
        return f"the deck {deck_id!r} has no other card in play"
    new_state, events = drawn
    if new_state.answerer is not None and state.answerer is not None:
        new_state = replace(new_state, answerer=state.answerer)  # the round of answers goes on
    return new_state, [CardReplaced(answering(state), current.id), *events]


def table_pool(library: ContentLibrary, state: GameState) -> Candidates:
    """The pool the card on the table was drawn from (its theme's cards, or reflection cards)."""
    if library.card(_card(state)).type == "reflection":
        return reflection_cards(library, state, closing=state.phase == "closing")
    return theme_cards(library, state.rules, state.card_theme or "")


def show_follow_up(library: ContentLibrary, state: GameState, action: ShowFollowUp) -> Result:
    card = library.card(_card(state))
    if card.follow_up is None:
        return f"the card {card.id!r} has no follow-up question"
    if state.follow_up_shown:
        return "the follow-up question is already shown"
    return replace(state, follow_up_shown=True), [FollowUpShown(card.id)]


def bookmark(library: ContentLibrary, state: GameState, action: Bookmark) -> Result:
    card_id = _card(state)
    if card_id in state.bookmarks:
        return f"the card {card_id!r} is already bookmarked"
    return replace(state, bookmarks=(*state.bookmarks, card_id)), [CardBookmarked(card_id)]


def remove_bookmark(library: ContentLibrary, state: GameState, action: RemoveBookmark) -> Result:
    card_id = _card(state)
    if card_id not in state.bookmarks:
        return f"the card {card_id!r} is not bookmarked"
    bookmarks = tuple(b for b in state.bookmarks if b != card_id)
    return replace(state, bookmarks=bookmarks), [BookmarkRemoved(card_id)]


def give_strength_on_card(library: ContentLibrary, state: GameState, action: GiveStrength) -> Result:
    """Any other player gives the answerer a strength; on the closing card anyone gives anyone."""
    problem = strength_problem(library, state, action)
    if problem:
        return problem
    if state.phase == "card" and action.receiver != answering(state):
        return "on a card, a strength goes to the player who answers it now"
    return record_strength(state, action)


def strength_problem(library: ContentLibrary, state: GameState, action: GiveStrength) -> str | None:
    """What is wrong with a strength gift anywhere, or None."""
    count = len(state.players)
    if not (_index(action.giver, count) and _index(action.receiver, count)):
        return f"players are numbered 0..{count - 1}"
    if action.giver == action.receiver:
        return "a strength is given to another player"
    if action.strength not in library.strengths:
        return f"unknown strength {action.strength!r}"
    return None


def record_strength(state: GameState, action: GiveStrength) -> Step:
    gift = StrengthGift(action.giver, action.receiver, action.strength)
    event = StrengthGiven(action.giver, action.receiver, action.strength)
    return replace(state, strengths=(*state.strengths, gift)), [event]


def _index(value: int, count: int) -> bool:
    return is_int(value) and 0 <= value < count


def _card(state: GameState) -> str:
    assert state.card is not None, "card phases always have a card on the table"
    return state.card
