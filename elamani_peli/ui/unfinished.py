"""New game while a session is unfinished: a confirm that names it, then room for the new one.

A save holds a session the players may still want to finish, so *New game* never replaces
it silently: the question says whose game it is, when it was saved and how far it got.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from babel.dates import format_datetime

if TYPE_CHECKING:
    from ..engine.save import SaveInfo
    from .host import SceneHost

log = logging.getLogger(__name__)


def unfinished_session(app: SceneHost) -> SaveInfo | None:
    """The unfinished session a new game would replace (read without replaying), or None."""
    store = app.save_store
    try:
        return store.peek() if store is not None and hasattr(store, "peek") else None
    except Exception:
        log.exception("Could not read the saved session")
        return None


def describe(app: SceneHost, info: SaveInfo) -> str:
    """ "Aino, Mikko and Kim · saved 1.12.2026 klo 21.30 · round 3 of 10"."""
    _ = app._
    from babel.lists import format_list

    names = format_list(list(info.nicknames), locale=app.translator.locale) if info.nicknames else "?"
    parts = [names]
    if info.saved_at:
        try:
            when = datetime.fromisoformat(info.saved_at).astimezone()
            parts.append(
                _("saved {when}").format(when=format_datetime(when, "short", locale=app.translator.locale))
            )
        except ValueError:
            pass
    if info.round is not None:
        if info.length_unit == "rounds":
            parts.append(_("round {round} of {length}").format(round=info.round, length=info.length))
        else:
            parts.append(
                _("round {round}, {minutes} minutes planned").format(round=info.round, minutes=info.length)
            )
    return " · ".join(parts)


def confirm_replacing(app: SceneHost, then: Callable[[], None]) -> None:
    """Run ``then`` at once when nothing is unfinished, else after the worker confirms."""
    info = unfinished_session(app)
    if info is None:
        then()
        return
    _ = app._

    def question() -> str:
        return "\n".join(
            [
                _("Start a new game?"),
                _("The unfinished game will be removed from this computer:"),
                describe(app, info),
            ]
        )

    def answered(yes: bool) -> None:
        if yes:
            then()

    app.open_scene("confirm", answered, question=question, confirm=lambda: _("New game"), danger=True)


def make_room(app: SceneHost) -> None:
    """Clear the old session's files just before the new one is first saved."""
    store = app.save_store
    if store is None or not hasattr(store, "clear_for_new_game"):
        return
    try:
        store.clear_for_new_game()
    except OSError as error:
        log.warning("Could not clear the previous session: %s", error)
