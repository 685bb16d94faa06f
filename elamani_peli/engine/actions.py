"""What players (and the UI's clock) can do: small frozen dataclasses, JSON-able for the save's log.

An action names *what* is asked, never who clicked: the rules know whose turn it is. Only
:class:`GiveStrength` names players, because any player may give a strength.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any


@dataclass(frozen=True)
class Roll:
    """Roll the die and move the current player's token; the space then decides what happens."""


@dataclass(frozen=True)
class Done:
    """The card on the table was talked about (answered)."""


@dataclass(frozen=True)
class Pass:
    """Skip what is on the table, no reason asked. Always allowed, never counted against anyone."""


@dataclass(frozen=True)
class AnotherCard:
    """Put the card back and draw another from the same deck."""


@dataclass(frozen=True)
class ShowFollowUp:
    """Reveal the card's optional deeper question."""


@dataclass(frozen=True)
class Bookmark:
    """Mark the card on the table to return to later (its id goes to the summary)."""


@dataclass(frozen=True)
class RemoveBookmark:
    """Take the bookmark off the card on the table (a mis-click, or a change of mind)."""


@dataclass(frozen=True)
class GiveStrength:
    """``giver`` names a strength (a strength id) seen in ``receiver`` (player indexes)."""

    giver: int
    receiver: int
    strength: str


@dataclass(frozen=True)
class ChooseTheme:
    """On a free-choice space: draw from this theme."""

    theme: str


@dataclass(frozen=True)
class ChooseOption:
    """In a story scene: take choice number ``index`` (0-based)."""

    index: int


@dataclass(frozen=True)
class Continue:
    """Go on after a discussion, a story ending, a breather or an arrival."""


@dataclass(frozen=True)
class Pause:
    """Stop everything at once; nothing but :class:`Resume` and :class:`SetElapsed` is accepted."""


@dataclass(frozen=True)
class Resume:
    pass


@dataclass(frozen=True)
class EndSession:
    """Stop for today: the closing card, then the summary — as if the session had reached its end.

    The facilitator guide tells the worker to offer "stop for today"; sessions rarely end on
    the planned round. Accepted in every phase but the closing card and the end, while not paused.
    """


@dataclass(frozen=True)
class SetElapsed:
    """Tell the engine how much play time has passed (seconds). Time never goes backwards."""

    seconds: int


Action = (
    Roll
    | Done
    | Pass
    | AnotherCard
    | ShowFollowUp
    | Bookmark
    | RemoveBookmark
    | GiveStrength
    | ChooseTheme
    | ChooseOption
    | Continue
    | EndSession
    | Pause
    | Resume
    | SetElapsed
)

ACTION_TYPES: dict[str, type[Action]] = {
    "roll": Roll,
    "done": Done,
    "pass": Pass,
    "another_card": AnotherCard,
    "show_follow_up": ShowFollowUp,
    "bookmark": Bookmark,
    "remove_bookmark": RemoveBookmark,
    "give_strength": GiveStrength,
    "choose_theme": ChooseTheme,
    "choose_option": ChooseOption,
    "continue": Continue,
    "end_session": EndSession,
    "pause": Pause,
    "resume": Resume,
    "set_elapsed": SetElapsed,
}
"""The names actions have in a save file's log. Never rename one: old saves use them."""
_NAMES = {cls: name for name, cls in ACTION_TYPES.items()}


def is_int(value: object) -> bool:
    """A real ``int`` (a bool is not a count or an index here). Handlers check arguments with it
    so that a malformed action is rejected instead of raising."""
    return isinstance(value, int) and not isinstance(value, bool)


def action_to_json(action: Action) -> dict[str, Any]:
    """``GiveStrength(0, 1, "courage")`` → ``{"type": "give_strength", "giver": 0, ...}``."""
    return {"type": _NAMES[type(action)], **asdict(action)}


def action_from_json(data: Any) -> Action:
    """The inverse of :func:`action_to_json`; ``ValueError`` for anything that is not an action."""
    if not isinstance(data, dict) or data.get("type") not in ACTION_TYPES:
        raise ValueError(f"not an action: {data!r}")
    cls = ACTION_TYPES[data["type"]]
    arguments = {key: value for key, value in data.items() if key != "type"}
    expected = {field.name: field.type for field in fields(cls)}
    if set(arguments) != set(expected):
        raise ValueError(f"action {data['type']!r} needs exactly {sorted(expected)}, got {sorted(arguments)}")
    for name, value in arguments.items():
        wanted = int if expected[name] == "int" else str
        if type(value) is not wanted:
            raise ValueError(f"action {data['type']!r}: {name} must be {wanted.__name__}, got {value!r}")
    return cls(**arguments)
