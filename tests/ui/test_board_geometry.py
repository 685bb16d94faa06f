"""The board's serpentine layout fits any window and keeps the path connected."""

from __future__ import annotations

import itertools
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from elamani_peli.ui.anim import DieRoll, TokenWalk
from elamani_peli.ui.board_geometry import (
    FAN_OVERLAP,
    GAP_RATIO,
    TOKEN_FLOOR_RATIO,
    serpentine_layout,
    space_parts,
    token_shadow,
    token_spots,
)

SIZES = [(960, 600), (1280, 720), (1920, 1080), (3840, 2160), (600, 900)]


def _overlap(a, b) -> bool:
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    return ax < bx + bw and bx < ax + aw and ay < by + bh and by < ay + ah


@given(
    count=st.integers(min_value=2, max_value=60),
    width=st.integers(min_value=200, max_value=3840),
    height=st.integers(min_value=150, max_value=2160),
)
def test_tiles_stay_inside_the_area_and_never_overlap(count, width, height):
    area = (17, 23, width, height)
    layout = serpentine_layout(count, area)
    assert len(layout.tiles) == count
    for x, y, w, h in layout.tiles:
        assert w > 0 and h > 0
        assert x >= area[0] - 1 and y >= area[1] - 1
        assert x + w <= area[0] + width + 1 and y + h <= area[1] + height + 1
    for i, a in enumerate(layout.tiles):
        for b in layout.tiles[i + 1 :]:
            assert not _overlap(a, b)


@pytest.mark.parametrize("size", SIZES)
def test_consecutive_spaces_are_neighbours(size):
    layout = serpentine_layout(36, (0, 0, *size))
    step = max(layout.tiles[0][2], layout.tiles[0][3]) + layout.gap + 2
    for i in range(35):
        (x0, y0), (x1, y1) = layout.center(i), layout.center(i + 1)
        assert abs(x0 - x1) + abs(y0 - y1) <= step, (i, layout.tiles[i], layout.tiles[i + 1])


def test_a_wide_window_gets_fewer_rows_than_a_tall_one():
    wide = serpentine_layout(36, (0, 0, 1920, 700))
    tall = serpentine_layout(36, (0, 0, 900, 1600))
    assert wide.columns > tall.columns
    assert wide.rows < tall.rows


def test_spaces_grow_with_the_window():
    small = serpentine_layout(36, (0, 0, 940, 400))
    large = serpentine_layout(36, (0, 0, 3800, 1700))
    assert large.tiles[0][3] > 3 * small.tiles[0][3]


def test_point_along_interpolates_between_centres_and_clamps():
    layout = serpentine_layout(10, (0, 0, 1000, 400))
    assert layout.point_along(3) == layout.center(3)
    (x0, y0), (x1, y1) = layout.center(3), layout.center(4)
    assert layout.point_along(3.5) == ((x0 + x1) / 2, (y0 + y1) / 2)
    assert layout.point_along(-4) == layout.center(0)
    assert layout.point_along(99) == layout.center(9)


TILES = [(100, 100, 99, 83), (100, 100, 76, 64), (40, 300, 220, 183), (0, 0, 48, 40)]


@pytest.mark.parametrize("scale", [1.0, 1.5, 2.0])
@pytest.mark.parametrize("tile", TILES)
@pytest.mark.parametrize("count", [1, 2, 3, 4, 5, 6])
def test_tokens_sit_round_the_icon_never_on_it_or_on_the_name(count, tile, scale):
    x, y, w, h = tile
    spots = token_spots(count, tile, scale)
    (ix, iy, side, _), (_, ny, _, _) = space_parts(tile, scale)
    gap = h * GAP_RATIO
    assert len(spots) == count
    assert [s[:2] for s in spots] == sorted(s[:2] for s in spots)  # left to right, in player order
    for cx, cy, r in spots:
        shadow = token_shadow(r)  # falls below the token: kept off the icon and the name too
        assert math.hypot(cx - (ix + side / 2), cy - (iy + side / 2)) >= side / 2 + r + shadow
        assert cy + r + shadow < ny  # above the name's box
        # inside the gap round the space: sideways less than half of it, upwards less than all
        assert x - gap / 2 <= cx - r and cx + r <= x + w + gap / 2 and cy - r >= y - gap
    for (xa, ya, ra), (xb, yb, rb) in itertools.combinations(spots, 2):
        assert math.hypot(xb - xa, yb - ya) >= (ra + rb) * (1 - FAN_OVERLAP)


@pytest.mark.parametrize("scale", [1.0, 2.0])
@pytest.mark.parametrize("tile", TILES[:3])
def test_six_tokens_on_one_space_stay_large_enough_to_tell_apart(tile, scale):
    """Finding 20: six tokens shrank to ~12 px dots. Now sized from the space, never below
    :data:`TOKEN_FLOOR_RATIO` of it (and no smaller than two in five of a lone token)."""
    lone = token_spots(1, tile, scale)[0][2]
    six = token_spots(6, tile, scale)
    assert lone == round(tile[3] * 0.22)
    assert all(r >= round(tile[3] * TOKEN_FLOOR_RATIO) and r * 5 >= lone * 2 for _, _, r in six)


def test_token_walk_steps_forward_and_back_and_reduced_motion_is_instant():
    walk = TokenWalk.between(2, 6, reduced_motion=False)
    assert walk.position == 2
    walk.update(walk.duration / 2)
    assert walk.position == pytest.approx(4)
    walk.update(10)
    assert walk.done and walk.position == 6
    back = TokenWalk.between(6, 3, reduced_motion=False)
    back.update(back.duration / 3)
    assert back.position == pytest.approx(5)
    instant = TokenWalk.between(0, 5, reduced_motion=True)
    assert instant.done and instant.position == 5
    assert instant.update(0.1) is False


def test_die_lands_on_its_value_and_never_shows_it_while_tumbling():
    roll = DieRoll.landing_on(4, reduced_motion=False)
    seen = set()
    while not roll.done:
        seen.add(roll.face)
        roll.update(0.03)
    assert 4 not in seen and roll.face == 4 and roll.tilt == 0
    skipped = DieRoll.landing_on(2, reduced_motion=False)
    skipped.skip()
    assert skipped.face == 2
