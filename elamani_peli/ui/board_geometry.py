"""Where the board's spaces go on screen: a serpentine path fitted to any rectangle.

Pure arithmetic on plain tuples, no pygame, so that the layout can be tested at every
window size (960×600 … 3840×2160) without opening a window. The board scene calls
:func:`serpentine_layout` on every resize and draws whatever it returns.

The path runs left to right on the first row, right to left on the next, and so on, so
consecutive spaces always touch (at a row's end the next space sits directly below).
The number of columns is chosen to make the spaces as large as the rectangle allows.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

Box = tuple[int, int, int, int]
"""``(x, y, width, height)`` in pixels, like ``pygame.Rect`` but without pygame."""

TILE_ASPECT = 1.2
"""Width of a space over its height: a little wider than tall leaves room for its name."""
GAP_RATIO = 0.28
"""Gap between spaces, as a fraction of a space's height (tokens and the path show in it)."""


@dataclass(frozen=True)
class BoardLayout:
    """Rectangles of the spaces in path order, and the grid they were placed on."""

    tiles: tuple[Box, ...]
    columns: int
    rows: int
    gap: int

    def center(self, index: int) -> tuple[float, float]:
        x, y, w, h = self.tiles[index]
        return (x + w / 2, y + h / 2)

    def point_along(self, position: float) -> tuple[float, float]:
        """A point on the path; ``2.5`` is halfway between the centres of spaces 2 and 3.

        Used to move a token smoothly from space to space.
        """
        last = len(self.tiles) - 1
        position = min(max(position, 0.0), float(last))
        low = math.floor(position)
        high = min(low + 1, last)
        t = position - low
        (x0, y0), (x1, y1) = self.center(low), self.center(high)
        return (x0 + (x1 - x0) * t, y0 + (y1 - y0) * t)


def _tile_height_for(columns: int, count: int, width: int, height: int) -> float:
    rows = math.ceil(count / columns)
    by_width = width / (TILE_ASPECT * columns + GAP_RATIO * (columns - 1))
    by_height = height / (rows + GAP_RATIO * (rows - 1))
    return min(by_width, by_height)


def serpentine_layout(count: int, area: Box) -> BoardLayout:
    """Place ``count`` spaces in a snaking path, as large as fits, centred in ``area``."""
    if count < 1:
        raise ValueError("a board needs at least one space")
    ax, ay, aw, ah = area
    aw, ah = max(aw, 1), max(ah, 1)
    columns = max(range(1, count + 1), key=lambda c: (_tile_height_for(c, count, aw, ah), -c))
    rows = math.ceil(count / columns)
    tile_h = _tile_height_for(columns, count, aw, ah)
    tile_w = tile_h * TILE_ASPECT
    gap = tile_h * GAP_RATIO
    grid_w = columns * tile_w + (columns - 1) * gap
    grid_h = rows * tile_h + (rows - 1) * gap
    left = ax + (aw - grid_w) / 2
    top = ay + (ah - grid_h) / 2
    tiles: list[Box] = []
    for index in range(count):
        row, along = divmod(index, columns)
        column = along if row % 2 == 0 else columns - 1 - along
        x = left + column * (tile_w + gap)
        y = top + row * (tile_h + gap)
        tiles.append((round(x), round(y), math.floor(tile_w), math.floor(tile_h)))
    return BoardLayout(tiles=tuple(tiles), columns=columns, rows=rows, gap=round(gap))


def token_spots(count: int, tile: Box) -> list[tuple[int, int, int]]:
    """Centres and radius ``(x, y, r)`` for ``count`` tokens sharing one space.

    The tokens sit in a row across the tile's top edge, half outside it, so that the
    space's icon and name stay readable underneath.
    """
    if count < 1:
        return []
    x, y, w, h = tile
    radius = max(4, min(round(h * 0.22), math.floor(w / (2.2 * count + 0.2))))
    spacing = radius * 2.2
    first = x + w / 2 - spacing * (count - 1) / 2
    return [(round(first + i * spacing), y, radius) for i in range(count)]
