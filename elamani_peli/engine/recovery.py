"""Getting past the moment a game crashed at, through the ordinary rules.

When the UI crashes while showing a state (a card whose text breaks the renderer, a story
scene with a broken picture), resuming to the very same state shows the same thing and
crashes again. :func:`step_past` moves the session on with the actions a player could have
chosen anyway: resume if paused, then *Pass* (always allowed, never counted against anyone)
or *Continue*, or the roll when the board itself was showing.
"""

from __future__ import annotations

from .actions import Action, Continue, Pass, Resume, Roll
from .phases import allowed_actions
from .session import Session

_WAYS_ON: tuple[type[Pass] | type[Continue] | type[Roll], ...] = (Pass, Continue, Roll)


def step_past(session: Session) -> list[Action]:
    """Apply the actions that leave the current moment; returns those that were accepted."""
    applied: list[Action] = []
    if session.state.paused and session.apply(Resume()).rejected is None:
        applied.append(Resume())
    allowed = allowed_actions(session.state)
    for kind in _WAYS_ON:
        if kind in allowed:
            action = kind()
            if session.apply(action).rejected is None:
                applied.append(action)
                break
    return applied
