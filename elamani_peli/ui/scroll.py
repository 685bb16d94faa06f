"""A focusable box of long text that scrolls: help services, the problems list, the guide.

Content is a list of :class:`Block` (heading, paragraph, bullet, note). It is laid out once
per width into one tall surface, so scrolling only blits. Wheel, Up/Down, PageUp/PageDown,
Home/End while focused, and finger drags all scroll; a scroll bar shows where you are.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import pygame

from .accessible import Described
from .look import Look
from .widgets import Widget

BlockKind = Literal["title", "heading", "paragraph", "bullet", "note", "strong"]


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    text: str


_ROLE = {
    "title": ("title", "bold"),
    "heading": ("heading", "bold"),
    "paragraph": ("body", "regular"),
    "bullet": ("body", "regular"),
    "note": ("small", "regular"),
    "strong": ("body", "bold"),
}


class ScrollText(Widget):
    """Scrollable blocks of text. Never clips a line sideways: text wraps to the width."""

    def __init__(self, widget_id: str, blocks: list[Block], rect: pygame.Rect | None = None) -> None:
        super().__init__(widget_id, rect)
        self.blocks = blocks
        self.offset = 0
        self._page: pygame.Surface | None = None
        self._page_key: tuple | None = None
        self._drag_y: float | None = None
        self._viewport_height = 0  # the visible height of the page, known once drawn

    def texts(self) -> list[str]:
        return [block.text for block in self.blocks]

    def describe(self) -> Described:
        return Described("text", self.accessible_name)

    def _render_page(self, look: Look) -> pygame.Surface:
        m, p = look.metrics, look.palette
        width = self.rect.width - 2 * m.gap - m.px(10)
        key = (width, m, p, tuple(self.blocks))
        if self._page is not None and self._page_key == key:
            return self._page
        pieces: list[tuple[int, int, pygame.Surface]] = []
        y = 0
        for index, block in enumerate(self.blocks):
            role, weight = _ROLE[block.kind]
            indent = m.px(28) if block.kind == "bullet" else 0
            if block.kind in ("heading", "title") and index > 0:
                y += m.gap
            layout = look.text.layout_at(block.text, m.font_size(role), width - indent, weight)
            colour = p.text_muted if block.kind == "note" else p.text
            if block.kind == "bullet":
                radius = max(3, m.font_size(role) // 7)
                dot = pygame.Surface((radius * 2, radius * 2), pygame.SRCALPHA)
                pygame.draw.circle(dot, colour, (radius, radius), radius)
                pieces.append((m.px(8), y + layout.line_height // 2 - radius, dot))
            pieces.append((indent, y, look.text.render(layout, colour)))
            y += layout.height + (m.gap // 2 if block.kind == "bullet" else m.gap)
        page = pygame.Surface((max(1, width), max(1, y)), pygame.SRCALPHA)
        for x, top, piece in pieces:
            page.blit(piece, (x, top))
        self._page, self._page_key = page, key
        return page

    @property
    def max_offset(self) -> int:
        if self._page is None:
            return 0
        return max(0, self._page.get_height() - self._viewport_height)

    def scroll(self, pixels: float) -> bool:
        new = max(0, min(self.max_offset, round(self.offset + pixels)))
        changed, self.offset = new != self.offset, new
        return changed

    def handle_key(self, event: pygame.event.Event) -> bool:
        line = max(20, self.rect.height // 12)
        page = self.rect.height * 9 // 10
        steps = {
            pygame.K_DOWN: line,
            pygame.K_UP: -line,
            pygame.K_PAGEDOWN: page,
            pygame.K_PAGEUP: -page,
            pygame.K_HOME: -(10**9),
            pygame.K_END: 10**9,
        }
        if event.key in steps:
            if event.key in (pygame.K_UP, pygame.K_DOWN) and self.max_offset == 0:
                return False  # nothing to scroll: let the arrows move focus
            self.scroll(steps[event.key])
            return True
        return False

    def handle_pointer(self, event: pygame.event.Event, size: tuple[int, int]) -> bool:
        """Wheel and finger drags over the box; the Form calls this for every pointer event."""
        if event.type == pygame.MOUSEWHEEL:
            if self.rect.collidepoint(pygame.mouse.get_pos()) or self.focused:
                return self.scroll(-event.y * max(30, self.rect.height // 8))
            return False
        if event.type == pygame.FINGERDOWN and self.rect.collidepoint(event.x * size[0], event.y * size[1]):
            self._drag_y = event.y * size[1]
        elif event.type == pygame.FINGERMOTION and self._drag_y is not None:
            y = event.y * size[1]
            moved = self.scroll(self._drag_y - y)
            self._drag_y = y
            return moved
        elif event.type == pygame.FINGERUP:
            self._drag_y = None
        return False

    def draw(self, surface: pygame.Surface, look: Look) -> None:
        m, p = look.metrics, look.palette
        look.panel(surface, self.rect, shadow=False)
        page = self._render_page(look)
        inner = self.rect.inflate(-2 * m.gap, -2 * m.gap)
        self._viewport_height = inner.height
        self.offset = min(self.offset, self.max_offset)
        surface.blit(page, inner.topleft, pygame.Rect(0, self.offset, inner.width, inner.height))
        if self.max_offset:
            track = pygame.Rect(self.rect.right - m.px(10) - 4, inner.top, m.px(8), inner.height)
            pygame.draw.rect(surface, p.surface_alt, track, border_radius=track.width // 2)
            visible = inner.height / page.get_height()
            thumb_h = max(m.px(24), round(track.height * visible))
            thumb_y = track.top + round((track.height - thumb_h) * self.offset / self.max_offset)
            pygame.draw.rect(
                surface,
                p.text_muted,
                (track.left, thumb_y, track.width, thumb_h),
                border_radius=track.width // 2,
            )
        self.draw_focus(surface, look)
