"""Pictures kept between frames (the board's spaces, a panel's shadow, the modal scrim) never
show a stale size, language or look: after a resize, a language switch or a settings change
the screen is the same, pixel for pixel, as a fresh render with those settings."""

from __future__ import annotations

import pygame
import pytest

from elamani_peli.ui.pilot import Pilot
from elamani_peli.ui.prefs import Preferences


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
        scrim = pilot.app._scrim
        assert scrim is not None
        pilot.app._backdrop = None
        pilot.app.draw()
        assert pilot.app._scrim is scrim  # the same layer, not a new 1280×720 surface
        pilot.app.update_prefs(high_contrast=True)
        pilot.advance()
        assert pilot.app._scrim[1] == tuple(pilot.app.look.palette.scrim) != scrim[1]
