"""Sizes relative to the window and the player's type scale.

Nothing in a scene is a fixed pixel size: spacing follows the window (``unit`` is 1.0 at
1280×720), type follows the window *and* the text-scale preference (100–200 %). Scenes
split rectangles with the helpers below instead of computing coordinates by hand.
"""

from __future__ import annotations

from dataclasses import dataclass

import pygame

MIN_WINDOW = (960, 600)
REFERENCE = (1280, 720)

#: Base pixel sizes at 1280×720 and 100 % type.
TYPE_SCALE = {
    "display": 64,  # the game's name on the title
    "title": 44,
    "heading": 34,
    "body": 28,
    "button": 26,
    "small": 21,
}


@dataclass(frozen=True)
class Metrics:
    """Every size a scene needs for one window size and text scale."""

    width: int
    height: int
    text_scale: float = 1.0
    strong_focus: bool = False

    @property
    def unit(self) -> float:
        """Spacing scale: 1.0 at 1280×720, larger on big screens, never below 0.6."""
        return max(0.6, min(self.width / REFERENCE[0], self.height / REFERENCE[1]))

    @property
    def type_unit(self) -> float:
        """Type grows slower than the window so 4K is not comically large."""
        return self.unit**0.8

    def font_size(self, role: str) -> int:
        return max(8, round(TYPE_SCALE[role] * self.type_unit * self.text_scale))

    def floor(self, role: str) -> int:
        """The role's size at 100 % type in this window: larger type settings never shrink a
        text below it (story text, the follow-up, labels wrap or scroll instead)."""
        return max(8, round(TYPE_SCALE[role] * self.type_unit))

    @property
    def min_font_size(self) -> int:
        """The smallest a fitted text may shrink to before legibility suffers."""
        return max(8, round(TYPE_SCALE["small"] * self.type_unit * 0.8))

    def px(self, value: float) -> int:
        """``value`` reference pixels at this window size."""
        return max(1, round(value * self.unit))

    @property
    def pad(self) -> int:
        return self.px(24)

    @property
    def gap(self) -> int:
        return self.px(12)

    @property
    def radius(self) -> int:
        return self.px(14)

    @property
    def focus_width(self) -> int:
        return max(6, self.px(8)) if self.strong_focus else max(3, self.px(4))

    @property
    def button_height(self) -> int:
        """Tall enough for one line of button text at the current type size, and a fingertip."""
        return max(self.px(44), round(self.font_size("button") * 1.9))

    @property
    def header_height(self) -> int:
        return max(self.px(56), round(self.font_size("button") * 2.2))

    @property
    def window(self) -> pygame.Rect:
        return pygame.Rect(0, 0, self.width, self.height)

    @property
    def header(self) -> pygame.Rect:
        """The strip at the top holding the scene title and the Help and Pause buttons."""
        return pygame.Rect(0, 0, self.width, self.header_height)

    @property
    def body(self) -> pygame.Rect:
        """Below the header, inside the margins."""
        top = self.header_height + self.gap
        return pygame.Rect(self.pad, top, self.width - 2 * self.pad, self.height - top - self.pad)


def rows(rect: pygame.Rect, count: int, gap: int, height: int | None = None) -> list[pygame.Rect]:
    """``count`` rectangles stacked vertically; each ``height`` tall or sharing ``rect`` equally."""
    if count <= 0:
        return []
    h = height if height is not None else (rect.height - gap * (count - 1)) // count
    return [pygame.Rect(rect.left, rect.top + i * (h + gap), rect.width, h) for i in range(count)]


def columns(rect: pygame.Rect, count: int, gap: int) -> list[pygame.Rect]:
    """``count`` rectangles side by side, sharing ``rect`` equally."""
    if count <= 0:
        return []
    w = (rect.width - gap * (count - 1)) // count
    return [pygame.Rect(rect.left + i * (w + gap), rect.top, w, rect.height) for i in range(count)]


def split_left(rect: pygame.Rect, width: int, gap: int = 0) -> tuple[pygame.Rect, pygame.Rect]:
    """A column of ``width`` on the left and the rest."""
    width = min(width, rect.width)
    left = pygame.Rect(rect.left, rect.top, width, rect.height)
    right = pygame.Rect(rect.left + width + gap, rect.top, max(0, rect.width - width - gap), rect.height)
    return left, right


def split_top(rect: pygame.Rect, height: int, gap: int = 0) -> tuple[pygame.Rect, pygame.Rect]:
    """A band of ``height`` at the top and the rest."""
    height = min(height, rect.height)
    top = pygame.Rect(rect.left, rect.top, rect.width, height)
    rest = pygame.Rect(rect.left, rect.top + height + gap, rect.width, max(0, rect.height - height - gap))
    return top, rest


def centered(rect: pygame.Rect, width: int, height: int) -> pygame.Rect:
    """A ``width``×``height`` box centred in ``rect`` (shrunk to fit it)."""
    box = pygame.Rect(0, 0, min(width, rect.width), min(height, rect.height))
    box.center = rect.center
    return box


def grid(
    rect: pygame.Rect, count: int, item_height: int, gap: int, max_columns: int = 3
) -> list[pygame.Rect]:
    """``count`` items in as few columns as let them fit ``rect``'s height (items shrink if even
    ``max_columns`` do not), filled column by column so reading order stays top to bottom."""
    if count <= 0:
        return []
    columns_needed = max_columns
    for n in range(1, max_columns + 1):
        per_column = -(-count // n)
        if per_column * item_height + (per_column - 1) * gap <= rect.height:
            columns_needed = n
            break
    per_column = -(-count // columns_needed)
    height = min(item_height, (rect.height - (per_column - 1) * gap) // per_column)
    cells: list[pygame.Rect] = []
    for column_rect in columns(rect, columns_needed, gap):
        cells.extend(rows(column_rect, per_column, gap, height))
    return cells[:count]


def split_bottom(rect: pygame.Rect, height: int, gap: int = 0) -> tuple[pygame.Rect, pygame.Rect]:
    """The rest and a band of ``height`` at the bottom (a row of buttons under a text)."""
    height = min(height, rect.height)
    rest = pygame.Rect(rect.left, rect.top, rect.width, max(0, rect.height - height - gap))
    return rest, pygame.Rect(rect.left, rect.bottom - height, rect.width, height)
