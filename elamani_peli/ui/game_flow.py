"""The game's flow in one place: which scene shows each engine phase, and the ways in and out.

**The phase table.** Every :class:`~.game_scene.GameScene` declares the engine phases it
shows (``phases = ("card", "closing")``); declaring fills :data:`the table <scene_for>`
here. The *hub* — the board, which shows ``roll`` — stays open under everything else and
opens the scene for each new phase on top (:func:`show_phase`); when that scene's phase is
over it closes itself and the hub looks again. ``ended`` replaces the hub with the summary.
Every phase has exactly one scene; ``tests/ui/test_game_flow.py`` fails otherwise.

**The transitions** of a session, all here so no scene imports another to move on::

    title ─ New game ─▶ setup ─ Start ─▶ board ⇄ card / story / free choice / …
    title ─ New game ─▶ confirm naming the unfinished session (if any) ─▶ setup
    title ─ Continue ─▶ board (or setup, saying why the save could not be used, or a
                        message naming the deck folder it needs — the save untouched)
    board ─ phase "ended" ─▶ summary (the running save is cleared once it shows)
    pause ─ End the session ─▶ closing card ─▶ summary
    pause ─ Save and go to the title ─▶ title (Continue picks it up)
    summary ─ Back to the title ─▶ title

This module imports no scene: the scene modules import it (through ``game_scene``), and the
explicit list in :mod:`.scenes` makes sure every one of them is loaded before the first frame.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, get_args

from ..engine.actions import EndSession
from ..engine.recovery import step_past
from ..engine.session import Session
from ..engine.setup import SessionSetup
from ..engine.state import Phase
from .save_notice import save_notice_text
from .table import Table
from .unfinished import make_room

if TYPE_CHECKING:
    from .game_scene import GameScene
    from .host import SceneHost
    from .scene import Scene

log = logging.getLogger(__name__)

PHASES: tuple[Phase, ...] = get_args(Phase)
"""Every phase the engine has, in its own order."""
HUB_PHASE: Phase = "roll"
"""The phase of the hub scene (the board), which opens the others."""
END_PHASE: Phase = "ended"
"""The phase whose scene (the summary) replaces the hub."""
UNUSABLE_SAVE = ("save-corrupt", "save-incompatible")
"""Save problems that make Continue lead to a new setup, which says why."""

_SHOWN_BY: dict[Phase, type[GameScene]] = {}


class FlowError(LookupError):
    """A phase with no scene, or two scenes for one phase: a programming error, never hidden."""


def declare(scene: type[GameScene]) -> None:
    """Enter ``scene`` in the table for each phase it names (called as the class is created)."""
    for phase in scene.phases:
        if phase not in PHASES:
            raise FlowError(f"{scene.__qualname__} names {phase!r}, which is not an engine phase")
        other = _SHOWN_BY.get(phase)
        if other is not None and other.__qualname__ != scene.__qualname__:
            raise FlowError(f"phase {phase!r} is shown by both {other.__qualname__} and {scene.__qualname__}")
        _SHOWN_BY[phase] = scene


def scene_for(phase: Phase | str) -> type[GameScene]:
    """The scene class that shows ``phase``; :class:`FlowError` when none does."""
    scene = _SHOWN_BY.get(phase)  # type: ignore[arg-type]  # any string may be asked
    if scene is None:
        raise FlowError(f"no scene shows the phase {phase!r}; is its module listed in ui/scenes/__init__.py?")
    return scene


def phase_table() -> dict[Phase, type[GameScene]]:
    """A copy of the whole table (for tests and the docs)."""
    return dict(_SHOWN_BY)


# -- into a session ------------------------------------------------------------------------------
def running(host: SceneHost) -> Session:
    """The host's running session; :class:`FlowError` when there is none."""
    if host.session is None:
        raise FlowError("no session is running")
    return host.session


def board_for(host: SceneHost, table: Table) -> GameScene:
    """The hub scene over ``table`` (the demo gives its own table with its own art)."""
    host.session = table.session
    return scene_for(HUB_PHASE)(host, table)


def open_session(host: SceneHost, session: Session) -> GameScene:
    """The board of ``session``, which the host now owns as its running session."""
    return board_for(host, Table(session, lambda: host.content_language, sounds=host.sounds))


def start_new_game(host: SceneHost, setup: SessionSetup) -> GameScene:
    """Setup → Start: a new session, saved after every action, on the board in place of the setup.

    The worker has confirmed replacing an unfinished session by now (see :mod:`.unfinished`):
    its files make room for the new one.
    """
    make_room(host)
    session = Session.new(host.library, setup, store=host.save_store)
    hub = open_session(host, session)
    host.scenes.replace(hub)
    return hub


def resume_saved(host: SceneHost) -> Scene:
    """Title → Continue: the saved session exactly as it was, or a new setup saying why not.

    A save made with a facilitator's deck folder that this launch has not loaded is left
    untouched and a message names the folder. After a crash, Continue steps past the
    moment that crashed (see :func:`~elamani_peli.engine.recovery.step_past`).
    """
    store = host.save_store
    session = store.load(host.library) if store is not None else None
    if session is None:
        problems = store.problems if store else []
        needs = [p for p in problems if p.message_id == "save-needs-decks"]
        if needs:
            return host.registry.create("needs-decks", host, folders=needs[0].folders)
        setup = host.registry.create("setup", host)
        found = [p.message_id for p in (store.problems if store else []) if p.message_id in UNUSABLE_SAVE]
        setup.problems = list(dict.fromkeys(found))  # type: ignore[attr-defined]
        return setup
    if session.store is not None and session.store.crashed_here(session):
        step_past(session)
    if session.store is not None:
        session.store.clear_crash()
    return open_session(host, session)


