"""A calm message with one OK button: what happened, and what to do about it.

Used where the game must tell the worker something before going on — a saved game that
needs a deck folder this launch does not have, a second copy of the game started while one
runs. Shown alone (nothing under it), OK closes the game.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from ..layout import centered, split_bottom, split_top
from ..scene import Scene
from ..widgets import Button
from .confirm import Text, _in_current_language

if TYPE_CHECKING:
    from ..host import SceneHost
    from ..registry import SceneRegistry


class MessageScene(Scene):
    """``app.open_scene("message", heading=lambda: _("…"), body=lambda: _("…"))``."""

    name = "message"
    opaque = False
    pausable = False
    escape_goes_back = True
    initial_focus = ("ok",)

    def __init__(self, app: SceneHost, heading: Text = "", body: Text = "") -> None:
        super().__init__(app)
        self.heading, self.body = heading, body

    def build(self) -> None:
        m, _ = self.app.look.metrics, self.app._
        width = min(m.width - 2 * m.pad, max(m.px(640), m.width * 3 // 5))
        self.panel = centered(m.window.inflate(-2 * m.pad, -2 * m.pad), width, m.height - 2 * m.pad)
        inner = self.panel.inflate(-2 * m.pad, -2 * m.pad)
        text, buttons = split_bottom(inner, m.button_height, m.pad)
        self.heading_rect, self.body_rect = split_top(text, round(m.font_size("title") * 1.6), m.gap)
        ok_width = min(buttons.width, m.px(240) + m.font_size("button") * 3)
        ok = pygame.Rect(0, buttons.top, ok_width, buttons.height)
        ok.right = buttons.right
        self.form.add(Button("ok", _("OK"), self.dismiss, icon="check", style="primary", rect=ok))

    def dismiss(self, result: object = None) -> None:
        alone = len(self.app.scenes) == 1
        super().dismiss(result)
        if alone:
            self.app.quit()

    def draw_content(self, surface: pygame.Surface) -> None:
        look = self.app.look
        m, p = look.metrics, look.palette
        look.panel(surface, self.panel)
        look.text.draw_fitted(
            surface,
            _in_current_language(self.heading),
            self.heading_rect,
            p.text,
            m.font_size("title"),
            m.min_font_size,
            "bold",
            "left",
            "middle",
        )
        look.text.draw_fitted(
            surface,
            _in_current_language(self.body),
            self.body_rect,
            p.text,
            m.font_size("body"),
            m.min_font_size,
            "regular",
            "left",
            "top",
        )


def needs_decks_message(app: SceneHost, folders: tuple[str, ...]) -> MessageScene:
    """Continue with a save made with a facilitator's folder this launch did not load."""
    _ = app._

    def body() -> str:
        lines = [_("This game was played with cards from this folder, which is not in use now:")]
        lines += [f"  {folder}" for folder in folders]
        first = f'"{folders[0]}"' if " " in folders[0] else folders[0]
        lines += [
            "",
            _("Start the game with that folder to continue, for example:"),
            "  " + " ".join(("elamani-peli", "--decks", first)),
            "",
            _("The saved game is kept exactly as it is."),
        ]
        return "\n".join(lines)

    return MessageScene(app, heading=lambda: _("The cards of this game are missing"), body=body)


def already_running_message(app: SceneHost) -> MessageScene:
    """A second copy of the game: it says so and touches nothing."""
    _ = app._
    return MessageScene(
        app,
        heading=lambda: _("Elämäni peli is already open"),
        body=lambda: "\n".join(
            [
                _("The game is already running on this computer, perhaps in another window."),
                _("Use that window: two copies at once would overwrite each other's saved game."),
                "",
                _("This copy closes when you choose OK. Nothing was changed."),
            ]
        ),
    )


def register(registry: SceneRegistry) -> None:
    registry.add("message", MessageScene)
    registry.add("needs-decks", needs_decks_message)
    registry.add("already-running", lambda app, **options: already_running_message(app))
