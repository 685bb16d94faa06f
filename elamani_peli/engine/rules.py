"""The rules' entry points: start a session, apply one action. Pure: no I/O, clock or globals.

``apply`` looks the action up in the phase table (:mod:`.phases`) and hands it to the
handler listed there. Handlers return a new state and events, or a rejection reason; a
rejected action leaves the state exactly as it was.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..content.library import ContentLibrary
from . import rng
from .actions import Action
from .events import Event, TurnStarted
from .phases import handlers_now
from .setup import SessionSetup, rules_of, setup_problems
from .state import GameState, PlayerState, StoryProgress


@dataclass(frozen=True)
class Outcome:
    state: GameState
    """The new state (the very same object when the action was rejected)."""
    events: tuple[Event, ...] = ()
    rejected: str | None = None
    """Why the action was not applied (a sentence for developers and logs), or None."""

    @property
    def accepted(self) -> bool:
        return self.rejected is None


class SetupError(ValueError):
    """``start_session`` was given a setup with problems (message ids in ``problems``)."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(", ".join(problems))
        self.problems = problems


def start_session(library: ContentLibrary, setup: SessionSetup) -> GameState:
    """The state before the first roll: tokens on the start, player 0 to roll, round 1."""
    problems = setup_problems(library, setup)
    if problems:
        raise SetupError(problems)
    return GameState(
        rules=rules_of(setup),
        phase="roll",
        paused=False,
        current_player=0,
        players=tuple(PlayerState() for _ in setup.players),
        round=1,
        elapsed_seconds=0,
        rng=rng.seed_state(setup.seed),
        stories=tuple(StoryProgress(story_id, library.stories[story_id].start) for story_id in setup.stories),
    )


def start_events(state: GameState) -> tuple[Event, ...]:
    """Events announcing the first turn, for a UI that starts from a fresh state."""
    return (TurnStarted(state.current_player, state.round),)


def apply(library: ContentLibrary, state: GameState, action: Action) -> Outcome:
    """Apply one action to a state; never raises for an illegal action, rejects it instead."""
    handlers = handlers_now(state)
    handler = handlers.get(type(action))
    if handler is None:
        accepted = ", ".join(cls.__name__ for cls in handlers) or "nothing"
        where = "while paused" if state.paused else f"in phase {state.phase!r}"
        return Outcome(state, (), f"{type(action).__name__} is not allowed {where} (accepted: {accepted})")
    result = handler(library, state, action)
    if isinstance(result, str):
        return Outcome(state, (), result)
    new_state, events = result
    return Outcome(new_state, tuple(events))
