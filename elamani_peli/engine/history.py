"""What a played session showed, read back from its action log (events are never stored).

The state keeps only what the rules need; questions such as "which cards came up, in which
order" are answered by replaying the log and reading the events, which is exact because
the generator lives in the state.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..content.library import ContentLibrary
from .actions import Action
from .events import CardDrawn
from .rules import apply, start_session
from .setup import SessionSetup


def cards_drawn(library: ContentLibrary, setup: SessionSetup, actions: Iterable[Action]) -> list[str]:
    """Ids of every card put on the table, in order (another card and the closing card too)."""
    state = start_session(library, setup)
    cards: list[str] = []
    for action in actions:
        outcome = apply(library, state, action)
        cards += [event.card_id for event in outcome.events if isinstance(event, CardDrawn)]
        state = outcome.state
    return cards
