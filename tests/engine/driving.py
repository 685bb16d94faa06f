"""Ways for tests to steer the engine: fixed dice, a token placed before a space, a script.

Fixed dice work like boardgame.io's injected random: the generator state is plain data in
the state, so a test can pick one that rolls the number it needs.
"""

from __future__ import annotations

from dataclasses import replace

from elamani_peli.content.library import ContentLibrary
from elamani_peli.engine import rng
from elamani_peli.engine.actions import Action, Roll
from elamani_peli.engine.rules import Outcome, apply
from elamani_peli.engine.state import GameState
from elamani_peli.engine.turn_flow import with_player


def with_die(state: GameState, value: int) -> GameState:
    """The same state with a generator whose next die roll is ``value``."""
    for candidate in range(10_000):
        if rng.below(candidate, 6)[0] + 1 == value:
            return replace(state, rng=candidate)
    raise AssertionError("unreachable: some small state rolls every value")


def roll_onto(library: ContentLibrary, state: GameState, space: int) -> Outcome:
    """Roll a 1 from the space before ``space`` (the current player's token is moved there first)."""
    assert state.phase == "roll"
    placed = with_player(state, state.current_player, position=space - 1)
    return accepted(library, with_die(placed, 1), Roll())


def accepted(library: ContentLibrary, state: GameState, action: Action) -> Outcome:
    outcome = apply(library, state, action)
    assert outcome.rejected is None, outcome.rejected
    return outcome


def run(library: ContentLibrary, state: GameState, *actions: Action) -> GameState:
    for action in actions:
        state = accepted(library, state, action).state
    return state
