"""The Form: a scene's widgets in focus order, and the input routing they share.

Keyboard: Tab/Shift-Tab and the arrow keys move focus (Up/Down to the row above/below),
Enter/Space activate, number keys 1–9 activate the widget with that shortcut. Mouse:
hover, press, release on the same widget activates. Touch: FINGERDOWN/FINGERUP carry
coordinates normalised to 0–1, which are scaled to the window; SDL's synthetic mouse
events for touches are ignored so a tap never counts twice.
"""

from __future__ import annotations

from collections.abc import Iterable

import pygame

from .look import Look
from .text_input import TextInput
from .widgets import Widget

ACTIVATE_KEYS = (pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE)
NUMBER_KEYS = {getattr(pygame, f"K_{n}"): n for n in range(1, 10)} | {
    getattr(pygame, f"K_KP{n}"): n for n in range(1, 10)
}


def _is_synthetic_touch(event: pygame.event.Event) -> bool:
    return bool(getattr(event, "touch", False))


class Form:
    """Widgets of one scene. ``handle_event`` returns True when something visible changed."""

    def __init__(self) -> None:
        self.widgets: list[Widget] = []
        self.focus_id: str | None = None
        self._pressed: Widget | None = None
        self.show_focus = True

    def add(self, widget: Widget) -> Widget:
        self.widgets.append(widget)
        return widget

    def clear(self) -> None:
        self.widgets = []
        self._pressed = None

    def find(self, widget_id: str) -> Widget | None:
        return next((w for w in self.widgets if w.id == widget_id), None)

    @property
    def focused(self) -> Widget | None:
        widget = self.find(self.focus_id) if self.focus_id else None
        return widget if widget is not None and widget.can_focus else None

    def focusable(self) -> list[Widget]:
        return [w for w in self.widgets if w.can_focus]

    def focus(self, widget_id: str | None) -> None:
        self.focus_id = widget_id
        for widget in self.widgets:
            widget.focused = widget.id == widget_id
        focused = self.focused
        if focused is not None and focused.wants_text:
            pygame.key.start_text_input()
            pygame.key.set_text_input_rect(focused.rect)

    def ensure_focus(self, preferred: Iterable[str] = ()) -> None:
        """Keep the current focus if it still exists, else the first preferred id, else the first widget."""
        if self.focused is not None:
            self.focus(self.focus_id)
            return
        candidates = self.focusable()
        ids = {w.id for w in candidates}
        choice = next((i for i in preferred if i in ids), candidates[0].id if candidates else None)
        self.focus(choice)

    def move_focus(self, step: int) -> bool:
        candidates = self.focusable()
        if not candidates:
            return False
        ids = [w.id for w in candidates]
        index = ids.index(self.focus_id) if self.focus_id in ids else (-1 if step > 0 else 0)
        self.focus(ids[(index + step) % len(ids)])
        return True

    def move_focus_vertically(self, step: int) -> bool:
        """Down/Up: to the nearest widget in the row below/above, so arrows follow a grid of
        buttons (strengths, card actions) as it looks. At the bottom (top) row focus stays:
        one Down too many must not slide sideways onto another button (Give → Pass)."""
        focused = self.focused
        if focused is None:
            return self.move_focus(step)
        here = focused.rect

        def gap(widget: Widget) -> int:
            return widget.rect.top - here.bottom if step > 0 else here.top - widget.rect.bottom

        candidates = [w for w in self.focusable() if w is not focused and gap(w) >= -here.height // 4]
        if not candidates:
            return False
        nearest = min(gap(w) for w in candidates)
        row = [w for w in candidates if gap(w) <= nearest + here.height // 2]
        self.focus(min(row, key=lambda w: abs(w.rect.centerx - here.centerx)).id)
        return True

    def widget_at(self, pos: tuple[int, int]) -> Widget | None:
        for widget in reversed(self.widgets):
            if widget.enabled and widget.rect.collidepoint(pos):
                return widget
        return None

    # -- input -------------------------------------------------------------------------
    def handle_event(self, event: pygame.event.Event) -> bool:
        if event.type == pygame.KEYDOWN:
            return self._key(event)
        if event.type == pygame.TEXTINPUT:
            focused = self.focused
            return bool(isinstance(focused, TextInput) and focused.insert(event.text))
        if event.type == pygame.TEXTEDITING:
            focused = self.focused
            if isinstance(focused, TextInput):
                focused.composition = event.text
                return True
            return False
        if event.type == pygame.MOUSEMOTION and not _is_synthetic_touch(event):
            return self._hover(event.pos)
        if event.type == pygame.MOUSEBUTTONDOWN and event.button == 1 and not _is_synthetic_touch(event):
            return self._press(event.pos)
        if event.type == pygame.MOUSEBUTTONUP and event.button == 1 and not _is_synthetic_touch(event):
            return self._release(event.pos)
        if event.type in (pygame.MOUSEWHEEL, pygame.FINGERDOWN, pygame.FINGERMOTION, pygame.FINGERUP):
            surface = pygame.display.get_surface()
            size = surface.get_size() if surface is not None else (1, 1)
            used = False
            for widget in self.widgets:
                handle_pointer = getattr(widget, "handle_pointer", None)
                if handle_pointer is not None:
                    used |= handle_pointer(event, size)
            if event.type in (pygame.MOUSEWHEEL, pygame.FINGERMOTION):
                return used
            pos = (round(event.x * size[0]), round(event.y * size[1]))
            touched = self._press(pos) if event.type == pygame.FINGERDOWN else self._release(pos)
            return touched or used
        return False

    def _key(self, event: pygame.event.Event) -> bool:
        focused = self.focused
        if focused is not None and focused.handle_key(event):
            return True
        key, shift = event.key, bool(event.mod & pygame.KMOD_SHIFT)
        if key == pygame.K_TAB:
            return self.move_focus(-1 if shift else 1)
        if key in (pygame.K_DOWN, pygame.K_UP):
            return self.move_focus_vertically(1 if key == pygame.K_DOWN else -1)
        if key in (pygame.K_RIGHT, pygame.K_LEFT):
            return self.move_focus(1 if key == pygame.K_RIGHT else -1)
        if key in ACTIVATE_KEYS and focused is not None:
            return focused.activate(None)
        if key in NUMBER_KEYS and not (event.mod & (pygame.KMOD_CTRL | pygame.KMOD_ALT)):
            number = NUMBER_KEYS[key]
            target = next((w for w in self.widgets if w.shortcut == number and w.enabled), None)
            if target is not None:
                self.focus(target.id)
                return target.activate(None)
        return False

    def _hover(self, pos: tuple[int, int]) -> bool:
        changed = False
        target = self.widget_at(pos)
        for widget in self.widgets:
            hovered = widget is target
            changed |= widget.hovered != hovered
            widget.hovered = hovered
        return changed

    def _press(self, pos: tuple[int, int]) -> bool:
        target = self.widget_at(pos)
        if target is None:
            return False
        self._pressed = target
        target.pressed = True
        if target.can_focus:
            self.focus(target.id)
        return True

    def _release(self, pos: tuple[int, int]) -> bool:
        pressed, self._pressed = self._pressed, None
        if pressed is None:
            return False
        pressed.pressed = False
        if pressed.rect.collidepoint(pos) and pressed in self.widgets:
            pressed.activate(pos)
        return True

    # -- drawing -----------------------------------------------------------------------
    def draw(self, surface: pygame.Surface, look: Look, show_focus: bool = True) -> None:
        """``show_focus`` False: the focused widget is drawn without its ring (a scene under a
        dialog keeps its focus for later, but two rings on screen would say two things)."""
        hidden = None if show_focus else self.focused
        if hidden is not None:
            hidden.focused = False
        try:
            for widget in self.widgets:
                if widget.rect.width > 0:
                    widget.draw(surface, look)
        finally:
            if hidden is not None:
                hidden.focused = True
