"""Controls: Button, Toggle, ToggleGroup (segmented) and Stepper (TextInput: :mod:`.text_input`).

Every control works by keyboard (focus ring, Enter/Space), mouse (hover, press) and touch
(the :class:`~elamani_peli.ui.focus.Form` turns finger events into presses). States are
never shown by colour alone: the focus ring is a thick outline, a selected option carries
a check mark, a disabled button a dashed border.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import pygame

from .accessible import Described
from .icons import draw_icon
from .label_fit import fit_label, shared_cap
from .look import Look
from .palette import Colour, mix
from .text import TextLayout


class Widget:
    """A focusable rectangle. Subclasses draw themselves and react to activation and keys."""

    focusable = True
    wants_text = False  # True: the Form gives it TEXTINPUT and keeps shortcuts off

    def __init__(
        self,
        widget_id: str,
        rect: pygame.Rect | None = None,
        *,
        enabled: bool = True,
        shortcut: int | None = None,
    ) -> None:
        self.id = widget_id
        self.rect = pygame.Rect(rect) if rect is not None else pygame.Rect(0, 0, 0, 0)
        self.enabled = enabled
        self.shortcut = shortcut  # a number key 1–9 that activates it
        self.hovered = False
        self.pressed = False
        self.focused = False
        self.accessible_name = ""  # what a control without a label of its own is called (a stepper)

    @property
    def can_focus(self) -> bool:
        return self.focusable and self.enabled and self.rect.width > 0

    def activate(self, pos: tuple[int, int] | None = None) -> bool:
        """Enter/Space, a click or a tap at ``pos`` (None from the keyboard)."""
        return False

    def handle_key(self, event: pygame.event.Event) -> bool:
        """A key while focused, before the Form's own navigation; True if used."""
        return False

    def describe(self) -> Described:
        """The control in words (read-aloud, the screen-reader bridge)."""
        return Described("button", self.accessible_name, enabled=self.enabled)

    def texts(self) -> list[str]:
        """Text the control shows as reading matter (not its label), for read-aloud."""
        return []

    def draw(self, surface: pygame.Surface, look: Look) -> None:
        raise NotImplementedError

    def draw_focus(self, surface: pygame.Surface, look: Look) -> None:
        """A ring outside the control: thick, in the focus colour, a gap from the control."""
        if self.focused:
            m = look.metrics
            ring = self.rect.inflate(2 * (m.focus_width + 2), 2 * (m.focus_width + 2))
            pygame.draw.rect(
                surface, look.palette.focus, ring, width=m.focus_width, border_radius=m.radius + m.focus_width
            )


def _dashed_rect(surface: pygame.Surface, colour: Colour, rect: pygame.Rect, dash: int, width: int) -> None:
    for x in range(rect.left, rect.right, dash * 2):
        end = min(x + dash, rect.right)
        pygame.draw.line(surface, colour, (x, rect.top), (end, rect.top), width)
        pygame.draw.line(surface, colour, (x, rect.bottom - 1), (end, rect.bottom - 1), width)
    for y in range(rect.top, rect.bottom, dash * 2):
        end = min(y + dash, rect.bottom)
        pygame.draw.line(surface, colour, (rect.left, y), (rect.left, end), width)
        pygame.draw.line(surface, colour, (rect.right - 1, y), (rect.right - 1, end), width)


@dataclass(frozen=True)
class LabelBoxes:
    """Where a control's label parts go: the shortcut number, the icon and the text's box."""

    badge: TextLayout | None
    badge_rect: pygame.Rect | None
    icon: pygame.Rect | None
    text: pygame.Rect


