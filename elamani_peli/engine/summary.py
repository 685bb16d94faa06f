"""The end-of-session summary: numbers and ids only, since nothing a player said exists."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..content.library import ContentLibrary
from .setup import SessionSetup
from .state import GameState


@dataclass(frozen=True)
class PlayerSummary:
    nickname: str
    role: str
    cards_answered: int
    cards_passed: int
    strengths: tuple[str, ...]
    """Strength ids received, in the order given (a strength given twice appears twice)."""


@dataclass(frozen=True)
class StorySummary:
    story_id: str
    scenes: tuple[str, ...]
    """Scene ids shown, in order."""
    ending: str | None
    """The ending scene reached, or None if the story did not end."""


@dataclass(frozen=True)
class Summary:
    players: tuple[PlayerSummary, ...]
    themes: tuple[str, ...]
    """Themes visited (a card of the theme was drawn), in order of first visit."""
    bookmarks: tuple[str, ...]
    stories: tuple[StorySummary, ...]
    rounds: int
    elapsed_seconds: int
    end_reason: str | None


def summarize(library: ContentLibrary, setup: SessionSetup, state: GameState) -> Summary:
    raise NotImplementedError


def summary_to_json(summary: Summary) -> dict[str, Any]:
    """Keys: themes, cards_answered, cards_passed, strengths (per player, by nickname), bookmarks,
    stories, players, rounds, elapsed_seconds, end_reason."""
    raise NotImplementedError
