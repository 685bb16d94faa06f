"""The last line of defence: an unexpected exception becomes a log entry and the error scene.

No traceback ever reaches a player. The App's loop catches whatever a scene raised and hands
it here; the save store is told which state crashed, so Continue steps past it instead of
showing the same thing (and crashing) again.
"""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

from ..version import describe as describe_version
from .logfile import log_path

if TYPE_CHECKING:
    from .app import App

log = logging.getLogger("elamani_peli.ui.app")  # the name crash reports have always carried


def crash(app: App, error: BaseException) -> None:
    """Log the traceback and put the error scene up; if even that fails, stop quietly."""
    log.error("Unexpected error in %s", describe_version(), exc_info=error)
    app.crash_log = log_path()
    if app.session is not None and app.save_store is not None:
        try:
            app.save_store.mark_crash(app.session)
        except Exception:
            log.exception("Could not note where the game crashed")
    app.session = None
    top = app.scenes.top
    if (top is not None and top.name == "error") or not app.registry.has("error"):
        message = app._("Elämäni peli stopped because of an error. Details: {path}")
        print(message.format(path=app.crash_log), file=sys.stderr)
        app.exit_status = 1
        app.running = False
        return
    try:
        app.scenes.reset(app.registry.create("error", app))
        app.request_redraw()
    except Exception:
        log.exception("The error scene itself failed")
        app.exit_status, app.running = 1, False
