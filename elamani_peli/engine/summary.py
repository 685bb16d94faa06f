"""The end-of-session summary: numbers and ids only, since nothing a player said exists.

Nicknames come from the setup (the state has none); everything else from the state.
"""

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
    """Stories that were started, in play order."""
    rounds: int
    elapsed_seconds: int
    end_reason: str | None


def summarize(library: ContentLibrary, setup: SessionSetup, state: GameState) -> Summary:
    """The summary of a session (at its end, or so far)."""
    players = tuple(
        PlayerSummary(
            nickname=player_setup.nickname,
            role=player_setup.role,
            cards_answered=player.answered,
            cards_passed=player.passed,
            strengths=tuple(gift.strength for gift in state.strengths if gift.receiver == index),
        )
        for index, (player_setup, player) in enumerate(zip(setup.players, state.players, strict=True))
    )
    stories = tuple(
        StorySummary(progress.story, progress.visited, progress.scene if progress.ended else None)
        for progress in state.stories
        if progress.started
    )
    return Summary(
        players=players,
        themes=state.themes_visited,
        bookmarks=state.bookmarks,
        stories=stories,
        rounds=state.round,
        elapsed_seconds=state.elapsed_seconds,
        end_reason=state.end_reason,
    )


def summary_to_json(summary: Summary) -> dict[str, Any]:
    """Plain JSON data; per-player values are keyed by player index (a string, as JSON keys are)."""

    def per_player(values: list[Any]) -> dict[str, Any]:
        return {str(index): value for index, value in enumerate(values)}

    return {
        "players": per_player([{"nickname": p.nickname, "role": p.role} for p in summary.players]),
        "themes": list(summary.themes),
        "cards_answered": per_player([p.cards_answered for p in summary.players]),
        "cards_passed": per_player([p.cards_passed for p in summary.players]),
        "strengths": per_player([list(p.strengths) for p in summary.players]),
        "bookmarks": list(summary.bookmarks),
        "stories": [
            {"story": story.story_id, "scenes": list(story.scenes), "ending": story.ending}
            for story in summary.stories
        ],
        "rounds": summary.rounds,
        "elapsed_seconds": summary.elapsed_seconds,
        "end_reason": summary.end_reason,
    }
