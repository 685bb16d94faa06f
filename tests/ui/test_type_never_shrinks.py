"""At 200 % type every text is at least as large as at 100 % in the default 1280×720 window:
the follow-up and the story text keep their size (wrapping, taking room, or scrolling)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from elamani_peli.content.text import localize
from elamani_peli.engine.actions import ShowFollowUp
from elamani_peli.ui.pilot import Pilot, builtin_content
from elamani_peli.ui.prefs import Preferences
from elamani_peli.ui.scenes.story import StoryModeScene


def _follow_up_size(scale: float, language: str) -> int:
    prefs = Preferences(language=language, text_scale=scale)
    with Pilot.start((1280, 720), prefs=prefs, seed=5, language=language) as pilot:
        pilot.app.registry.get("card").sample(pilot.app, 5)
        pilot.advance()
        scene = pilot.scene
        assert scene.name == "card"
        if not scene.table.state.follow_up_shown:
            card = scene.table.card()
            assert card is not None and card.follow_up is not None, "the sample card has a follow-up"
            scene.send(ShowFollowUp())
        pilot.advance()  # a frame: the scene keeps where the parts of its card went
        regions = scene.regions
        assert regions is not None
        assert regions.follow_up is not None and regions.follow_up.fits
        return regions.follow_up.size


@pytest.mark.parametrize("language", ["fi", "en"])
def test_the_follow_up_is_not_smaller_at_200_percent(language):
    at_100, at_200 = _follow_up_size(1.0, language), _follow_up_size(2.0, language)
    assert at_200 >= at_100, (at_100, at_200)


def _story_size(scale: float, language: str) -> int:
    """The size the longest built-in scene is shown at: fitted, or in the scrolling box."""
    library = builtin_content().library
    scenes = [(story, scene) for story in library.stories.values() for scene in story.scenes if scene.choices]
    story, longest = max(scenes, key=lambda pair: len(localize(pair[1].text, language)[0]))
    prefs = Preferences(language=language, text_scale=scale)
    with Pilot.start((1280, 720), prefs=prefs, language=language) as pilot:
        view = StoryModeScene(pilot.app, story.id)
        pilot.app.scenes.push(view)
        view.state = replace(view.state, scene=longest.id)
        view.rebuild()
        pilot.advance()
        m, text = pilot.app.look.metrics, pilot.app.look.text
        if view.scrolling:
            scroll = view.form.find("story-text")
            assert scroll is not None and scroll.rect == view.text_box
            return m.font_size("body")  # the scrolling text's paragraph size
        layout = text.fit(
            localize(longest.text, language)[0], view.text_box.size, m.font_size("heading"), m.min_font_size
        )
        assert layout.fits
        return layout.size  # as the scene draws it


@pytest.mark.parametrize("language", ["fi", "en"])
def test_the_story_text_is_not_smaller_at_200_percent(language):
    at_100, at_200 = _story_size(1.0, language), _story_size(2.0, language)
    assert at_200 >= at_100, (at_100, at_200)
