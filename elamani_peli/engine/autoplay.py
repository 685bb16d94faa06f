"""Random but legal play, for ``simulate``, the demo mode and tests.

Uses its own ``random.Random`` (passed in), separate from the game's generator, so the
same game seed can be played many ways and the same play seed always plays the same way.
Choices are weighted by kind of action, not by count — otherwise the many possible
strength gifts would crowd out everything else.
"""

from __future__ import annotations

import random

from ..content.library import ContentLibrary
from .actions import (
    Action,
    AnotherCard,
    Bookmark,
    Done,
    EndSession,
    GiveStrength,
    Pass,
    Pause,
    RemoveBookmark,
    Roll,
    SetElapsed,
    ShowFollowUp,
)
from .legal import legal_actions
from .session import Session
from .setup import SessionSetup
from .state import GameState

WEIGHTS: dict[type[Action], float] = {
    Done: 3.0,
    Pass: 1.0,
    AnotherCard: 0.6,
    ShowFollowUp: 0.8,
    Bookmark: 0.4,
    GiveStrength: 0.7,
    Pause: 0.05,
    EndSession: 0.0,
    RemoveBookmark: 0.0,
}
"""Relative chance of each kind of action when it is legal (1.0 for kinds not listed). Random play
never stops early: a zero weight leaves the draws, and so every seeded simulation, as they were."""
TURN_SECONDS = (90, 300)
"""A turn takes this long (seconds) in a simulated minutes session."""
MAX_ACTIONS = 20_000


def choose_action(library: ContentLibrary, state: GameState, generator: random.Random) -> Action:
    """A legal action (never ``SetElapsed``); ``ValueError`` if the session has ended."""
    by_kind: dict[type[Action], list[Action]] = {}
    for action in legal_actions(library, state):
        by_kind.setdefault(type(action), []).append(action)
    if not by_kind:
        raise ValueError("no legal action: the session has ended")
    kinds = list(by_kind)
    kind = generator.choices(kinds, weights=[WEIGHTS.get(k, 1.0) for k in kinds])[0]
    return generator.choice(by_kind[kind])


def play_session(
    library: ContentLibrary, setup: SessionSetup, play_seed: int | str, session: Session | None = None
) -> Session:
    """Play a session to its end with random legal actions (time passes before each roll)."""
    session = session or Session.new(library, setup)
    generator = random.Random(play_seed)
    while session.state.phase != "ended":
        if len(session.log) >= MAX_ACTIONS:
            raise RuntimeError(f"the session did not end within {MAX_ACTIONS} actions")
        action = choose_action(library, session.state, generator)
        if isinstance(action, Roll) and setup.length_unit == "minutes":
            seconds = session.state.elapsed_seconds + generator.randint(*TURN_SECONDS)
            session.apply(SetElapsed(seconds))
            if session.state.phase != "roll":
                continue
        outcome = session.apply(action)
        if outcome.rejected is not None:
            raise RuntimeError(f"a legal action was rejected: {outcome.rejected}")
    return session
