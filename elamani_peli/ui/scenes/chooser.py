"""A list to pick one value from, opened from a button like a drop-down (the browser's filters).

Stepping −/+ through nine themes to reach the eighth was slow and hid what could be chosen;
here every value is in view at once, the current one filled and checked. The list opens
under its button (or above it; or beside it, as tall as it needs, when neither side has
room for all of it) and as wide as its longest option needs. Up/Down, Home/End and Page
Up/Down move, a typed letter jumps to the next option that begins with it, Enter or Space
chooses, Esc or a click outside the list closes it unchanged; a long list shows a window
of rows that follows the focus and scrolls with the wheel.

Answers ``(value,)`` — a value may be None ("all themes") — or None when closed unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING, Any

import pygame

from ..accessible import Described
from ..card_face import draw_soft_panel
from ..deck_filter import fold
from ..look import Look
from ..scene import Scene
from ..widgets import Button, _draw_label

if TYPE_CHECKING:
    from ..host import SceneHost

MOVE_KEYS = {pygame.K_UP: -1, pygame.K_DOWN: 1, pygame.K_PAGEUP: -5, pygame.K_PAGEDOWN: 5}


class ChoiceRow(Button):
    """One option: the chosen one filled in the accent colour and checked (not colour alone)."""

    def __init__(
        self,
        widget_id: str,
        label: str,
        chosen: bool,
        on_activate: Any,
        rect: pygame.Rect,
        note: tuple[str, str] = ("", ""),
    ) -> None:
        super().__init__(widget_id, label, on_activate, rect=rect, align="left")
        self.chosen = chosen
        self.note, self.spoken_note = note  # "41" on the row, "41 cards" when read aloud

    def describe(self) -> Described:
        name = f"{self.label}, {self.spoken_note}" if self.spoken_note else self.label
        return Described("toggle", name, checked=self.chosen)

    def draw(self, surface: pygame.Surface, look: Look) -> None:
        m, p = look.metrics, look.palette
        if self.chosen:
            fill, ink = p.accent, p.accent_text
        else:
            fill, ink = (p.button_hover if self.hovered else p.surface), p.text
        pygame.draw.rect(surface, fill, self.rect, border_radius=m.radius // 2)
        label_rect = self.rect
        if self.note:  # a small number at the row's end: how many cards the value leaves
            small = m.font_size("small")
            width = look.text.fonts.get(small).size(self.note)[0]
            note_rect = pygame.Rect(self.rect.right - m.gap - width, self.rect.top, width, self.rect.height)
            layout = look.text.layout_at(self.note, small, width + 1)
            look.text.draw(
                surface, layout, note_rect, ink if self.chosen else p.text_muted, "right", "middle"
            )
            label_rect = pygame.Rect(
                self.rect.left, self.rect.top, note_rect.left - self.rect.left, self.rect.height
            )
        # "blank" is no icon: the labels keep one indent, the check mark in front of the chosen
        _draw_label(
            surface, look, label_rect, self.label, ink, "check" if self.chosen else "blank", None, "left"
        )
        self.draw_focus(surface, look)


class ChooserDialog(Scene):
    name = "chooser"
    escape_goes_back = True
    opaque = False
    pausable = False

    def __init__(
        self,
        app: SceneHost,
        heading: str,
        options: Sequence[tuple[Any, str]],
        current: Any,
        anchor: pygame.Rect | None = None,
        notes: Sequence[tuple[str, str]] = (),
    ) -> None:
        super().__init__(app)
        self.heading, self.options = heading, list(options)
        # per option, what the row shows at its end and says with its name ("41", "41 cards")
        self.notes = list(notes) + [("", "")] * (len(self.options) - len(notes))
        values = [value for value, _label in self.options]
        self.current = values.index(current) if current in values else 0
        self.anchor = pygame.Rect(anchor) if anchor is not None else None
        self.cursor = self.current
        self.first = 0
        self.visible = len(self.options)
        self.panel = pygame.Rect(0, 0, 0, 0)
        self.heading_rect = pygame.Rect(0, 0, 0, 0)
        self.more_rect = pygame.Rect(0, 0, 0, 0)

    def title(self) -> str:
        return self.heading

    def utterances(self) -> list[str]:
        """The list's name, how many options, and the chosen one (focus adds the option under it)."""
        _ = self.app._
        chosen = self.options[self.current][1]
        count = self.app.ngettext("{n} option", "{n} options", len(self.options)).format(n=len(self.options))
        return [self.heading, count, _("chosen: {value}").format(value=chosen)]

    # -- layout -----------------------------------------------------------------------------
    def build(self) -> None:
        look = self.app.look
        m = look.metrics
        row = max(m.px(40), round(m.font_size("button") * 1.6))
        heading_height = round(m.font_size("small") * 1.5)
        font = look.text.fonts.get(m.font_size("button"), "bold")
        widest = max(font.size(label)[0] for _value, label in self.options)
        small = look.text.fonts.get(m.font_size("small"))
        note_width = max((small.size(note)[0] + m.gap for note, _said in self.notes if note), default=0)
        width = widest + note_width + round(m.font_size("button") * 1.6) + 3 * m.gap
        anchor = self.anchor or pygame.Rect(m.body.centerx, m.body.top, 0, 0)
        width = min(m.body.width, max(width, anchor.width, font.size(self.heading)[0] + 2 * m.gap))
        needed = heading_height + len(self.options) * row + 2 * m.gap
        below = m.window.bottom - m.gap - anchor.bottom
        above = anchor.top - m.body.top
        left = min(max(m.gap, anchor.left), m.window.right - m.gap - width)
        room = m.window.bottom - m.gap - m.body.top
        if self.anchor is not None and needed <= below:  # a drop-down: under its button
            top = anchor.bottom + m.gap // 2
        elif self.anchor is not None and needed <= above:
            top = anchor.top - m.gap // 2 - needed
        elif needed <= room:  # beside the button when there is room there, at its height
            top = min(max(m.body.top, anchor.top - heading_height - m.gap), m.window.bottom - m.gap - needed)
            if self.anchor is not None and anchor.right + m.gap + width <= m.window.right - m.gap:
                left = anchor.right + m.gap
        else:  # longer than the window: as tall as it, a window of rows that scrolls
            top = m.body.top
        self.visible = max(1, min(len(self.options), (room - heading_height - 2 * m.gap) // row))
        more_height = heading_height if self.visible < len(self.options) else 0
        if more_height:
            self.visible = max(1, (room - heading_height - more_height - 2 * m.gap) // row)
        height = heading_height + self.visible * row + more_height + 2 * m.gap
        self.panel = pygame.Rect(left, top, width, height)
        inner = self.panel.inflate(-2 * m.gap, -2 * m.gap)
        self.heading_rect = pygame.Rect(inner.left, inner.top, inner.width, heading_height)
        self.more_rect = pygame.Rect(inner.left, inner.bottom - more_height, inner.width, more_height)
        self._scroll_to(self.cursor)
        for index in range(self.first, self.first + self.visible):
            rect = pygame.Rect(
                inner.left, self.heading_rect.bottom + (index - self.first) * row, inner.width, row
            )
            label = self.options[index][1]
            self.form.add(
                ChoiceRow(
                    f"choice-{index}",
                    label,
                    index == self.current,
                    partial(self.choose, index),
                    rect,
                    self.notes[index],
                )
            )

    def rebuild(self) -> None:
        """Lay out again with the focus on the cursor's row (the base would keep the old focus)."""
        super().rebuild()
        self.form.focus(f"choice-{self.cursor}")

    def _scroll_to(self, index: int) -> None:
        self.first = min(self.first, index)
        self.first = max(self.first, index - self.visible + 1)
        self.first = max(0, min(self.first, len(self.options) - self.visible))

    # -- input ------------------------------------------------------------------------------
    def move(self, to: int) -> bool:
        to = max(0, min(len(self.options) - 1, to))
        if to == self.cursor:
            return True
        self.cursor = to
        self.rebuild()
        return True

    def jump_to(self, letter: str) -> bool:
        """A typed letter moves to the next option that begins with it ("t" → "Tunteet"), as in a
        drop-down; again goes on to the next such option. Case and marks forgiven ("o" → "Ö…")."""
        count = len(self.options)
        for step in range(1, count + 1):
            index = (self.cursor + step) % count
            if fold(self.options[index][1]).startswith(letter):
                return self.move(index)
        return True

    def choose(self, index: int) -> None:
        self.dismiss((self.options[index][0],))

    def handle_event(self, event: pygame.event.Event) -> bool:
        focused = self.form.focus_id or ""
        if focused.startswith("choice-"):
            self.cursor = int(focused.removeprefix("choice-"))
        if event.type == pygame.KEYDOWN:
            if event.key in MOVE_KEYS:
                return self.move(self.cursor + MOVE_KEYS[event.key])
            if event.key in (pygame.K_HOME, pygame.K_END):
                return self.move(0 if event.key == pygame.K_HOME else len(self.options) - 1)
            if event.key == pygame.K_TAB:
                step = -1 if event.mod & pygame.KMOD_SHIFT else 1
                return self.move((self.cursor + step) % len(self.options))
            letter = fold(getattr(event, "unicode", "") or "")
            if letter.isalnum() and not event.mod & (pygame.KMOD_CTRL | pygame.KMOD_ALT):
                return self.jump_to(letter)
        if event.type == pygame.MOUSEWHEEL and self.visible < len(self.options):
            self.first = max(0, min(len(self.options) - self.visible, self.first - event.y))
            self.cursor = min(max(self.cursor, self.first), self.first + self.visible - 1)
            self.rebuild()
            return True
        if (
            event.type == pygame.MOUSEBUTTONDOWN
            and event.button == 1
            and not self.panel.collidepoint(event.pos)
        ):
            self.dismiss(None)  # a click outside the list closes it, as a drop-down does
            return True
        if event.type == pygame.FINGERDOWN:
            size = self.app.look.metrics.window.size
            if not self.panel.collidepoint((round(event.x * size[0]), round(event.y * size[1]))):
                self.dismiss(None)
                return True
        return super().handle_event(event)

    # -- drawing ----------------------------------------------------------------------------
    def draw_content(self, surface: pygame.Surface) -> None:
        look, _ = self.app.look, self.app._
        m, p = look.metrics, look.palette
        shadow = self.panel.move(0, max(2, m.px(4)))
        pygame.draw.rect(surface, p.shadow, shadow, border_radius=m.radius)
        draw_soft_panel(surface, self.panel, p, m.radius)
        pygame.draw.rect(surface, p.border, self.panel, width=1, border_radius=m.radius)
        look.text.draw_fitted(
            surface,
            self.heading,
            self.heading_rect,
            p.text_muted,
            m.font_size("small"),
            m.min_font_size,
            "bold",
            valign="middle",
        )
        if self.more_rect.height:
            last = self.first + self.visible
            shown = _("{first}–{last} of {n} · scroll for more").format(
                first=self.first + 1, last=last, n=len(self.options)
            )
            look.text.draw_fitted(
                surface,
                shown,
                self.more_rect,
                p.text_muted,
                m.font_size("small"),
                m.min_font_size,
                valign="middle",
            )
