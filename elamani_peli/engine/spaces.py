"""What a space does, as a table: each kind of space has an effect, and a fallback for when
the effect has nothing to offer (no cards in play, stories over, no strengths).

    theme → free → breather        story → reflection → breather
    reflection → breather          free → breather        strengths → breather
    start, goal (mid-board) → breather
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from ..content.library import ContentLibrary
from ..content.models import Space
from .content_rules import playable_themes, reflection_cards, theme_cards
from .drawing import draw_card
from .events import BreatherStarted, SpaceReached, ThemeChoiceOffered
from .state import GameState
from .turn_flow import Step, show_scene

Effect = Callable[[ContentLibrary, GameState, Space], "Step | None"]


def _theme(library: ContentLibrary, state: GameState, space: Space) -> Step | None:
    drawn = draw_card(state, theme_cards(library, state.rules, space.theme or ""))
    return None if drawn is None else (replace(drawn[0], phase="card"), drawn[1])


def _reflection(library: ContentLibrary, state: GameState, space: Space) -> Step | None:
    drawn = draw_card(state, reflection_cards(library, state, closing=False))
    return None if drawn is None else (replace(drawn[0], phase="card"), drawn[1])


def _story(library: ContentLibrary, state: GameState, space: Space) -> Step | None:
    if state.current_story is None:
        return None
    return show_scene(library, replace(state, phase="scene"), [])


def _free(library: ContentLibrary, state: GameState, space: Space) -> Step | None:
    themes = playable_themes(library, state.rules)
    if not themes:
        return None
    offered = ThemeChoiceOffered(state.current_player, themes)
    return replace(state, phase="choose_theme", theme_choices=themes), [offered]


def _strengths(library: ContentLibrary, state: GameState, space: Space) -> Step | None:
    return (replace(state, phase="strength"), []) if library.strengths else None


def _breather(library: ContentLibrary, state: GameState, space: Space) -> Step | None:
    return replace(state, phase="breather"), [BreatherStarted(state.current_player)]


def _nothing(library: ContentLibrary, state: GameState, space: Space) -> Step | None:
    return None


EFFECTS: dict[str, tuple[Effect, str | None]] = {
    "theme": (_theme, "free"),
    "story": (_story, "reflection"),
    "reflection": (_reflection, "breather"),
    "free": (_free, "breather"),
    "strengths": (_strengths, "breather"),
    "breather": (_breather, None),
    "start": (_nothing, "breather"),
    "goal": (_nothing, "breather"),
}
"""Space type → (its effect, what it acts as when the effect has nothing to offer)."""


def resolve_space(library: ContentLibrary, state: GameState, space_index: int) -> Step:
    """The phase and events for the current player's token standing on ``space_index``."""
    space = library.boards[state.rules.board_id].spaces[space_index]
    acts_as: str | None = space.type
    while acts_as is not None:
        effect, fallback = EFFECTS[acts_as]
        step = effect(library, state, space)
        if step is not None:
            new_state, events = step
            reached = SpaceReached(state.current_player, space_index, space.type, acts_as)
            return replace(new_state, space_type=acts_as), [reached, *events]
        acts_as = fallback
    raise AssertionError("a breather always has something to offer")
