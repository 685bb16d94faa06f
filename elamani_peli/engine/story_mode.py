"""A story played alone, start to end, like the original visual novel (same style as the rules).

Scene → choose an option → discuss → the next scene … → an ending. ``Pass`` is not needed
here: the reader simply chooses; leaving is the UI's business (nothing is counted).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..content.library import ContentLibrary
from .actions import Action
from .events import Event

StoryPhase = Literal["scene", "discuss", "ended"]


@dataclass(frozen=True)
class StoryState:
    story: str
    phase: StoryPhase
    scene: str
    """In ``scene``: the scene shown; in ``discuss``: the scene whose choice is discussed;
    in ``ended``: the ending scene."""
    next_scene: str | None = None
    """In ``discuss``: where the choice leads."""
    visited: tuple[str, ...] = ()


@dataclass(frozen=True)
class StoryOutcome:
    state: StoryState
    events: tuple[Event, ...] = ()
    rejected: str | None = None


def start_story(library: ContentLibrary, story_id: str) -> StoryState:
    raise NotImplementedError


def apply_story(library: ContentLibrary, state: StoryState, action: Action) -> StoryOutcome:
    """Accepts ``ChooseOption`` in ``scene`` and ``Continue`` in ``discuss``."""
    raise NotImplementedError
