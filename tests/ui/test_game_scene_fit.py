"""Game scenes hold at every window size and type size, and the longest texts fit their boxes."""

from __future__ import annotations

import itertools

import pygame
import pytest

from elamani_peli.content.text import localize
from elamani_peli.ui.card_face import CardFace, draw_card_face
from elamani_peli.ui.pilot import Pilot, builtin_content
from elamani_peli.ui.prefs import Preferences
from elamani_peli.ui.scenes.story import StoryModeScene

SIZES = [((960, 600), 2.0), ((1280, 720), 1.0), ((1920, 1080), 1.5), ((3840, 2160), 1.0)]
SAMPLES = ["setup", "board", "card", "story", "summary", "stories"]


def _check_widgets(pilot: Pilot) -> None:
    window = pygame.Rect((0, 0), pilot.surface.get_size())
    widgets = [w for w in pilot.scene.form.widgets if w.rect.width > 0]
    assert widgets, pilot.scene.name
    for widget in widgets:
        assert window.contains(widget.rect), (pilot.scene.name, widget.id, widget.rect, window)
    for a, b in itertools.combinations(widgets, 2):
        assert not a.rect.colliderect(b.rect), (pilot.scene.name, a.id, b.id)


def _longest(texts):
    return max(texts, key=len)


@pytest.mark.parametrize(("size", "scale"), SIZES)
@pytest.mark.parametrize("name", SAMPLES)
def test_scene_fits_the_window_and_survives_a_resize(name, size, scale):
    prefs = Preferences(language="en", text_scale=scale)
    with Pilot.start(size, prefs=prefs, seed=5) as pilot:
        pilot.app.registry.get(name).sample(pilot.app, 5)
        pilot.advance(ms=3000)
        _check_widgets(pilot)
        pilot.resize(1100, 640)
        _check_widgets(pilot)
        pilot.resize(*size)
        _check_widgets(pilot)


@pytest.mark.parametrize("language", ["fi", "en"])
def test_longest_card_texts_fit_at_960x600_with_200_percent_type(language):
    library = builtin_content().library
    cards = [card for deck in library.decks.values() for card in deck.cards]
    text = _longest([localize(card.text, language)[0] for card in cards])
    follow_up = _longest([localize(card.follow_up, language)[0] for card in cards if card.follow_up])
    prefs = Preferences(language=language, text_scale=2.0)
    with Pilot.start((960, 600), prefs=prefs, seed=5, language=language) as pilot:
        pilot.app.registry.get("card").sample(pilot.app, 5)
        pilot.advance()
        scene = pilot.scene
        assert scene.name == "card"
        look = pilot.app.look
        face = CardFace(
            text,
            "Question",
            3,
            "Level 3 of 3",
            "Terveys ja hyvinvointi",
            (31, 122, 122),
            "icons/health.svg",
            follow_up,
            "Follow-up question",
        )
        regions = draw_card_face(
            pilot.surface,
            scene.card_rect,
            face,
            text=look.text,
            palette=look.palette,
            metrics=look.metrics,
            art=scene.table.art,
        )
        assert regions.text.fits and not regions.text.below_min
        assert regions.text.height <= regions.text_box.height and regions.text.width <= regions.text_box.width
        assert regions.follow_up is not None and regions.follow_up.fits and not regions.follow_up.below_min


@pytest.mark.parametrize("language", ["fi", "en"])
def test_longest_story_texts_fit_at_960x600_with_200_percent_type(language):
    library = builtin_content().library
    scenes = [(story, scene) for story in library.stories.values() for scene in story.scenes]
    story, longest = max(scenes, key=lambda pair: len(localize(pair[1].text, language)[0]))
    prefs = Preferences(language=language, text_scale=2.0)
    with Pilot.start((960, 600), prefs=prefs, language=language) as pilot:
        scene = StoryModeScene(pilot.app, story.id)
        pilot.app.scenes.push(scene)
        pilot.advance()
        m = pilot.app.look.metrics
        layout = pilot.app.look.text.fit(
            localize(longest.text, language)[0], scene.text_box.size, m.font_size("heading"), m.min_font_size
        )
        assert layout.fits and not layout.below_min
        choice_texts = [localize(c.text, language)[0] for s in story.scenes for c in s.choices]
        button = scene.form.find("choice-1")
        label = pilot.app.look.text.fit(
            _longest(choice_texts),
            button.rect.inflate(-2 * m.gap, -m.gap).size,
            m.font_size("button"),
            m.min_font_size,
            "bold",
        )
        assert label.fits
