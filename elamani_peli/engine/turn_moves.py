"""Handlers for rolling, moving on, free choice, strengths spaces, pause and time."""

from __future__ import annotations

from dataclasses import replace

from ..content.library import ContentLibrary
from . import rng
from .actions import (
    ChooseTheme,
    Continue,
    EndSession,
    GiveStrength,
    Pass,
    Pause,
    Resume,
    Roll,
    SetElapsed,
    is_int,
)
from .card_moves import record_strength, strength_problem
from .content_rules import theme_cards
from .drawing import draw_card
from .events import DieRolled, Event, Paused, PlayerArrived, Resumed, ThemeChosen, TimeUpdated, TokenMoved
from .spaces import resolve_space
from .state import GameState
from .turn_flow import Result, Step, end_turn, start_closing, time_up, with_player

DIE_SIDES = 6


def roll(library: ContentLibrary, state: GameState, action: Roll) -> Result:
    """Roll, move forward (stopping on the goal) and let the space decide what happens."""
    value, generator = rng.below(state.rng, DIE_SIDES)
    value += 1
    player = state.current_player
    goal = len(library.boards[state.rules.board_id].spaces) - 1
    start = state.players[player].position
    end = min(start + value, goal)
    state = with_player(replace(state, rng=generator, last_roll=value), player, position=end)
    path = tuple(range(start + 1, end + 1))
    events: list[Event] = [DieRolled(player, value), TokenMoved(player, start, end, path)]
    if end == goal:
        state = replace(with_player(state, player, arrived=True), phase="arrived", space_type="goal")
        return state, [*events, PlayerArrived(player)]
    state, space_events = resolve_space(library, state, end)
    return state, events + space_events


def move_on(library: ContentLibrary, state: GameState, action: Continue | Pass) -> Result:
    """End the turn (after a breather, an arrival, a story ending, or a pass on a choice)."""
    return end_turn(library, state, [])


def choose_theme(library: ContentLibrary, state: GameState, action: ChooseTheme) -> Result:
    if action.theme not in state.theme_choices:
        return f"choose one of the themes offered: {', '.join(state.theme_choices)}"
    drawn = draw_card(state, theme_cards(library, state.rules, action.theme))
    assert drawn is not None, "only themes with cards are offered"
    new_state, events = drawn
    chosen = ThemeChosen(state.current_player, action.theme)
    return replace(new_state, phase="card", theme_choices=()), [chosen, *events]


def give_strength_on_space(library: ContentLibrary, state: GameState, action: GiveStrength) -> Result:
    """On a strengths space the current player names a strength seen in another player."""
    problem = strength_problem(library, state, action)
    if problem:
        return problem
    if action.giver != state.current_player:
        return "on a strengths space, the player whose turn it is gives the strength"
    new_state, events = record_strength(state, action)
    return end_turn(library, new_state, events)


def pause(library: ContentLibrary, state: GameState, action: Pause) -> Result:
    return replace(state, paused=True), [Paused()]


def resume(library: ContentLibrary, state: GameState, action: Resume) -> Result:
    events: list[Event] = [Resumed()]
    return _close_if_time_is_up(library, replace(state, paused=False), events)


def end_session(library: ContentLibrary, state: GameState, action: EndSession) -> Result:
    """Stop early: whatever is on the table is put away and the closing card comes, as at the end."""
    if state.phase == "closing":
        return "the session is already closing: finish the closing card"
    return start_closing(library, state, [], "stopped")


def set_elapsed(library: ContentLibrary, state: GameState, action: SetElapsed) -> Result:
    seconds = action.seconds
    if not is_int(seconds) or seconds < state.elapsed_seconds:
        return f"elapsed time must be whole seconds, at least {state.elapsed_seconds}"
    state = replace(state, elapsed_seconds=seconds)
    return _close_if_time_is_up(library, state, [TimeUpdated(seconds)])


def _close_if_time_is_up(library: ContentLibrary, state: GameState, events: list[Event]) -> Step:
    """Between turns (phase ``roll``, not paused), running out of minutes closes the session."""
    if state.phase == "roll" and not state.paused and time_up(state):
        return start_closing(library, state, events, "minutes")
    return state, events
