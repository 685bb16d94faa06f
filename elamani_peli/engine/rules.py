"""The rules' entry points: start a session, apply one action. Pure: no I/O, clock or globals.

``apply`` checks the phase table (:mod:`.phases`), then hands the action to its handler.
Handlers return a new state and events, or a rejection reason; a rejected action leaves
the state exactly as it was.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..content.library import ContentLibrary
from .actions import Action
from .events import Event
from .setup import SessionSetup
from .state import GameState


@dataclass(frozen=True)
class Outcome:
    state: GameState
    """The new state (the same object as before when rejected)."""
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
    raise NotImplementedError


def start_events(state: GameState) -> tuple[Event, ...]:
    """Events announcing the first turn (``TurnStarted``), for a UI that starts from a fresh state."""
    raise NotImplementedError


def apply(library: ContentLibrary, state: GameState, action: Action) -> Outcome:
    """Apply one action to a state; never raises for an illegal action, rejects it instead."""
    raise NotImplementedError
