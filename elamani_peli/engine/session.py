"""A small mutable holder of one running session for the UI: state, action log, undo, autosave.

All rules stay in :mod:`.rules`; the session only remembers the log and replays it. Undo
replays the log without its last undoable action, so it can never disagree with the rules.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..content.library import ContentLibrary
from .actions import Action, Pause, Resume, Roll, SetElapsed
from .rules import Outcome, apply, start_session
from .setup import SessionSetup
from .state import GameState

if TYPE_CHECKING:
    from .save import SaveStore


class ReplayError(ValueError):
    """An action of a log was rejected on replay (the content or the rules changed)."""


@dataclass
class Session:
    library: ContentLibrary
    setup: SessionSetup
    state: GameState
    log: list[Action] = field(default_factory=list)
    store: SaveStore | None = None
    """When set, the session is saved after every accepted action."""
    save_error: str | None = None
    """Why the last autosave failed (for the log), or None. The game goes on regardless;
    the UI shows that the session is not being saved (see :attr:`save_failure`)."""
    save_failure: str | None = None
    """The kind of the last autosave failure: ``disk-full``, ``read-only``, ``no-folder`` or
    ``other`` (see :class:`~.save.SaveFailed`); None after a save that worked."""

    @classmethod
    def new(cls, library: ContentLibrary, setup: SessionSetup, store: SaveStore | None = None) -> Session:
        session = cls(library, setup, start_session(library, setup), [], store)
        session.autosave()
        return session

    @classmethod
    def replay(
        cls,
        library: ContentLibrary,
        setup: SessionSetup,
        actions: Iterable[Action],
        store: SaveStore | None = None,
    ) -> Session:
        """The session after these actions; ``ReplayError`` if one is rejected."""
        state = start_session(library, setup)
        log: list[Action] = []
        for action in actions:
            outcome = apply(library, state, action)
            if outcome.rejected is not None:
                raise ReplayError(f"action {len(log) + 1} ({action!r}) was rejected: {outcome.rejected}")
            state = outcome.state
            log.append(action)
        return cls(library, setup, state, log, store)

    def apply(self, action: Action) -> Outcome:
        """Apply an action; an accepted one joins the log and is autosaved."""
        outcome = apply(self.library, self.state, action)
        if outcome.rejected is None:
            self.state = outcome.state
            self.log.append(action)
            self.autosave()
        return outcome

    def _undo_index(self) -> int | None:
        """Index in the log of the action undo would remove, or None. Nothing is undone while paused."""
        return None if self.state.paused else self.last_choice_index()

    def last_choice_index(self) -> int | None:
        """Index of the last action undo could take back once play is not paused, or None.

        Time updates and pausing are facts, not choices: undo skips over them and keeps
        them. A die roll is a wall: undo never removes a Roll, so nobody can re-roll (and
        with the generator in the state, a re-roll would give the same number anyway).
        """
        for index in range(len(self.log) - 1, -1, -1):
            action = self.log[index]
            if isinstance(action, SetElapsed | Pause | Resume):
                continue
            return None if isinstance(action, Roll) else index
        return None

    @property
    def can_undo(self) -> bool:
        return self._undo_index() is not None

    def undo(self) -> bool:
        """Take back the last undoable action by replaying the log without it."""
        index = self._undo_index()
        if index is None:
            return False
        replayed = Session.replay(self.library, self.setup, self.log[:index] + self.log[index + 1 :])
        self.state, self.log = replayed.state, replayed.log
        self.autosave()
        return True

    def autosave(self) -> bool:
        """Save to the store, if any; a failure is kept in :attr:`save_error`, never raised."""
        if self.store is None:
            return False
        try:
            self.store.save(self)
        except OSError as error:
            self.save_error = f"{type(error).__name__}: {error}"
            self.save_failure = getattr(error, "kind", "other")
            return False
        self.save_error = self.save_failure = None
        return True
