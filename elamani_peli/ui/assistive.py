"""Read-aloud, the screen-reader bridge and the toast: how the game reaches people by ear.

One object owns the three because they answer the same question — what does the player
learn besides the pixels of the frame? — and they run at the same moments: after a frame
is drawn (speak what is new, tell the screen reader the new tree), on F3/F4, and when a
screen reader asks to press a control. The App only forwards to it (``app.read_aloud``,
``app.access_bridge``, ``app.voice_factory``, ``app.show_toast`` … stay as they were), so
the loop in :mod:`.app` stays about the loop.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

from ..speech.speaker import Speaker
from ..speech.voices import Voice, best_voice
from .access_bridge import AccessBridge, make_bridge
from .access_tree import access_tree
from .read_aloud import ReadAloud

if TYPE_CHECKING:
    from .app import App
    from .scene import Scene

TOAST_SECONDS = 2.5


class Assistive:
    """Read-aloud (made when first turned on), the screen-reader bridge and the toast."""

    def __init__(self, app: App) -> None:
        self._app = app
        self.read_aloud: ReadAloud | None = None  # made when read-aloud is first turned on
        self.access_bridge: AccessBridge | None = None  # screen readers, for a real window
        self.voice_factory: Callable[[], Voice] = best_voice  # tests give a recording voice
        self.toast: tuple[str, float] | None = None  # a short confirmation and its seconds left

    # -- life -------------------------------------------------------------------------------
    def open(self) -> None:
        """The window is open: connect a screen reader if this system has one."""
        self.access_bridge = make_bridge()

    def close(self) -> None:
        if self.read_aloud is not None:
            self.read_aloud.speaker.close()
            self.read_aloud = None

    # -- read-aloud ---------------------------------------------------------------------------
    def reader(self) -> ReadAloud:
        if self.read_aloud is None:
            self.read_aloud = ReadAloud(Speaker(self.voice_factory()), self._app._)
        return self.read_aloud

    def voice(self) -> Voice:
        """The voice read-aloud speaks with (found once, when first needed)."""
        return self.reader().speaker.voice

    def toggle_read_aloud(self) -> None:
        """F3: read-aloud on or off, from any screen, with a confirmation on screen (and in speech)."""
        app = self._app
        on = not app.prefs.read_aloud
        app.update_prefs(read_aloud=on)
        confirmation = app._("Read aloud on") if on else app._("Read aloud off")
        self.show_toast(confirmation)
        top = app.scenes.top
        if on and top is not None:
            self.reader().read(top, app.language, (confirmation,))
        elif self.read_aloud is not None:
            self.read_aloud.speaker.stop()

    def repeat_speech(self) -> None:
        """F4: say the last thing again."""
        if self._app.prefs.read_aloud:
            self.reader().speaker.repeat()

    def language_changed(self) -> None:
        if self.read_aloud is not None:
            self.read_aloud.forget()  # say the screen again, in the new language

    # -- after each frame ---------------------------------------------------------------------
    def frame_shown(self, top: Scene | None, title: str, animating: bool) -> None:
        """Speak what is new on screen and give the screen reader the new tree (not mid-animation)."""
        if self._app.prefs.read_aloud:
            self.reader().observe(top, self._app.language)
        if self.access_bridge is not None and top is not None and not animating:
            self.access_bridge.update(access_tree(top, title))

    # -- the screen reader --------------------------------------------------------------------
    def access_request(self, action: str, target: str) -> bool:
        """A screen reader asked to focus or press a control: the same as Tab or Enter would.

        Returns whether a control took it (then the frame needs drawing).
        """
        top = self._app.scenes.top
        widget = top.form.find(target) if top is not None else None
        if top is None or widget is None or not widget.can_focus:
            return False
        top.form.focus(widget.id)
        if action == "click":
            widget.activate(None)
        return True

    def window_focus(self, gained: bool) -> None:
        if self.access_bridge is not None:
            self.access_bridge.window_focus(gained)

    # -- the toast ----------------------------------------------------------------------------
    def show_toast(self, message: str) -> None:
        self.toast = (message, TOAST_SECONDS)
        self._app.request_redraw()

    def tick(self, dt: float) -> bool:
        """Count the toast down; True when it just went away (the frame needs drawing)."""
        if self.toast is None:
            return False
        message, left = self.toast[0], self.toast[1] - dt
        self.toast = (message, left) if left > 0 else None
        return self.toast is None

    def draw_toast(self, surface: pygame.Surface) -> None:
        """A short confirmation at the top of the page, under the header (read-aloud on/off)."""
        if self.toast is None:
            return
        look = self._app.look
        m, p = look.metrics, look.palette
        box_size = (m.width * 2 // 3, m.button_height * 2)
        layout = look.text.fit(self.toast[0], box_size, m.font_size("body"), m.min_font_size)
        box = pygame.Rect(0, 0, layout.width + 2 * m.pad, layout.height + m.pad)
        box.midtop = (m.width // 2, m.header.bottom + m.gap)
        pygame.draw.rect(surface, p.text, box, border_radius=m.radius)
        look.text.draw(surface, layout, box, p.background, "center", "middle")
