"""Every scene of the UI foundation at several sizes, type scales and both languages: text fits,
widgets stay inside the window and never overlap — also after a resize mid-scene."""

from __future__ import annotations

import itertools

import pytest

from elamani_peli.ui.pilot import Pilot
from elamani_peli.ui.prefs import Preferences

SIZES = [(960, 600), (1280, 720), (1920, 1080), (3840, 2160)]
SCENES = ["title", "pause", "help", "settings", "settings-storage", "guide", "problems", "error", "confirm"]


def show(pilot: Pilot, name: str) -> None:
    app = pilot.app
    if name == "settings-storage":
        app.open_scene("settings", section="storage")
    elif name == "confirm":
        app.open_scene(
            "confirm",
            question="Delete “Saved summaries” from this computer? This cannot be undone.",
            confirm="Delete",
            danger=True,
        )
    elif name != "title":
        app.open_scene(name)
    pilot.advance()


def check_layout(pilot: Pilot) -> None:
    window = pilot.surface.get_rect()
    assert pilot.app.text.overflows == [], "text that did not fit"
    widgets = [w for w in pilot.scene.form.widgets if w.rect.width > 0]
    for widget in widgets:
        assert window.contains(widget.rect), f"{widget.id} {widget.rect} outside {window}"
    for first, second in itertools.combinations(widgets, 2):
        assert not first.rect.colliderect(second.rect), f"{first.id} overlaps {second.id}"


@pytest.mark.parametrize("name", SCENES)
@pytest.mark.parametrize("language", ["fi", "en"])
def test_scene_fits_at_the_smallest_window_with_200_percent_type(name, language):
    with Pilot.start((960, 600), language=language, prefs=Preferences(text_scale=2.0)) as pilot:
        show(pilot, name)
        assert pilot.scene.name == name.split("-")[0]
        check_layout(pilot)


@pytest.mark.parametrize("name", SCENES)
def test_scene_holds_across_sizes_and_resizes(name):
    with Pilot.start(SIZES[1], prefs=Preferences(text_scale=1.5, high_contrast=True)) as pilot:
        show(pilot, name)
        for size in SIZES:
            pilot.resize(*size)
            assert pilot.surface.get_size() == size
            check_layout(pilot)
