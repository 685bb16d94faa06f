"""What happened, as ids and numbers only; the UI turns them into words and motion.

Events are returned by ``apply`` in the order they happened and are not stored: the state
alone is the truth, events are the story of one step (for animation and announcements).
"""

from __future__ import annotations

from dataclasses import dataclass

GENERAL_DISCUSSION_PROMPT = "story-discuss-general"
"""Message id of the general discussion prompt, used when a scene has no ``discuss`` text."""


@dataclass(frozen=True)
class TurnStarted:
    player: int
    round: int


@dataclass(frozen=True)
class DieRolled:
    player: int
    value: int


@dataclass(frozen=True)
class TokenMoved:
    player: int
    from_space: int
    to_space: int
    path: tuple[int, ...]
    """Every space stepped on, ending with ``to_space``."""


@dataclass(frozen=True)
class SpaceReached:
    player: int
    space: int
    space_type: str
    """The type written on the board."""
    acts_as: str
    """What the space does this turn, e.g. a Story space acts as ``reflection`` when stories are over."""


@dataclass(frozen=True)
class DeckRestarted:
    """Every card of the deck in play had been drawn; it starts over."""

    deck_id: str


@dataclass(frozen=True)
class CardDrawn:
    card_id: str
    deck_id: str
    theme: str | None


@dataclass(frozen=True)
class CardAnswered:
    player: int
    card_id: str


@dataclass(frozen=True)
class CardPassed:
    player: int
    card_id: str


@dataclass(frozen=True)
class CardReplaced:
    """The player asked for another card; a :class:`CardDrawn` follows."""

    player: int
    card_id: str


@dataclass(frozen=True)
class AnswererChanged:
    """On a card everyone answers in turn, the next player's turn to answer."""

    player: int
    card_id: str


@dataclass(frozen=True)
class FollowUpShown:
    card_id: str


@dataclass(frozen=True)
class CardBookmarked:
    card_id: str


@dataclass(frozen=True)
class BookmarkRemoved:
    card_id: str


@dataclass(frozen=True)
class StrengthGiven:
    giver: int
    receiver: int
    strength: str


@dataclass(frozen=True)
class ThemeChoiceOffered:
    player: int
    themes: tuple[str, ...]


@dataclass(frozen=True)
class ThemeChosen:
    player: int
    theme: str


@dataclass(frozen=True)
class StoryStarted:
    story_id: str


@dataclass(frozen=True)
class SceneShown:
    story_id: str
    scene_id: str


@dataclass(frozen=True)
class OptionChosen:
    story_id: str
    scene_id: str
    index: int
    next_scene: str


@dataclass(frozen=True)
class DiscussionPrompted:
    story_id: str
    scene_id: str
    """The scene whose ``discuss`` text to show."""
    prompt_id: str | None
    """``GENERAL_DISCUSSION_PROMPT`` when that scene has no ``discuss`` text, else None."""


@dataclass(frozen=True)
class StoryEnded:
    story_id: str
    ending_scene: str


@dataclass(frozen=True)
class ScenePassed:
    player: int
    story_id: str
    scene_id: str


@dataclass(frozen=True)
class BreatherStarted:
    player: int


@dataclass(frozen=True)
class PlayerArrived:
    player: int


@dataclass(frozen=True)
class TurnEnded:
    player: int


@dataclass(frozen=True)
class ClosingStarted:
    reason: str
    """``rounds``, ``minutes`` or ``all_arrived``."""


@dataclass(frozen=True)
class SessionEnded:
    reason: str


@dataclass(frozen=True)
class Paused:
    pass


@dataclass(frozen=True)
class Resumed:
    pass


@dataclass(frozen=True)
class TimeUpdated:
    seconds: int


Event = (
    TurnStarted
    | DieRolled
    | TokenMoved
    | SpaceReached
    | DeckRestarted
    | CardDrawn
    | CardAnswered
    | CardPassed
    | CardReplaced
    | AnswererChanged
    | FollowUpShown
    | CardBookmarked
    | BookmarkRemoved
    | StrengthGiven
    | ThemeChoiceOffered
    | ThemeChosen
    | StoryStarted
    | SceneShown
    | OptionChosen
    | DiscussionPrompted
    | StoryEnded
    | ScenePassed
    | BreatherStarted
    | PlayerArrived
    | TurnEnded
    | ClosingStarted
    | SessionEnded
    | Paused
    | Resumed
    | TimeUpdated
)
