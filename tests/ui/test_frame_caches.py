"""Pictures kept between frames (the board's spaces, a panel's shadow, the modal scrim) never
show a stale size, language or look: after a resize, a language switch or a settings change
the screen is the same, pixel for pixel, as a fresh render with those settings."""

from __future__ import annotations

import pygame
import pytest

from elamani_peli.ui.pilot import Pilot
from elamani_peli.ui.prefs import Preferences
from elamani_peli.ui.scene import Scene


def _render(scene: str, size: tuple[int, int], language: str, **prefs: object) -> bytes:
    with Pilot.start(size, language=language, prefs=Preferences(language=language, **prefs)) as pilot:
        pilot.app.registry.get(scene).sample(pilot.app, 3)
        pilot.advance(ms=500)
        pilot.app.draw()
        return pygame.image.tobytes(pilot.surface, "RGB")


CHANGES = {
    "resize": lambda app: app.resize((1600, 900)),
    "language": lambda app: app.set_language("fi"),
    "high contrast": lambda app: app.update_prefs(high_contrast=True),
    "text scale": lambda app: app.update_prefs(text_scale=1.5),
}
AFTER = {
    "resize": ((1600, 900), "en", {}),
    "language": ((1280, 720), "fi", {}),
    "high contrast": ((1280, 720), "en", {"high_contrast": True}),
    "text scale": ((1280, 720), "en", {"text_scale": 1.5}),
}


@pytest.mark.parametrize("scene", ["board", "card"])
@pytest.mark.parametrize("change", list(CHANGES))
def test_cached_layers_follow_a_resize_a_language_switch_and_settings(scene: str, change: str):
    with Pilot.start(prefs=Preferences(language="en")) as pilot:
        pilot.app.registry.get(scene).sample(pilot.app, 3)
        pilot.advance(ms=500)
        assert pilot.scene.name == scene
        pilot.app.draw()  # every cache filled with the old settings
        before = pygame.image.tobytes(pilot.surface, "RGB")
        CHANGES[change](pilot.app)
        pilot.advance(ms=500)
        pilot.app.draw()
        changed = pygame.image.tobytes(pilot.surface, "RGB")
    size, language, prefs = AFTER[change]
    fresh = _render(scene, size, language, **prefs)
    assert changed != before  # the change shows at all
    assert changed == fresh


def test_the_scrim_is_made_once_per_size_and_colour():
    with Pilot.start(prefs=Preferences(language="en")) as pilot:
        pilot.app.registry.get("card").sample(pilot.app, 3)
        pilot.advance(ms=500)
        scrim = pilot.app.compositor._scrim
        assert scrim is not None
        pilot.app.compositor.stale = True
        pilot.app.draw()
        assert pilot.app.compositor._scrim is scrim  # the same layer, not a new 1280×720 surface
        pilot.app.update_prefs(high_contrast=True)
        pilot.advance()
        assert pilot.app.compositor._scrim[1] == tuple(pilot.app.look.palette.scrim) != scrim[1]


def test_a_frame_of_the_rolling_die_and_walking_token_equals_a_full_redraw():
    """The board animates from a picture of everything that stands still; every frame must
    still look exactly like drawing the whole scene, also after the pointer moves onto a button."""
    with Pilot.start((1920, 1080), prefs=Preferences(language="en")) as pilot:
        pilot.app.registry.get("board").sample(pilot.app, 2)
        pilot.advance()
        board = pilot.scene
        pilot.press("r")
        frames = 0
        while True:
            if frames == 10:
                pilot.hover("help")  # a hover shows at once, not only after the animation
                assert board.form.find("help").hovered
            pilot.advance()
            if not board.animating or pilot.scene is not board:
                break
            frames += 1
            animated = pygame.image.tobytes(pilot.surface, "RGB")
            Scene.draw(board, pilot.surface)  # the whole scene, part by part
            assert animated == pygame.image.tobytes(pilot.surface, "RGB"), f"frame {frames}"
        assert frames > 20  # the die tumbled and the token walked
