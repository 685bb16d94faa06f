"""Every concrete action the state accepts now — for the simulator, the demo and tests.

The UI usually needs only :func:`~elamani_peli.engine.phases.allowed_actions` (types); this
spells out indexes, themes and strength gifts too, and leaves out what would be rejected.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from typing import cast

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
    legal: list[Action] = []
    for kind in allowed_actions(state):
        candidates: list[Action]
        if kind is SetElapsed:
            continue
        if kind is GiveStrength:
            legal.extend(_strength_gifts(library, state))
            continue
        if kind is ChooseTheme:
            candidates = [ChooseTheme(theme) for theme in state.theme_choices]
        elif kind is ChooseOption:
            candidates = [ChooseOption(index) for index in range(_choice_count(library, state))]
        else:
            candidates = [_without_arguments(kind)]
        legal.extend(action for action in candidates if apply(library, state, action).rejected is None)
    return legal


def _without_arguments(kind: type[Action]) -> Action:
    """An action type that takes nothing, made; one with fields must be spelled out above
    (a new action with parameters would otherwise crash here, or be offered wrongly)."""
    if fields(kind):
        raise TypeError(f"legal_actions does not know how to spell out {kind.__name__}'s arguments")
    return cast(Callable[[], Action], kind)()


def _choice_count(library: ContentLibrary, state: GameState) -> int:
    if state.story is None or state.scene is None:
        return 0
    return len(library.stories[state.story].scene(state.scene).choices)


def _strength_gifts(library: ContentLibrary, state: GameState) -> list[GiveStrength]:
    """Accepted gifts. Whether a pair may give depends on the players, not on which strength,
    so each pair is asked once (with the first strength) and then paired with every strength."""
    if not library.strengths:
        return []
    count = len(state.players)
    first = next(iter(library.strengths))
    pairs = [
        (giver, receiver)
        for giver in range(count)
        for receiver in range(count)
        if apply(library, state, GiveStrength(giver, receiver, first)).rejected is None
    ]
    strengths = list(library.strengths)
    return [GiveStrength(giver, receiver, strength) for giver, receiver in pairs for strength in strengths]
