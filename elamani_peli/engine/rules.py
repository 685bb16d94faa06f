"""The rules' entry points: start a session, apply one action. Pure: no I/O, clock or globals.

``apply`` checks the phase table (:mod:`.phases`), then hands the action to the handler
listed for the phase in :data:`HANDLERS`. Handlers return a new state and events, or a
rejection reason; a rejected action leaves the state exactly as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..content.library import ContentLibrary
from . import card_moves, rng, story_moves, turn_moves
from .actions import (
    Action,
    AnotherCard,
    Bookmark,
    ChooseOption,
    ChooseTheme,
    Continue,
    Done,
    GiveStrength,
    Pass,
    Pause,
    Resume,
    Roll,
    SetElapsed,
    ShowFollowUp,
)
from .events import Event, TurnStarted
from .phases import allowed_actions
from .setup import SessionSetup, rules_of, setup_problems
from .state import GameState, Phase, PlayerState, StoryProgress

Handler = Callable[[ContentLibrary, GameState, Any], "tuple[GameState, list[Event]] | str"]

_CARD_HANDLERS: dict[type[Action], Handler] = {
    Done: card_moves.done,
    Pass: card_moves.pass_card,
    AnotherCard: card_moves.another_card,
    ShowFollowUp: card_moves.show_follow_up,
    Bookmark: card_moves.bookmark,
    GiveStrength: card_moves.give_strength_on_card,
}

HANDLERS: dict[Phase, dict[type[Action], Handler]] = {
    "roll": {Roll: turn_moves.roll},
    "card": _CARD_HANDLERS,
    "choose_theme": {ChooseTheme: turn_moves.choose_theme, Pass: turn_moves.move_on},
    "strength": {GiveStrength: turn_moves.give_strength_on_space, Pass: turn_moves.move_on},
    "scene": {ChooseOption: story_moves.choose_option, Pass: story_moves.pass_scene},
    "discuss": {Continue: story_moves.end_discussion, Pass: story_moves.end_discussion},
    "story_end": {Continue: turn_moves.move_on},
    "breather": {Continue: turn_moves.move_on},
    "arrived": {Continue: turn_moves.move_on},
    "closing": _CARD_HANDLERS,
    "ended": {},
}
"""Phase → action type → handler; its keys are exactly :data:`.phases.PHASE_ACTIONS` (a test checks)."""

ANY_PHASE: dict[type[Action], Handler] = {
    Pause: turn_moves.pause,
    Resume: turn_moves.resume,
    SetElapsed: turn_moves.set_elapsed,
}


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
    kind = type(action)
    if kind not in allowed_actions(state):
        accepted = ", ".join(cls.__name__ for cls in allowed_actions(state)) or "nothing"
        where = "while paused" if state.paused else f"in phase {state.phase!r}"
        return Outcome(state, (), f"{kind.__name__} is not allowed {where} (accepted: {accepted})")
    handler = ANY_PHASE.get(kind) or HANDLERS[state.phase][kind]
    result = handler(library, state, action)
    if isinstance(result, str):
        return Outcome(state, (), result)
    new_state, events = result
    return Outcome(new_state, tuple(events))
