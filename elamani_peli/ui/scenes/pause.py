"""The pause scene (Esc or the Pause button): resume, settings, help, save and quit.

It is a modal panel over the paused scene. While it is up the engine session, if any,
is paused too, so play time stops counting.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import pygame

from ..layout import centered, rows
from ..scene import Scene
from ..widgets import Button

if TYPE_CHECKING:
    from ..registry import SceneRegistry

log = logging.getLogger(__name__)


class PauseScene(Scene):
    name = "pause"
    escape_goes_back = True
    opaque = False
    pausable = False
    initial_focus = ("resume",)

    def enter(self) -> None:
        self._tell_session("Pause")
        super().enter()

    def exit(self) -> None:
        self._tell_session("Resume")

    def _tell_session(self, action_name: str) -> None:
        """Pause/resume the engine's clock; a session that cannot pause now just carries on."""
        session = self.app.session
        if session is None:
            return
        try:
            from ...engine import actions

            session.apply(getattr(actions, action_name)())
        except Exception:
            log.exception("Could not send %s to the session", action_name)

    def build(self) -> None:
        app, _ = self.app, self.app._
        m = app.look.metrics
        count = 4
        height = m.font_size("title") * 2 + count * (m.button_height + m.gap) + 2 * m.pad
        self.panel = centered(m.window.inflate(-2 * m.pad, -2 * m.pad), max(m.px(520), m.width // 3), height)
        title_h = m.font_size("title") * 2
        area = pygame.Rect(
            self.panel.left + m.pad,
            self.panel.top + m.pad + title_h,
            self.panel.width - 2 * m.pad,
            self.panel.height - 2 * m.pad - title_h,
        )
        if app.session is not None:
            leave = Button("save-quit", _("Save and quit"), self._save_and_quit, icon="save")
        else:
            leave = Button("quit", _("Quit game"), app.quit, icon="door")
        buttons = [
            Button("resume", _("Resume"), self.dismiss, icon="play", style="primary"),
            Button("settings", _("Settings"), lambda: app.open_scene("settings"), icon="gear"),
            Button("help", _("Help"), app.show_help, icon="help"),
            leave,
        ]
        for number, (button, rect) in enumerate(zip(buttons, rows(area, count, m.gap), strict=True)):
            button.rect, button.shortcut, button.align = rect, number + 1, "left"
            self.form.add(button)

    def utterances(self) -> list[str]:
        return [self.app._("Paused")]

    def _save_and_quit(self) -> None:
        self.app.save_session()
        self.app.session = None
        self.app.back_to_title()

    def draw_content(self, surface: pygame.Surface) -> None:
        look, _ = self.app.look, self.app._
        m, p = look.metrics, look.palette
        look.panel(surface, self.panel)
        title = pygame.Rect(
            self.panel.left + m.pad,
            self.panel.top + m.pad,
            self.panel.width - 2 * m.pad,
            m.font_size("title") * 2 - m.gap,
        )
        look.text.draw_fitted(
            surface,
            _("Paused"),
            title,
            p.text,
            m.font_size("title"),
            m.min_font_size,
            "bold",
            "left",
            "middle",
        )


def register(registry: SceneRegistry) -> None:
    registry.add("pause", PauseScene)
