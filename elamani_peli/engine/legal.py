"""Every concrete action the state accepts now — for the simulator, the demo and tests.

The UI usually needs only :func:`~elamani_peli.engine.phases.allowed_actions` (types); this
spells out indexes, themes and strength gifts too, and leaves out what would be rejected.
"""

from __future__ import annotations

from ..content.library import ContentLibrary
from .actions import (
    Action,
    ChooseOption,
    ChooseTheme,
    GiveStrength,
    SetElapsed,
)
from .phases import allowed_actions
from .rules import apply
from .state import GameState


def legal_actions(library: ContentLibrary, state: GameState) -> list[Action]:
    """Accepted actions other than ``SetElapsed`` (time is the caller's), in a stable order."""
    candidates: list[Action] = []
    for kind in allowed_actions(state):
        if kind is SetElapsed:
            continue
        if kind is ChooseTheme:
            candidates.extend(ChooseTheme(theme) for theme in state.theme_choices)
        elif kind is ChooseOption:
            candidates.extend(ChooseOption(index) for index in range(_choice_count(library, state)))
        elif kind is GiveStrength:
            candidates.extend(_strength_gifts(library, state))
        else:
            candidates.append(kind())
    return [action for action in candidates if apply(library, state, action).rejected is None]


def _choice_count(library: ContentLibrary, state: GameState) -> int:
    if state.story is None or state.scene is None:
        return 0
    return len(library.stories[state.story].scene(state.scene).choices)


def _strength_gifts(library: ContentLibrary, state: GameState) -> list[GiveStrength]:
    count = len(state.players)
    return [
        GiveStrength(giver, receiver, strength)
        for giver in range(count)
        for receiver in range(count)
        if giver != receiver
        for strength in library.strengths
    ]
