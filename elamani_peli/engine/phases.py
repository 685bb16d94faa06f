"""The table of phases: for each, the actions it accepts and the handler of each — the turn
flow at a glance, and the only place that says what is allowed when.

``rules.apply`` looks the action up here; anything not listed is rejected with a reason
naming the phase and what it does accept. The UI can use :func:`allowed_actions` to decide
which buttons to show.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..content.library import ContentLibrary
from . import card_moves, story_moves, turn_moves
from .actions import (
    Action,
    AnotherCard,
    Bookmark,
    ChooseOption,
    ChooseTheme,
    Continue,
    Done,
    EndSession,
    GiveStrength,
    Pass,
    Pause,
    RemoveBookmark,
    Resume,
    Roll,
    SetElapsed,
    ShowFollowUp,
)
from .state import GameState, Phase
from .turn_flow import Result

Handler = Callable[[ContentLibrary, GameState, Any], Result]

_CARD: dict[type[Action], Handler] = {
    Done: card_moves.done,
    Pass: card_moves.pass_card,
    AnotherCard: card_moves.another_card,
    ShowFollowUp: card_moves.show_follow_up,
    Bookmark: card_moves.bookmark,
    RemoveBookmark: card_moves.remove_bookmark,
    GiveStrength: card_moves.give_strength_on_card,
}

HANDLERS: dict[Phase, dict[type[Action], Handler]] = {
    "roll": {Roll: turn_moves.roll},
    "card": _CARD,
    "choose_theme": {ChooseTheme: turn_moves.choose_theme, Pass: turn_moves.move_on},
    "strength": {GiveStrength: turn_moves.give_strength_on_space, Pass: turn_moves.move_on},
    "scene": {ChooseOption: story_moves.choose_option, Pass: story_moves.pass_scene},
    "discuss": {Continue: story_moves.end_discussion, Pass: story_moves.end_discussion},
    "story_end": {Continue: turn_moves.move_on},
    "breather": {Continue: turn_moves.move_on},
    "arrived": {Continue: turn_moves.move_on},
    "closing": _CARD,
    "ended": {},
}
"""Phase → accepted action type → handler. Pause and time are handled around this table."""

ALWAYS: dict[type[Action], Handler] = {
    Pause: turn_moves.pause,
    SetElapsed: turn_moves.set_elapsed,
    EndSession: turn_moves.end_session,
}
"""Accepted in every phase but ``ended`` while not paused (``EndSession`` not on the closing card)."""
WHILE_PAUSED: dict[type[Action], Handler] = {Resume: turn_moves.resume, SetElapsed: turn_moves.set_elapsed}
"""All that is accepted while paused."""

PHASE_ACTIONS: dict[Phase, tuple[type[Action], ...]] = {
    phase: tuple(table) for phase, table in HANDLERS.items()
}
"""Phase → accepted action types (the keys of :data:`HANDLERS`)."""


def handlers_now(state: GameState) -> dict[type[Action], Handler]:
    """The actions the state accepts now, with their handlers."""
    if state.phase == "ended":
        return {}
    if state.paused:
        return WHILE_PAUSED
    return {**HANDLERS[state.phase], **ALWAYS}


def allowed_actions(state: GameState) -> tuple[type[Action], ...]:
    """The action types the state accepts now (details such as indexes may still be checked)."""
    return tuple(handlers_now(state))
