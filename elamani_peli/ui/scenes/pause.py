"""The pause menu (Esc or the Pause button): the way out of every screen.

In a session: Resume, Settings, Help, Take back the last step, End the session (the closing
card and the summary, after a confirm), Save and go to the title, Quit the game. Outside
one (Stories, the deck browser, setup, settings, the guide): Back, Settings, Help, Back to
the title, Quit the game. Quitting always asks first and says whether the session is saved.
The numbers of the entries stay the same in both menus where they mean the same thing.

It is a modal panel over the paused scene. While it is up the engine session, if any,
is paused too, so play time stops counting.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import pygame

from ...engine.actions import Pause, Resume
from .. import game_flow
from ..layout import centered, grid
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
        self._tell_session(Pause())
        super().enter()

    def exit(self) -> None:
        self._tell_session(Resume())

    def _tell_session(self, action: Pause | Resume) -> None:
        """Pause/resume the engine's clock; a session that cannot pause now just carries on."""
        session = self.app.session
        if session is not None:
            session.apply(action)

    @property
    def in_session(self) -> bool:
        """A session is running (not yet at its summary): the menu offers its ways out."""
        session = self.app.session
        return session is not None and session.state.phase != game_flow.END_PHASE

    def build(self) -> None:
        app, _ = self.app, self.app._
        m = app.look.metrics
        if self.in_session:
            buttons = [
                Button("resume", _("Resume"), self.dismiss, icon="play", style="primary"),
                Button("settings", _("Settings"), lambda: app.open_scene("settings"), icon="gear"),
                Button("help", _("Help"), app.show_help, icon="help"),
                Button(
                    "undo",
                    _("Take back the last step"),
                    lambda: game_flow.undo_last(app),
                    icon="back",
                    enabled=game_flow.can_undo(app),
                ),
                Button(
                    "end",
                    _("End the session"),
                    self._ask_end,
                    icon="check",
                    enabled=game_flow.can_end_now(app),
                ),
                Button("save-quit", _("Save and go to the title"), self._save_and_leave, icon="save"),
                Button("quit", _("Quit the game"), self._ask_quit, icon="door"),
            ]
        else:
            buttons = [
                Button("resume", _("Back"), self.dismiss, icon="back", style="primary"),
                Button("settings", _("Settings"), lambda: app.open_scene("settings"), icon="gear"),
                Button("help", _("Help"), app.show_help, icon="help"),
                Button("title", _("Back to the title"), self._to_title, icon="door"),
                Button("quit", _("Quit the game"), self._ask_quit, icon="door"),
            ]
        count = len(buttons)
        title_h = m.font_size("title") * 2
        room = m.window.inflate(-2 * m.pad, -2 * m.pad)
        # One column while it fits the window; two (and a wider panel) at large type.
        one_column = title_h + count * (m.button_height + m.gap) + 2 * m.pad
        columns = 1 if one_column <= room.height else 2
        per_column = -(-count // columns)
        height = title_h + per_column * (m.button_height + m.gap) + 2 * m.pad
        width = max(m.px(520), m.width // 3) * columns
        self.panel = centered(room, width, height)
        area = pygame.Rect(
            self.panel.left + m.pad,
            self.panel.top + m.pad + title_h,
            self.panel.width - 2 * m.pad,
            self.panel.height - 2 * m.pad - title_h,
        )
        cells = grid(area, count, m.button_height, m.gap, max_columns=columns)
        for number, (button, rect) in enumerate(zip(buttons, cells, strict=True)):
            button.rect, button.shortcut, button.align = rect, number + 1, "left"
            self.form.add(button)

    def utterances(self) -> list[str]:
        return [self.app._("Paused")]

    def _save_and_leave(self) -> None:
        game_flow.save_and_leave(self.app)

    def _to_title(self) -> None:
        """Back to the title from outside a session (a finished one's summary included)."""
        if self.app.session is not None:
            game_flow.finish(self.app)
        else:
            game_flow.leave_without_session(self.app)

    def _ask_end(self) -> None:
        _ = self.app._
        self.app.open_scene(
            "confirm",
            lambda yes: yes and game_flow.end_now(self.app),
            question=lambda: _("End the session now? The closing card comes next, then the summary."),
            confirm=lambda: _("End the session"),
        )

    def _ask_quit(self) -> None:
        game_flow.ask_to_quit(self.app)

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
