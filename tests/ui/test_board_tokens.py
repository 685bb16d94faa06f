"""Tokens on the board (finding 20): round a space's icon, never on it, and six on one space
still large enough to tell apart — at 1280×720, and at 960×600 with 200 % type."""

from __future__ import annotations

import pygame
import pytest

from elamani_peli.ui import game_flow
from elamani_peli.ui.board_geometry import space_parts, token_spots
from elamani_peli.ui.pilot import Pilot
from elamani_peli.ui.prefs import Preferences
from elamani_peli.ui.samples import sample_session


@pytest.mark.parametrize(("size", "scale"), [((1280, 720), 1.0), ((960, 600), 2.0)])
def test_six_tokens_at_the_start_leave_its_icon_and_name_as_drawn(size, scale, tmp_path):
    with Pilot.start(size, seed=3, language="fi", prefs=Preferences(text_scale=scale)) as pilot:
        pilot.app.scenes.push(game_flow.open_session(pilot.app, sample_session(pilot.app, 3, players=6)))
        pilot.advance()
        board = pilot.scene
        assert board.name == "board" and {p.position for p in board.table.state.players} == {0}
        pilot.screenshot(tmp_path / "six.png")
        tile = board.layout.tiles[0]
        layer = board._board_layer()  # the spaces as drawn, without tokens
        offset = board.board_area.topleft
        screen = pilot.surface
        circle, name = (pygame.Rect(box) for box in space_parts(tile, scale))
        for box in (circle, name):
            for x in range(box.left, box.right, 2):
                for y in range(box.top, box.bottom, 2):
                    inside = (x - circle.centerx) ** 2 + (y - circle.centery) ** 2 < (circle.width / 2) ** 2
                    if box is circle and not inside:
                        continue
                    assert screen.get_at((x, y)) == layer.get_at((x - offset[0], y - offset[1])), (x, y)
        spots = token_spots(6, tile, scale)
        assert min(r for _, _, r in spots) * 2 >= (24 if size == (1280, 720) else 18)
        for x, y, r in spots:  # each token is drawn where it was placed: its picture shows
            centre = pygame.Rect(x - r // 3, y - r // 3, 2 * (r // 3), 2 * (r // 3))
            drawn = {tuple(screen.get_at(p)) for p in _points(centre)}
            bounds = layer.get_rect()
            below = {
                tuple(layer.get_at(q)) if bounds.collidepoint(q) else tuple(board.app.look.palette.background)
                for q in ((px - offset[0], py - offset[1]) for px, py in _points(centre))
            }
            assert drawn != below


def _points(rect: pygame.Rect) -> list[tuple[int, int]]:
    return [(x, y) for x in range(rect.left, rect.right) for y in range(rect.top, rect.bottom)]
