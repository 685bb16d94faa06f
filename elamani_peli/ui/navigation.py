"""Navigation every screen shares: the keys that work anywhere, Help and Pause over the stack.

These are rules about the scene stack, not about the window, so they live apart from the
loop in :mod:`.app`: F1 toggles Help, Esc/Pause never stacks a second pause menu, and the
function keys reach read-aloud, fullscreen and the language from any scene.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

if TYPE_CHECKING:
    from .app import App


def global_key(app: App, event: pygame.event.Event) -> bool:
    """F1 help, F11 fullscreen, F2 / Ctrl+L language, F3 read aloud, F4 say again — from any scene."""
    if event.key == pygame.K_F1:
        app.show_help()
    elif event.key == pygame.K_F3:
        app.toggle_read_aloud()
    elif event.key == pygame.K_F4:
        app.repeat_speech()
    elif event.key == pygame.K_F11:
        app.update_prefs(fullscreen=not app.is_fullscreen())
    elif event.key == pygame.K_F2 or (event.key == pygame.K_l and event.mod & pygame.KMOD_CTRL):
        app.toggle_language()
    else:
        return False
    return True


def toggle_help(app: App) -> None:
    """F1 / the Help button: open help, or close it when it is already on top."""
    top = app.scenes.top
    if top is not None and top.name == "help":
        top.dismiss()
    else:
        app.open_scene("help")
    app.request_redraw()


def pause(app: App) -> None:
    """Esc / the Pause button. From a screen opened from the pause menu (settings, help) it
    goes back to that menu: a second pause on top made Resume lead back to Settings."""
    top = app.scenes.top
    if top is None or top.name == "pause":
        return
    stack = list(app.scenes)
    paused = [index for index, scene in enumerate(stack) if scene.name == "pause"]
    if paused:
        app.scenes.pop(stack[paused[-1] + 1])
        app.request_redraw()
    elif top.pausable:
        app.open_scene("pause")
        app.request_redraw()
