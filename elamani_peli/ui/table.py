"""The running session as the game scenes see it: send actions, keep play time, name things.

Every game scene (board, card, story, the small space scenes, summary) shares one
:class:`Table`. It holds no rules: actions go to the engine's :class:`Session` and the
scenes draw whatever state comes back. What it adds is what only the screen knows —
the clock (play time goes to the engine as ``SetElapsed``, never read by the rules),
and the words for ids in the player's language.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from elamani_peli.content.library import ContentLibrary
from elamani_peli.content.models import Card, Story, Theme
from elamani_peli.content.text import localize
from elamani_peli.engine.actions import Action, Pause, Resume, SetElapsed
from elamani_peli.engine.events import DieRolled, StrengthGiven
from elamani_peli.engine.rules import Outcome
from elamani_peli.engine.session import Session
from elamani_peli.engine.state import GameState

from .art import Art
from .feelings import Feelings
from .sounds import Sounds

log = logging.getLogger(__name__)

EVENT_SOUNDS: dict[type, str] = {DieRolled: "roll", StrengthGiven: "strength"}
"""The engine's events that make a soft sound as they happen (the card's sound waits for the
card to turn over, the closing chord for the summary)."""

TOKEN_PICTURES = ("leaf", "fish", "mushroom", "star", "bird", "boat")
"""Token pictures under ``assets/tokens/``, in the order the engine's ``token-1`` … ``token-6`` name them."""


def token_picture(token: str) -> str:
    """The picture id for a token id: ``token-3`` → ``mushroom``; a picture id stays as it is."""
    if token.startswith("token-") and token[6:].isdigit():
        index = int(token[6:]) - 1
        if 0 <= index < len(TOKEN_PICTURES):
            return TOKEN_PICTURES[index]
    return token


@dataclass
class Table:
    """One session on screen. ``language`` is read from the app each time (it may switch)."""

    session: Session
    language: Callable[[], str]
    clock: Callable[[], float] = time.monotonic
    art: Art = field(default_factory=Art)
    _played_before: float = field(default=0.0, init=False)
    _running_since: float | None = field(default=None, init=False)
    last_outcome: Outcome | None = field(default=None, init=False)
    feelings: Feelings | None = None
    """Check-in and check-out picks (memory only; None when the worker turned them off)."""
    sounds: Sounds | None = None
    """Where a roll and a strength given make their soft sound (if Settings turned sounds on)."""
    _logged_failure: str | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        self._played_before = float(self.session.state.elapsed_seconds)
        if not self.session.state.paused:
            self._running_since = self.clock()

    @property
    def library(self) -> ContentLibrary:
        return self.session.library

    @property
    def state(self) -> GameState:
        return self.session.state

    # -- sending actions ------------------------------------------------------------------
    def play_seconds(self) -> int:
        running = 0.0 if self._running_since is None else self.clock() - self._running_since
        return int(self._played_before + running)

    def send(self, action: Action) -> Outcome:
        """Tell the engine the play time, then apply ``action``; the outcome says if it was rejected."""
        self.sync_time()
        outcome = self.session.apply(action)
        self.last_outcome = outcome
        if self.sounds is not None:
            for event in outcome.events:
                sound = EVENT_SOUNDS.get(type(event))
                if sound is not None:
                    self.sounds.play(sound)
        self._log_save_failure()
        return outcome

    def _log_save_failure(self) -> None:
        """Log when autosaving starts failing, changes reason, or works again (not every turn)."""
        failure = self.session.save_failure
        if failure != self._logged_failure:
            if failure is None:
                log.info("Autosave works again.")
            else:
                log.warning("Autosave failed (%s): %s", failure, self.session.save_error)
            self._logged_failure = failure

    def sync_time(self) -> None:
        """Send ``SetElapsed`` when whole seconds passed (the engine checks time at turn boundaries)."""
        state = self.state
        seconds = self.play_seconds()
        if state.phase != "ended" and seconds > state.elapsed_seconds:
            self.session.apply(SetElapsed(seconds))

    def pause(self) -> None:
        """Stop the clock and the turn (the pause scene may already have paused the engine)."""
        if self._running_since is not None:
            self.sync_time()
            self._played_before = float(self.play_seconds())
            self._running_since = None
        if not self.state.paused and self.state.phase != "ended":
            self.session.apply(Pause())

    def resume(self) -> None:
        if self._running_since is None:
            self._running_since = self.clock()
        if self.state.paused:
            self.session.apply(Resume())

    # -- names in the player's language ---------------------------------------------------
    def text(self, value: Mapping[str, str] | None) -> str:
        if not value:
            return ""
        return localize(value, self.language())[0]

    def player_name(self, index: int) -> str:
        return self.session.setup.players[index].nickname

    def player_token(self, index: int) -> str:
        return token_picture(self.session.setup.players[index].token)

    def theme(self, theme_id: str | None) -> Theme | None:
        return self.library.themes.get(theme_id) if theme_id else None

    def theme_name(self, theme_id: str | None) -> str:
        theme = self.theme(theme_id)
        return self.text(theme.name) if theme else ""

    def strength_name(self, strength_id: str) -> str:
        strength = self.library.strengths.get(strength_id)
        return self.text(strength.name) if strength else strength_id

    def card(self) -> Card | None:
        return self.library.card(self.state.card) if self.state.card else None

    def story(self, story_id: str | None = None) -> Story | None:
        story_id = story_id or self.state.story
        return self.library.stories.get(story_id) if story_id else None
