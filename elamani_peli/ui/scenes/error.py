"""The friendly crash screen: what happened in plain words, where the details went, and a way on.

No traceback here — it is in the log file. The session save is untouched, so Continue on
the title picks up after the last completed turn.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from ..layout import centered, columns, split_bottom, split_top
from ..logfile import log_path
from ..scene import Scene
from ..widgets import Button

if TYPE_CHECKING:
    from ..registry import SceneRegistry


class ErrorScene(Scene):
    name = "error"
    pausable = False
    initial_focus = ("title",)

    def build(self) -> None:
        app, _ = self.app, self.app._
        m = app.look.metrics
        width = min(m.width - 2 * m.pad, max(m.px(760), m.width * 2 // 3))
        self.panel = centered(m.window.inflate(-2 * m.pad, -2 * m.pad), width, m.height - 2 * m.pad)
        inner = self.panel.inflate(-2 * m.pad, -2 * m.pad)
        text_area, buttons = split_bottom(inner, m.button_height, m.pad)
        self.title_rect, rest = split_top(text_area, round(m.font_size("title") * 1.6), m.gap)
        self.message_rect, self.details_rect = split_top(rest, rest.height * 3 // 5, m.gap)
        back, leave = columns(buttons, 2, m.gap)
        self.form.add(
            Button("title", _("Back to title"), app.back_to_title, icon="back", style="primary", rect=back)
        )
        self.form.add(Button("quit", _("Quit"), app.quit, icon="door", rect=leave))

    def draw_content(self, surface: pygame.Surface) -> None:
        look, _ = self.app.look, self.app._
        m, p = look.metrics, look.palette
        look.panel(surface, self.panel)
        look.text.draw_fitted(
            surface,
            _("Something went wrong"),
            self.title_rect,
            p.text,
            m.font_size("title"),
            m.min_font_size,
            "bold",
            "left",
            "middle",
        )
        message = "\n".join(
            [
                _("The game ran into a problem it did not expect. This was not your fault."),
                _("Your game is saved up to the last finished turn: choose Continue on the title screen."),
            ]
        )
        look.text.draw_fitted(
            surface, message, self.message_rect, p.text, m.font_size("body"), m.min_font_size
        )
        details = "\n".join(
            [_("Details for whoever looks after this computer were written to:"), str(log_path())]
        )
        look.text.draw_fitted(
            surface, details, self.details_rect, p.text_muted, m.font_size("small"), m.min_font_size
        )

    def escape(self) -> bool:
        self.app.back_to_title()
        return True


def register(registry: SceneRegistry) -> None:
    registry.add("error", ErrorScene)
