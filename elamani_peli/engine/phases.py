"""The table of phases and the actions each accepts — the turn flow at a glance.

``rules.apply`` looks the action up here first; anything not listed is rejected with a
reason naming the phase and what it does accept. The UI can use :func:`allowed_actions`
to decide which buttons to show.
"""

from __future__ import annotations

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
from .state import GameState, Phase

_CARD_ACTIONS: tuple[type[Action], ...] = (Done, Pass, AnotherCard, ShowFollowUp, Bookmark, GiveStrength)

PHASE_ACTIONS: dict[Phase, tuple[type[Action], ...]] = {
    "roll": (Roll,),
    "card": _CARD_ACTIONS,
    "choose_theme": (ChooseTheme, Pass),
    "strength": (GiveStrength, Pass),
    "scene": (ChooseOption, Pass),
    "discuss": (Continue, Pass),
    "story_end": (Continue,),
    "breather": (Continue,),
    "arrived": (Continue,),
    "closing": _CARD_ACTIONS,
    "ended": (),
}
"""Actions of the game itself, per phase. Pause and time are handled around this table."""

ALWAYS: tuple[type[Action], ...] = (Pause, SetElapsed)
"""Accepted in every phase but ``ended`` while not paused."""
WHILE_PAUSED: tuple[type[Action], ...] = (Resume, SetElapsed)


def allowed_actions(state: GameState) -> tuple[type[Action], ...]:
    """The action types the state accepts now (details such as indexes may still be checked)."""
    if state.phase == "ended":
        return ()
    if state.paused:
        return WHILE_PAUSED
    return PHASE_ACTIONS[state.phase] + ALWAYS