def label_boxes(
    look: Look, rect: pygame.Rect, has_icon: bool, shortcut: int | None, align: str = "center"
) -> LabelBoxes:
    """The parts of an icon + text (+ shortcut number) label inside ``rect``.

    Measuring and drawing share it, so the size a label is fitted to when sibling labels
    agree on one size (:func:`~.label_fit.harmonise_labels`) is the size it is drawn in.
    """
    m = look.metrics
    inner = rect.inflate(-2 * m.gap, -max(4, m.gap // 2))
    badge = badge_rect = None
    if shortcut is not None:
        badge = look.text.fit(str(shortcut), (inner.height, inner.height), m.font_size("small"), 8, "bold")
        badge_rect = pygame.Rect(inner.left, inner.top, badge.width, inner.height)
        inner = (
            inner.inflate(-2 * (badge.width + m.gap // 2), 0)
            if align == "center"
            else pygame.Rect(
                inner.left + badge.width + m.gap, inner.top, inner.width - badge.width - m.gap, inner.height
            )
        )
    if not has_icon:
        return LabelBoxes(badge, badge_rect, None, inner)
    side = min(inner.height, round(m.font_size("button") * 1.05))
    icon_rect = pygame.Rect(inner.left, inner.centery - side // 2, side, side)
    text_rect = pygame.Rect(
        inner.left + side + m.gap // 2, inner.top, inner.width - side - m.gap // 2, inner.height
    )
    return LabelBoxes(badge, badge_rect, icon_rect, text_rect)


def _draw_label(
    surface: pygame.Surface,
    look: Look,
    rect: pygame.Rect,
    text: str,
    colour: Colour,
    icon: str | None,
    shortcut: int | None,
    align: str = "center",
    cap: int | None = None,
) -> TextLayout:
    """Icon + text (+ a small shortcut number), fitted into ``rect``, never clipped; returns
    the text's layout (what size it was drawn at)."""
    m = look.metrics
    boxes = label_boxes(look, rect, bool(icon), shortcut, align)
    if boxes.badge is not None and boxes.badge_rect is not None:
        look.text.draw(surface, boxes.badge, boxes.badge_rect, colour, "left", "middle")
    text_rect = boxes.text
    layout = fit_label(look, text, text_rect.size, cap=cap)
    if icon and boxes.icon is not None:
        icon_rect = boxes.icon.copy()
        if align == "center":  # centre icon and text together
            total = icon_rect.width + m.gap // 2 + layout.width
            icon_rect.left = (boxes.icon.left + text_rect.right) // 2 - total // 2
            text_rect = text_rect.move(icon_rect.right + m.gap // 2 - text_rect.left, 0)
        draw_icon(surface, icon, icon_rect, colour)
        look.text.draw(surface, layout, text_rect, colour, "left", "middle")
    else:
        look.text.draw(
            surface, layout, text_rect, colour, "center" if align == "center" else "left", "middle"
        )
    return layout


class Button(Widget):
    """A labelled push button with an optional icon; ``style`` is normal, primary or danger."""

    def __init__(
        self,
        widget_id: str,
        label: str,
        on_activate: Callable[[], Any] | None = None,
        *,
        icon: str | None = None,
        style: str = "normal",
        rect: pygame.Rect | None = None,
        enabled: bool = True,
        shortcut: int | None = None,
        align: str = "center",
    ) -> None:
        super().__init__(widget_id, rect, enabled=enabled, shortcut=shortcut)
        self.label = label
        self.on_activate = on_activate
        self.icon = icon
        self.style = style
        self.align = align
        self.label_cap: int | None = None  # a size shared with sibling buttons (harmonise_labels)
        self.label_layout: TextLayout | None = None  # how the label was last drawn (tests read it)

    def activate(self, pos: tuple[int, int] | None = None) -> bool:
        if not self.enabled:
            return False
        if self.on_activate is not None:
            self.on_activate()
        return True

    def colours(self, look: Look) -> tuple[Colour, Colour]:
        p = look.palette
        if not self.enabled:
            return p.surface_alt, p.disabled_text
        if self.style == "primary":
            base = p.accent
            text = p.accent_text
        elif self.style == "danger":
            base, text = p.danger, p.danger_text
        else:
            base = p.button_pressed if self.pressed else p.button_hover if self.hovered else p.button
            return base, p.button_text
        if self.pressed or self.hovered:
            base = mix(base, (0, 0, 0), 0.18 if self.pressed else 0.1)
        return base, text

    def describe(self) -> Described:
        return Described("button", self.label, enabled=self.enabled)

    def draw(self, surface: pygame.Surface, look: Look) -> None:
        m, p = look.metrics, look.palette
        base, text = self.colours(look)
        rect = self.rect.move(0, max(1, m.px(2))) if self.pressed else self.rect
        if self.enabled and not self.pressed:
            pygame.draw.rect(surface, p.shadow, self.rect.move(0, max(2, m.px(3))), border_radius=m.radius)
        pygame.draw.rect(surface, base, rect, border_radius=m.radius)
        if self.enabled:
            border = 2 if self.hovered else 1
            pygame.draw.rect(surface, p.border, rect, width=border, border_radius=m.radius)
        else:
            _dashed_rect(surface, p.disabled_text, rect, max(4, m.px(6)), 1)
        label_rect = self.label_rect(rect)
        self.label_layout = _draw_label(
            surface, look, label_rect, self.label, text, self.icon, self.shortcut, self.align, self.label_cap
        )
        self.draw_focus(surface, look)

    def label_rect(self, rect: pygame.Rect) -> pygame.Rect:
        """Where the label is fitted inside the drawn button; a subclass may keep room for a picture."""
        return rect

    def natural_label_size(self, look: Look) -> int | None:
        """The size the label takes alone, before siblings agree on one (harmonise_labels)."""
        boxes = label_boxes(look, self.label_rect(self.rect), bool(self.icon), self.shortcut, self.align)
        return fit_label(look, self.label, boxes.text.size).size


class Toggle(Widget):
    """An on/off setting: a box that shows a check mark when on, and the label beside it."""

    def __init__(
        self,
        widget_id: str,
        label: str,
        value: bool,
        on_change: Callable[[bool], Any],
        *,
        rect: pygame.Rect | None = None,
        enabled: bool = True,
    ) -> None:
        super().__init__(widget_id, rect, enabled=enabled)
        self.label, self.value, self.on_change = label, value, on_change
        # A size shared with sibling toggles (harmonise_labels), so that a list of options
        # does not come out in as many sizes as it has labels.
        self.label_cap: int | None = None
        self.label_layout: TextLayout | None = None  # how the label was last drawn (tests read it)

    def activate(self, pos: tuple[int, int] | None = None) -> bool:
        if not self.enabled:
            return False
        self.value = not self.value
        self.on_change(self.value)
        return True

    def box_rect(self, look: Look) -> pygame.Rect:
        m = look.metrics
        side = min(self.rect.height - 2 * m.px(6), round(m.font_size("button") * 1.2))
        return pygame.Rect(self.rect.left + m.gap, self.rect.centery - side // 2, side, side)

    def text_rect(self, look: Look) -> pygame.Rect:
        box, m = self.box_rect(look), look.metrics
        return pygame.Rect(
            box.right + m.gap, self.rect.top, self.rect.right - box.right - 2 * m.gap, self.rect.height
        )

    def describe(self) -> Described:
        return Described("toggle", self.label, enabled=self.enabled, checked=bool(self.value))

    def draw(self, surface: pygame.Surface, look: Look) -> None:
        m, p = look.metrics, look.palette
        if self.hovered:
            pygame.draw.rect(surface, p.surface_alt, self.rect, border_radius=m.radius)
        box = self.box_rect(look)
        side = box.width
        pygame.draw.rect(surface, p.accent if self.value else p.surface, box, border_radius=max(3, side // 5))
        pygame.draw.rect(surface, p.text, box, width=2, border_radius=max(3, side // 5))
        if self.value:
            draw_icon(surface, "check", box, p.accent_text)
        text_rect = self.text_rect(look)
        self.label_layout = fit_label(look, self.label, text_rect.size, cap=self.label_cap, weight="regular")
        look.text.draw(
            surface,
            self.label_layout,
            text_rect,
            p.text if self.enabled else p.disabled_text,
            "left",
            "middle",
        )
        self.draw_focus(surface, look)

    def natural_label_size(self, look: Look) -> int | None:
        """The size the label takes alone, before siblings agree on one (harmonise_labels)."""
        return fit_label(look, self.label, self.text_rect(look).size, weight="regular").size


class ToggleGroup(Widget):
    """A segmented control: one of a few options. Left/Right (or a click) picks one.

    The selected option is filled *and* carries a check mark.
    """

    def __init__(
        self,
        widget_id: str,
        options: Sequence[tuple[Any, str]],
        value: Any,
        on_change: Callable[[Any], Any],
        *,
        rect: pygame.Rect | None = None,
        enabled: bool = True,
        short_labels: Sequence[str] | None = None,
    ) -> None:
        super().__init__(widget_id, rect, enabled=enabled)
        self.options = list(options)
        self.short_labels = list(short_labels) if short_labels else None  # used when a label would wrap
        self.value = value
        self.on_change = on_change

    def option_rects(self) -> list[pygame.Rect]:
        count = max(1, len(self.options))
        w = self.rect.width // count
        return [
            pygame.Rect(
                self.rect.left + i * w,
                self.rect.top,
                w if i < count - 1 else self.rect.width - i * w,
                self.rect.height,
            )
            for i in range(count)
        ]

    def _index(self) -> int:
        values = [v for v, _ in self.options]
        return values.index(self.value) if self.value in values else 0

    def select(self, index: int) -> bool:
        index = max(0, min(len(self.options) - 1, index))
        value = self.options[index][0]
        if value == self.value:
            return False
        self.value = value
        self.on_change(value)
        return True

    def activate(self, pos: tuple[int, int] | None = None) -> bool:
        if not self.enabled:
            return False
        if pos is not None:
            for index, rect in enumerate(self.option_rects()):
                if rect.collidepoint(pos):
                    self.select(index)
                    return True
            return False
        return self.select((self._index() + 1) % len(self.options))  # keyboard: cycle

    def handle_key(self, event: pygame.event.Event) -> bool:
        if event.key == pygame.K_LEFT:
            return self.select(self._index() - 1) or True
        if event.key == pygame.K_RIGHT:
            return self.select(self._index() + 1) or True
        return False

    def _natural_sizes(self, look: Look, labels: list[str]) -> list[tuple[int, int]]:
        """(size, lines) of each option's label alone, measured beside a check mark (as if
        selected), so that choosing another option never changes the sizes."""
        found = []
        for label, rect in zip(labels, self.option_rects(), strict=True):
            box = label_boxes(look, rect, True, None).text.size
            layout = fit_label(look, label, box)
            found.append((layout.size, len(layout.lines)))
        return found

    def _labels_fit(self, look: Look, labels: list[str]) -> bool:
        """Would every label fit on one line beside its check mark, at 3/4 size or more?"""
        full = look.metrics.font_size("button")
        return all(lines == 1 and size >= full * 3 // 4 for size, lines in self._natural_sizes(look, labels))

    def describe(self) -> Described:
        chosen = next((label for value, label in self.options if value == self.value), None)
        return Described("choice", self.accessible_name, chosen, enabled=self.enabled)

    def draw(self, surface: pygame.Surface, look: Look) -> None:
        m, p = look.metrics, look.palette
        pygame.draw.rect(surface, p.button, self.rect, border_radius=m.radius)
        labels = [label for _, label in self.options]
        if self.short_labels and not self._labels_fit(look, labels):
            labels = self.short_labels
        # the options of one control in one size (a long name does not make its own size)
        sizes = [size for size, _ in self._natural_sizes(look, labels)]
        cap = shared_cap(look, sizes) or min(sizes, default=None)
        self.label_layouts: list[TextLayout] = []
        for (value, _), label, rect in zip(self.options, labels, self.option_rects(), strict=True):
            selected = value == self.value
            if selected:
                pygame.draw.rect(surface, p.accent, rect.inflate(-4, -4), border_radius=m.radius)
            colour = p.accent_text if selected else p.button_text
            self.label_layouts.append(
                _draw_label(surface, look, rect, label, colour, "check" if selected else None, None, cap=cap)
            )
        pygame.draw.rect(surface, p.border, self.rect, width=2 if self.hovered else 1, border_radius=m.radius)
        self.draw_focus(surface, look)


class Stepper(Widget):
    """A number with − and + : type size 100–200 %. Left/Right, −/+ keys, clicks and taps."""

    def __init__(
        self,
        widget_id: str,
        value: float,
        minimum: float,
        maximum: float,
        step: float,
        format_value: Callable[[float], str],
        on_change: Callable[[float], Any],
        *,
        rect: pygame.Rect | None = None,
        enabled: bool = True,
    ) -> None:
        super().__init__(widget_id, rect, enabled=enabled)
        self.value, self.minimum, self.maximum, self.step = value, minimum, maximum, step
        self.format_value, self.on_change = format_value, on_change

    def change(self, steps: int) -> bool:
        new = round(min(self.maximum, max(self.minimum, self.value + steps * self.step)), 4)
        if new == self.value:
            return False
        self.value = new
        self.on_change(new)
        return True

    def parts(self) -> tuple[pygame.Rect, pygame.Rect, pygame.Rect]:
        side = self.rect.height
        minus = pygame.Rect(self.rect.left, self.rect.top, side, side)
        plus = pygame.Rect(self.rect.right - side, self.rect.top, side, side)
        return minus, pygame.Rect(minus.right, self.rect.top, plus.left - minus.right, side), plus

    def activate(self, pos: tuple[int, int] | None = None) -> bool:
        if not self.enabled or pos is None:
            return False
        minus, _, plus = self.parts()
        if minus.collidepoint(pos):
            self.change(-1)
        elif plus.collidepoint(pos):
            self.change(1)
        return True

    def handle_key(self, event: pygame.event.Event) -> bool:
        if event.key in (pygame.K_LEFT, pygame.K_MINUS, pygame.K_KP_MINUS):
            return self.change(-1) or True
        if event.key in (pygame.K_RIGHT, pygame.K_PLUS, pygame.K_KP_PLUS, pygame.K_EQUALS):
            return self.change(1) or True
        return False

    def describe(self) -> Described:
        return Described("stepper", self.accessible_name, self.format_value(self.value), enabled=self.enabled)

    def draw(self, surface: pygame.Surface, look: Look) -> None:
        m, p = look.metrics, look.palette
        minus, middle, plus = self.parts()
        pygame.draw.rect(surface, p.surface, self.rect, border_radius=m.radius)
        for rect, icon, possible in (
            (minus, "minus", self.value > self.minimum),
            (plus, "plus", self.value < self.maximum),
        ):
            pygame.draw.rect(
                surface, p.button if possible else p.surface_alt, rect.inflate(-6, -6), border_radius=m.radius
            )
            draw_icon(
                surface,
                icon,
                rect.inflate(-rect.width // 3, -rect.height // 3),
                p.button_text if possible else p.disabled_text,
            )
        look.text.draw_fitted(
            surface,
            self.format_value(self.value),
            middle.inflate(-m.gap, -4),
            p.text,
            m.font_size("button"),
            m.min_font_size,
            "bold",
            "center",
            "middle",
        )
        pygame.draw.rect(surface, p.border, self.rect, width=2 if self.hovered else 1, border_radius=m.radius)
        self.draw_focus(surface, look)


def page_buttons(
    prefix: str,
    rects: tuple[pygame.Rect, pygame.Rect],
    labels: tuple[str, str],
    page: int,
    pages: int,
    turn: Callable[[int], Any],
) -> list[Button]:
    """Previous and Next for a list shown a page at a time (``{prefix}-previous`` is off on
    the first page, ``{prefix}-next`` on the last)."""
    previous, following = rects
    back = Button(f"previous-{prefix}", labels[0], lambda: turn(-1), icon="back", rect=previous)
    forward = Button(f"next-{prefix}", labels[1], lambda: turn(1), icon="next", rect=following)
    back.enabled, forward.enabled = page > 0, page < pages - 1
    return [back, forward]
