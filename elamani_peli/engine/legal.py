"""Every concrete action the state accepts now — for the simulator, the demo and tests.

The UI usually needs only :func:`~elamani_peli.engine.phases.allowed_actions` (types); this
spells out indexes, themes and strength gifts too.
"""

from __future__ import annotations

from ..content.library import ContentLibrary
from .actions import Action
from .state import GameState


def legal_actions(library: ContentLibrary, state: GameState) -> list[Action]:
    """Accepted actions other than ``SetElapsed`` (time is the caller's), in a stable order."""
    raise NotImplementedError
