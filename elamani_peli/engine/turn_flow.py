"""The steps the handlers share: showing a story scene, ending a turn, closing the session.

Each function takes a state (and the events so far) and returns the next state with the
events that followed; none of them can fail, because the handlers checked the action.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..content.library import ContentLibrary
from .content_rules import reflection_cards
from .drawing import draw_card
from .events import (
    ClosingStarted,
    Event,
    SceneShown,
    SessionEnded,
    StoryEnded,
    StoryStarted,
    TurnEnded,
    TurnStarted,
)
from .state import EndReason, GameState, StoryProgress

Step = tuple[GameState, list[Event]]
Result = Step | str
"""What a handler returns: the next state and its events, or why the action was rejected."""


def with_player(state: GameState, index: int, **changes: Any) -> GameState:
    players = list(state.players)
    players[index] = replace(players[index], **changes)
    return replace(state, players=tuple(players))


def with_story(state: GameState, progress: StoryProgress) -> GameState:
    stories = tuple(progress if p.story == progress.story else p for p in state.stories)
    return replace(state, stories=stories)


def story_progress(state: GameState, story_id: str) -> StoryProgress:
    return next(p for p in state.stories if p.story == story_id)


def time_up(state: GameState) -> bool:
    rules = state.rules
    return rules.length_unit == "minutes" and state.elapsed_seconds >= rules.length * 60


# --- stories ---------------------------------------------------------------------


def show_scene(library: ContentLibrary, state: GameState, events: list[Event]) -> Step:
    """Show the current story's scene (an ending scene, should a story start on one, ends it)."""
    progress = state.current_story
    assert progress is not None, "show_scene needs a story in progress"
    story = library.stories[progress.story]
    scene = story.scene(progress.scene)
    events = list(events)
    if not progress.started:
        events.append(StoryStarted(story.id))
    visited = progress.visited if progress.visited[-1:] == (scene.id,) else (*progress.visited, scene.id)
    progress = replace(progress, started=True, visited=visited)
    events.append(SceneShown(story.id, scene.id))
    state = replace(with_story(state, progress), story=story.id, scene=scene.id)
    if scene.is_ending:
        return end_story(state, progress, events)
    return state, events


def end_story(state: GameState, progress: StoryProgress, events: list[Event]) -> Step:
    progress = replace(progress, ended=True)
    state = with_story(state, progress)
    state = replace(state, phase="story_end", story=progress.story, scene=progress.scene)
    return state, [*events, StoryEnded(progress.story, progress.scene)]


# --- turns and the end --------------------------------------------------------


def _cleared(state: GameState) -> GameState:
    return replace(
        state,
        space_type=None,
        card=None,
        card_deck=None,
        card_theme=None,
        follow_up_shown=False,
        answerer=None,
        theme_choices=(),
        story=None,
        scene=None,
    )


def end_turn(library: ContentLibrary, state: GameState, events: list[Event]) -> Step:
    """Hand the die to the next player still on the path, or close the session."""
    events = [*events, TurnEnded(state.current_player)]
    state = _cleared(state)
    if all(player.arrived for player in state.players):
        return start_closing(library, state, events, "all_arrived")
    count = len(state.players)
    current = state.current_player
    order = [(current + step) % count for step in range(1, count + 1)]
    following = next(index for index in order if not state.players[index].arrived)
    next_round = state.round + 1 if following <= current else state.round
    if state.rules.length_unit == "rounds" and next_round > state.rules.length:
        return start_closing(library, state, events, "rounds")
    if time_up(state):
        return start_closing(library, state, events, "minutes")
    state = replace(state, phase="roll", current_player=following, round=next_round)
    return state, [*events, TurnStarted(following, next_round)]


def start_closing(library: ContentLibrary, state: GameState, events: list[Event], reason: EndReason) -> Step:
    """The closing reflection card, or the end at once if there is none in play.

    The closing card is the table's, answered together, so it never goes round in turn.
    """
    state = replace(_cleared(state), end_reason=reason)
    events = [*events, ClosingStarted(reason)]
    drawn = draw_card(state, reflection_cards(library, state, closing=True))
    if drawn is None:
        return end_session(state, events)
    closing_state, draw_events = drawn
    closing_state = replace(closing_state, phase="closing", space_type="closing", answerer=None)
    return closing_state, events + draw_events


def end_session(state: GameState, events: list[Event]) -> Step:
    state = replace(_cleared(state), phase="ended")
    return state, [*events, SessionEnded(state.end_reason or "all_arrived")]
