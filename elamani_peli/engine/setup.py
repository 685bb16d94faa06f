"""What the worker chooses before a session: players, board, length, depth, themes, stories.

The setup is the only place player nicknames exist. The rules see a :class:`SessionRules`
copy without them, so nothing a player typed ever reaches the game state or the event
stream (and through them the save file's state digest or the summary's numbers).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from ..content.library import ContentLibrary
from ..content.models import MAX_LEVEL
from .actions import is_int
from .content_rules import notes_allowed, playable_themes

Role = Literal["young", "worker"]
LengthUnit = Literal["rounds", "minutes"]

MIN_PLAYERS = 2
MAX_PLAYERS = 6
DEFAULT_BOARD = "perus"
DEFAULT_LEVEL = 2
DEFAULT_MINUTES = 45
DEFAULT_TOKENS = ("token-1", "token-2", "token-3", "token-4", "token-5", "token-6")
"""Token ids; the UI maps them to pictures under ``assets/tokens/``."""
SETUP_PROBLEMS = (
    "setup-player-count",
    "setup-nickname-empty",
    "setup-role-unknown",
    "setup-token-twice",
    "setup-board-unknown",
    "setup-length-unit-unknown",
    "setup-length-too-short",
    "setup-level-out-of-range",
    "setup-no-themes",
    "setup-theme-unknown",
    "setup-story-unknown",
    "setup-story-content-note",
    "setup-story-twice",
    "setup-no-cards",
)
"""Every message id :func:`setup_problems` can return; ``elamani_peli.vocabulary`` has a
sentence for each (a test compares this list with the code below)."""


@dataclass(frozen=True)
class PlayerSetup:
    nickname: str
    role: Role
    token: str


@dataclass(frozen=True)
class SessionSetup:
    players: tuple[PlayerSetup, ...]
    board_id: str
    length_unit: LengthUnit
    length: int
    max_level: int
    themes: tuple[str, ...]
    stories: tuple[str, ...]
    """Story ids in play order; empty means stories are off."""
    content_notes: tuple[str, ...]
    """Content notes the worker allows; a deck or story with any other note is left out."""
    seed: int


@dataclass(frozen=True)
class SessionRules:
    """The part of a setup the rules need: everything except nicknames and tokens.

    Kept inside :class:`~elamani_peli.engine.state.GameState` so that ``apply`` needs only
    the library, the state and the action.
    """

    player_count: int
    board_id: str
    length_unit: LengthUnit
    length: int
    max_level: int
    themes: tuple[str, ...]
    stories: tuple[str, ...]
    content_notes: tuple[str, ...]


def rules_of(setup: SessionSetup) -> SessionRules:
    return SessionRules(
        player_count=len(setup.players),
        board_id=setup.board_id,
        length_unit=setup.length_unit,
        length=setup.length,
        max_level=setup.max_level,
        themes=setup.themes,
        stories=setup.stories,
        content_notes=setup.content_notes,
    )


def default_players(count: int = 2) -> tuple[PlayerSetup, ...]:
    """A young person and a worker first, then numbered players; nicknames are only data."""
    first = (
        PlayerSetup("Nuori", "young", DEFAULT_TOKENS[0]),
        PlayerSetup("Ohjaaja", "worker", DEFAULT_TOKENS[1]),
    )
    tokens = DEFAULT_TOKENS
    rest = tuple(PlayerSetup(f"Pelaaja {i + 1}", "young", tokens[i % len(tokens)]) for i in range(2, count))
    return (first + rest)[:count]


def default_setup(library: ContentLibrary, seed: int = 0, players: int = 2) -> SessionSetup:
    """Sensible first-session choices: the default board, level 2, every theme, gentle stories.

    Content notes are all off, so only stories and decks without notes are in play.
    """
    board_id = DEFAULT_BOARD if DEFAULT_BOARD in library.boards else next(iter(library.boards), "")
    return SessionSetup(
        players=default_players(players),
        board_id=board_id,
        length_unit="minutes",
        length=DEFAULT_MINUTES,
        max_level=DEFAULT_LEVEL,
        themes=tuple(library.themes),
        stories=tuple(story.id for story in library.stories.values() if not story.content_notes),
        content_notes=(),
        seed=seed,
    )


def setup_problems(library: ContentLibrary, setup: SessionSetup) -> list[str]:
    """Message ids (the UI translates them) of everything that stops this setup from starting."""
    problems: list[str] = []
    if not MIN_PLAYERS <= len(setup.players) <= MAX_PLAYERS:
        problems.append("setup-player-count")
    if any(not player.nickname.strip() for player in setup.players):
        problems.append("setup-nickname-empty")
    if any(player.role not in ("young", "worker") for player in setup.players):
        problems.append("setup-role-unknown")
    if len({player.token for player in setup.players}) != len(setup.players):
        problems.append("setup-token-twice")
    if setup.board_id not in library.boards:
        problems.append("setup-board-unknown")
    if setup.length_unit not in ("rounds", "minutes"):
        problems.append("setup-length-unit-unknown")
    if setup.length < 1:
        problems.append("setup-length-too-short")
    if not 1 <= setup.max_level <= MAX_LEVEL:
        problems.append("setup-level-out-of-range")
    if not setup.themes:
        problems.append("setup-no-themes")
    if any(theme not in library.themes for theme in setup.themes):
        problems.append("setup-theme-unknown")
    if any(story not in library.stories for story in setup.stories):
        problems.append("setup-story-unknown")
    elif any(not notes_allowed(library.stories[s], setup.content_notes) for s in setup.stories):
        problems.append("setup-story-content-note")
    if len(set(setup.stories)) != len(setup.stories):
        problems.append("setup-story-twice")
    if not problems and not playable_themes(library, rules_of(setup)):
        problems.append("setup-no-cards")
    return problems


def setup_to_json(setup: SessionSetup) -> dict[str, Any]:
    return {
        "players": [{"nickname": p.nickname, "role": p.role, "token": p.token} for p in setup.players],
        "board_id": setup.board_id,
        "length_unit": setup.length_unit,
        "length": setup.length,
        "max_level": setup.max_level,
        "themes": list(setup.themes),
        "stories": list(setup.stories),
        "content_notes": list(setup.content_notes),
        "seed": setup.seed,
    }


def setup_from_json(data: dict[str, Any]) -> SessionSetup:
    """The inverse of :func:`setup_to_json`; raises ``KeyError``/``TypeError``/``ValueError`` on bad data."""
    players = tuple(
        PlayerSetup(nickname=str(p["nickname"]), role=_role(p["role"]), token=str(p["token"]))
        for p in data["players"]
    )
    unit = data["length_unit"]
    if unit not in ("rounds", "minutes"):
        raise ValueError(f"unknown length unit {unit!r}")
    return SessionSetup(
        players=players,
        board_id=str(data["board_id"]),
        length_unit=unit,
        length=_int(data["length"]),
        max_level=_int(data["max_level"]),
        themes=tuple(str(t) for t in data["themes"]),
        stories=tuple(str(s) for s in data["stories"]),
        content_notes=tuple(str(n) for n in data["content_notes"]),
        seed=_int(data["seed"]),
    )


def _role(value: Any) -> Role:
    if value == "young":
        return "young"
    if value == "worker":
        return "worker"
    raise ValueError(f"unknown role {value!r}")


def _int(value: Any) -> int:
    if not is_int(value):
        raise TypeError(f"expected an integer, got {value!r}")
    return int(value)
