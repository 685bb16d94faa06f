"""Where the board's spaces go on screen: a serpentine path fitted to any rectangle.

Pure arithmetic on plain tuples, no pygame, so that the layout can be tested at every
window size (960×600 … 3840×2160) without opening a window. The board scene calls
:func:`serpentine_layout` on every resize and draws whatever it returns.

The path runs left to right on the first row, right to left on the next, and so on, so
consecutive spaces always touch (at a row's end the next space sits directly below).
The number of columns is chosen to make the spaces as large as the rectangle allows.
"""

from __future__ import annotations

import functools
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


def space_parts(tile: Box, text_scale: float = 1.0) -> tuple[Box, Box]:
    """The icon's circle (its bounding box) and the box of the name inside a space.

    Larger type (Settings) gives the name more of the space and the icon a little less. The
    board draws a space with these boxes and places its tokens round them, so the two agree.
    """
    x, y, w, h = tile
    scale = min(max(text_scale, 1.0), 2.0)
    inset_x, inset_y = max(4, w // 12), max(4, h // 12)
    left, top, inner_w, inner_h = x + inset_x // 2, y + inset_y // 2, w - inset_x, h - inset_y
    side = round(inner_h * (0.5 - 0.15 * (scale - 1.0)))
    circle = (left + inner_w // 2 - side // 2, top, side, side)
    name_top = top + side + 1
    return circle, (left, name_top, inner_w, top + inner_h - name_top)


TOKEN_RATIO = 0.22
"""A lone token's radius, as a fraction of a space's height."""
TOKEN_FLOOR_RATIO = 0.14
"""Below this radius tokens sharing a space overlap a little (a fan) instead of shrinking."""
FAN_OVERLAP = 0.3
"""How much of its width a fanned token may hide under its neighbour."""


def token_shadow(radius: int) -> int:
    """How far a token's shadow falls below it (kept off the icon and the name, too)."""
    return max(2, radius // 6)


@functools.lru_cache(maxsize=512)
def token_spots(count: int, tile: Box, text_scale: float = 1.0) -> tuple[tuple[int, int, int], ...]:
    """Centres and radius ``(x, y, r)`` for ``count`` tokens sharing one space.

    The tokens sit round the space's icon, never on it or on the name: in the top corners
    first, then along the top edge and above the icon, reaching into the gap round the
    space (upwards nearly across it — the space above keeps its name at its bottom — and
    sideways less than half of it, so neighbours' tokens never meet). They are as large as
    ``count`` of them fit there, up to :data:`TOKEN_RATIO` of the space; from
    :data:`TOKEN_FLOOR_RATIO` down they overlap a little instead of shrinking further. In
    the order given, left to right.
    """
    if count < 1:
        return ()
    h = tile[3]
    largest = max(4, round(h * TOKEN_RATIO))
    floor = max(4, round(h * TOKEN_FLOOR_RATIO))
    for radius in range(largest, floor - 1, -1):
        spots = _pack(count, tile, text_scale, radius, 0.0)
        if spots is not None:
            return spots
    for radius in range(floor, 3, -1):
        spots = _pack(count, tile, text_scale, radius, FAN_OVERLAP)
        if spots is not None:
            return spots
    x, y, w, _ = tile  # a space too small for anything better: a row on the top edge
    step = w / count
    return tuple((round(x + step * (i + 0.5)), y, max(2, round(step / 2.2))) for i in range(count))


def _pack(
    count: int, tile: Box, text_scale: float, radius: int, overlap: float
) -> tuple[tuple[int, int, int], ...] | None:
    """``count`` discs of ``radius`` placed greedily, nearest the top corners first; None if
    they do not fit without covering the icon or the name."""
    x, y, w, h = tile
    gap = h * GAP_RATIO
    (icon_x, icon_y, icon_d, _), (_, name_top, _, _) = space_parts(tile, text_scale)
    shadow = token_shadow(radius)
    icon_cx, icon_cy = icon_x + icon_d / 2, icon_y + icon_d / 2
    icon_r = icon_d / 2 + max(1, h // 40) + shadow
    left, right = x - gap * 0.45 + radius, x + w + gap * 0.45 - radius
    top, bottom = y - gap * 0.85 + radius, name_top - radius - shadow - 1
    if left > right or top > bottom:
        return None
    step = max(1, radius // 3)
    apart = 2 * radius * (1 - overlap) + max(1, radius // 6)
    corners = ((x, y), (x + w, y))
    candidates = [
        (cx, cy)
        for cx in _steps(left, right, step)
        for cy in _steps(top, bottom, step)
        if math.hypot(cx - icon_cx, cy - icon_cy) >= icon_r + radius
    ]
    candidates.sort(key=lambda c: (min(math.hypot(c[0] - a, c[1] - b) for a, b in corners), c[0]))
    placed: list[tuple[float, float]] = []
    for cx, cy in candidates:
        if all(math.hypot(cx - px, cy - py) >= apart for px, py in placed):
            placed.append((cx, cy))
            if len(placed) == count:
                return tuple((round(px), round(py), radius) for px, py in sorted(placed))
    return None


def _steps(low: float, high: float, step: int) -> list[float]:
    """``low`` to ``high`` by ``step``, both ends included (the extremes are the best spots)."""
    values = [low + i * step for i in range(int((high - low) // step) + 1)]
    return values if values and values[-1] == high else [*values, high]