# -- while it runs ------------------------------------------------------------------------------
def show_phase(hub: GameScene) -> None:
    """Open the scene for the engine's phase over the hub, or the summary in its place at the end.

    Only while the hub is on top: with a card already open (or the pause menu) nothing opens.
    """
    host = hub.app
    if host.scenes.top is not hub:
        return
    phase = hub.table.state.phase
    if phase == END_PHASE:
        host.scenes.replace(scene_for(END_PHASE)(host, hub.table))
        return
    if phase == HUB_PHASE:
        return
    host.scenes.push(scene_for(phase)(host, hub.table))


def end_now(host: SceneHost) -> bool:
    """Pause → End the session (after the confirm): the closing card, then the summary.

    Sends :class:`EndSession` (resuming the engine the pause menu paused), then closes
    everything above the hub, which opens the closing card. False if the engine refused.
    """
    hub = _hub(host)
    if hub is None:
        return False
    hub.table.resume()
    outcome = hub.table.send(EndSession())
    if outcome.rejected is not None:
        log.warning("Ending the session early was refused: %s", outcome.rejected)
        return False
    _back_to_hub(host, hub)
    return True


def can_end_now(host: SceneHost) -> bool:
    """Whether *End the session* means anything now: not on the closing card, which already ends it."""
    session = host.session
    return session is not None and session.state.phase not in ("closing", END_PHASE)


def undo_last(host: SceneHost) -> bool:
    """Pause → Take back the last step: undo by replay, then show whatever phase that gives."""
    hub = _hub(host)
    if hub is None or not can_undo(host):
        return False
    hub.table.resume()  # the pause menu paused the engine; nothing is undone while paused
    if not hub.table.session.undo():
        return False
    _back_to_hub(host, hub)
    return True


def can_undo(host: SceneHost) -> bool:
    """Whether the running session has a step to take back (pauses and the clock do not count)."""
    session = host.session
    if session is None or session.state.phase == END_PHASE:
        return False
    return session.last_choice_index() is not None


def _back_to_hub(host: SceneHost, hub: GameScene) -> None:
    """Close every scene above the hub; the hub then opens the scene for the phase now."""
    host.scenes.pop_above(hub)
    hub.rebuild()
    show_phase(hub)
    host.request_redraw()


def _hub(host: SceneHost) -> GameScene | None:
    hub_class = scene_for(HUB_PHASE)
    found = host.scenes.find(hub_class)
    return found if isinstance(found, hub_class) else None


# -- out of a session ------------------------------------------------------------------------------
def summary_shown(table: Table) -> None:
    """The summary is on screen: the session is over, so its running save goes (nicknames too).

    Only the save of *this* session: a sample or the demo has no store and deletes nothing.
    """
    store = table.session.store
    if store is not None and hasattr(store, "discard"):
        try:
            store.discard()
        except OSError as error:
            log.warning("Could not clear the finished session's save: %s", error)


def finish(host: SceneHost) -> None:
    """Summary → Back to the title."""
    host.session = None
    host.back_to_title()


def save_and_leave(host: SceneHost) -> None:
    """Pause → Save and go to the title: the session waits for Continue.

    When the save fails (disk full, read-only folder) the worker is told before anything is
    lost: going to the title anyway means Continue picks up at the last turn that was saved.
    """
    session = host.session
    if host.save_session() or session is None or session.save_failure is None:
        _leave(host)
        return
    _ = host._
    reason = save_notice_text(_, session.save_failure).partition("\n")[0]

    def question() -> str:
        return "\n".join(
            [reason, _("Go to the title anyway? Continue will go on from the last turn that was saved.")]
        )

    def answered(yes: bool) -> None:
        if yes:
            _leave(host)

    host.open_scene("confirm", answered, question=question, confirm=lambda: _("Go to the title"), danger=True)


def _leave(host: SceneHost) -> None:
    host.session = None
    host.back_to_title()


def leave_without_session(host: SceneHost) -> None:
    """Pause → Back to the title from a screen outside a session (Stories, browser, setup …)."""
    host.back_to_title()


def quit_question(host: SceneHost) -> str:
    """What Quit asks, saying whether the session is saved (so nobody quits thinking it is)."""
    _ = host._
    session = host.session
    if session is not None and session.state.phase != END_PHASE:
        if session.store is not None and session.save_error is None:
            return _("Quit the game? This session is saved: choose Continue on the title to go on.")
        return _("Quit the game? This session is not saved and cannot be continued.")
    if session is not None:
        return _("Quit the game? The summary is kept only if you saved it.")
    return _("Quit the game?")


def ask_to_quit(host: SceneHost) -> None:
    """Pause → Quit the game: always asks first (a pause menu entry used to close the window at once)."""
    host.open_scene(
        "confirm",
        lambda yes: quit_now(host) if yes else None,
        question=lambda: quit_question(host),
        confirm=lambda: host._("Quit the game"),
    )


def quit_now(host: SceneHost) -> None:
    """Save a running session one last time, then stop."""
    session = host.session
    if session is not None and session.state.phase != END_PHASE:
        host.save_session()
    host.quit()
