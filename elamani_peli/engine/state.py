"""The game state: frozen, plain data (ints, strs, bools, tuples) and nothing else.

No player text lives here — nicknames stay in the setup — so the state can be saved,
hashed and compared freely. Every field is documented in ``docs/engine.md``.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from typing import Any, Literal

from .setup import SessionRules

Phase = Literal[
    "roll",  # the current player rolls the die
    "card",  # a card is on the table
    "choose_theme",  # a free-choice space: the player picks a theme
    "strength",  # a strengths space: the player names a strength seen in another player
    "scene",  # a story scene with its choices
    "discuss",  # after a story choice: the table talks
    "story_end",  # a story reached an ending; the ending is shown
    "breather",  # a pause: nothing is asked
    "arrived",  # the current player reached the goal
    "closing",  # the closing reflection card
    "ended",  # the session is over; show the summary
]
EndReason = Literal["rounds", "minutes", "all_arrived", "stopped"]
"""Why the session closed; ``stopped``: the players chose to end it early (:class:`EndSession`)."""


@dataclass(frozen=True)
class PlayerState:
    position: int = 0
    """Index of the token's space on the board (0 is the start)."""
    arrived: bool = False
    """True once the token reached the goal; the player then takes no more turns."""
    answered: int = 0
    passed: int = 0


@dataclass(frozen=True)
class StrengthGift:
    giver: int
    receiver: int
    strength: str


@dataclass(frozen=True)
class StoryProgress:
    story: str
    scene: str
    """The scene the next Story space shows (for an ended story: its ending)."""
    started: bool = False
    ended: bool = False
    visited: tuple[str, ...] = ()
    """Scenes shown so far, in order."""


@dataclass(frozen=True)
class UsedCards:
    deck: str
    cards: tuple[str, ...]
    """Card ids drawn from this deck since it was last used up, in draw order."""


@dataclass(frozen=True)
class GameState:
    rules: SessionRules
    phase: Phase
    paused: bool
    current_player: int
    players: tuple[PlayerState, ...]
    round: int
    """1-based; a round ends when every player still on the path has had a turn."""
    elapsed_seconds: int
    """Play time as told by the UI with ``SetElapsed``; the engine never reads a clock."""
    rng: int
    last_roll: int | None = None
    space_type: str | None = None
    """What the current space does this turn (a Story space with stories over acts as ``reflection``)."""
    card: str | None = None
    card_deck: str | None = None
    card_theme: str | None = None
    """The theme the card was drawn for (None for reflection and closing cards)."""
    follow_up_shown: bool = False
    answerer: int | None = None
    """On a card that everyone answers in turn: who answers now (None on other cards)."""
    theme_choices: tuple[str, ...] = ()
    """The themes offered on a free-choice space."""
    story: str | None = None
    scene: str | None = None
    """In ``scene``: the scene shown; in ``discuss``: the scene whose choice is discussed;
    in ``story_end``: the ending scene."""
    stories: tuple[StoryProgress, ...] = ()
    used: tuple[UsedCards, ...] = ()
    bookmarks: tuple[str, ...] = ()
    strengths: tuple[StrengthGift, ...] = ()
    themes_visited: tuple[str, ...] = ()
    end_reason: EndReason | None = None

    @property
    def current_story(self) -> StoryProgress | None:
        """The story the next Story space plays: the first chosen one not yet ended."""
        return next((progress for progress in self.stories if not progress.ended), None)


_ADDED_LATER: dict[str, object] = {"answerer": None}
"""Fields added after saves existed, with the value they had before: left out of the JSON
while they hold it, so a save made before the field existed still replays to its digest."""


def state_to_json(state: GameState) -> dict[str, Any]:
    """The state as JSON-able data (dataclasses become dicts, tuples lists)."""
    data = asdict(state)
    for name, before in _ADDED_LATER.items():
        if data.get(name, before) == before:
            data.pop(name, None)
    return data


def state_digest(state: GameState) -> str:
    """A SHA-256 of the state's canonical JSON: a save stores it to prove a replay is exact."""
    text = json.dumps(state_to_json(state), sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
