"""TextInput: the one-line field for nicknames, search and folder paths.

Apart from the other controls because text entry is its own world — characters arrive as
TEXTINPUT (IME-safe), an IME's unfinished composition as TEXTEDITING, and the field must let
Tab, Enter, Esc, the arrows and the function keys through to the form and the App while it
swallows every other key. The focus machinery (:mod:`.focus`) turns SDL's text input on and
off for it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pygame

from .accessible import Described
from .look import Look
from .text import placement
from .widgets import Widget


class TextInput(Widget):
    """A one-line field for a nickname. Characters arrive as TEXTINPUT (IME-safe);
    an IME's unfinished composition (TEXTEDITING) is shown underlined until committed."""

    wants_text = True

    def __init__(
        self,
        widget_id: str,
        value: str = "",
        *,
        placeholder: str = "",
        max_length: int = 24,
        on_change: Callable[[str], Any] | None = None,
        on_submit: Callable[[str], Any] | None = None,
        rect: pygame.Rect | None = None,
        enabled: bool = True,
        selected: bool = False,
    ) -> None:
        super().__init__(widget_id, rect, enabled=enabled)
        self.value, self.placeholder, self.max_length = value, placeholder, max_length
        self.on_change, self.on_submit = on_change, on_submit
        self.composition = ""
        self.selected = selected
        """The whole value is selected: typing replaces it (a pre-filled default name, Ctrl+A)."""

    def _set(self, value: str) -> None:
        self.value, self.selected = value, False
        if self.on_change:
            self.on_change(self.value)

    def insert(self, text: str) -> bool:
        text = "".join(ch for ch in text if ch.isprintable())
        base = "" if self.selected else self.value
        room = self.max_length - len(base)
        if not text or room <= 0:
            return False
        self.composition = ""
        self._set(base + text[:room])
        return True

    def handle_key(self, event: pygame.event.Event) -> bool:
        ctrl = event.mod & pygame.KMOD_CTRL
        if event.key == pygame.K_a and ctrl:
            self.selected = bool(self.value)
            return True
        if event.key == pygame.K_BACKSPACE:
            if self.selected:
                self._set("")
            elif ctrl:  # the last word goes
                self._set(self.value.rstrip().rsplit(" ", 1)[0] if " " in self.value.rstrip() else "")
            elif self.value:
                self._set(self.value[:-1])
            return True
        return event.key not in (
            pygame.K_TAB,
            pygame.K_RETURN,
            pygame.K_KP_ENTER,
            pygame.K_ESCAPE,
            pygame.K_UP,
            pygame.K_DOWN,
        ) and not (event.key >= pygame.K_F1 and event.key <= pygame.K_F12)

    def activate(self, pos: tuple[int, int] | None = None) -> bool:
        if pos is None and self.on_submit is not None:
            self.on_submit(self.value)
            return True
        return pos is not None

    def describe(self) -> Described:
        return Described("text-input", self.placeholder, self.value, enabled=self.enabled)

    def draw(self, surface: pygame.Surface, look: Look) -> None:
        m, p = look.metrics, look.palette
        pygame.draw.rect(surface, p.surface, self.rect, border_radius=m.radius // 2)
        pygame.draw.rect(
            surface, p.text if self.focused else p.border, self.rect, width=2, border_radius=m.radius // 2
        )
        inner = self.rect.inflate(-2 * m.gap, -m.px(6))
        shown, colour = (
            (self.value + self.composition, p.text)
            if (self.value or self.composition)
            else (self.placeholder, p.text_muted)
        )
        counter = None
        if len(self.value) >= self.max_length - 4:  # say the limit before it silently cuts
            counter = look.text.layout_at(f"{len(self.value)}/{self.max_length}", m.font_size("small"), 200)
            inner.width -= counter.width + m.gap
        layout = look.text.fit(
            shown or " ", (inner.width - m.px(6), inner.height), m.font_size("button"), m.min_font_size
        )
        where = placement(layout, inner, "left", "middle")
        if self.selected and self.value:
            pygame.draw.rect(surface, p.accent, where.inflate(m.px(4), 0), border_radius=m.px(3))
            colour = p.accent_text
        drawn = look.text.draw(surface, layout, inner, colour, "left", "middle")
        if counter is not None:
            spot = pygame.Rect(inner.right + m.gap, self.rect.top, counter.width, self.rect.height)
            look.text.draw(surface, counter, spot, p.text_muted, "left", "middle")
        if self.composition:
            pygame.draw.line(
                surface, p.text, (drawn.left, drawn.bottom - 2), (drawn.right, drawn.bottom - 2), 2
            )
        if self.focused:  # a caret after the text
            x = inner.left + (layout.width if (self.value or self.composition) else 0) + 2
            pygame.draw.line(surface, p.text, (x, inner.top + 4), (x, inner.bottom - 4), 2)
        self.draw_focus(surface, look)
