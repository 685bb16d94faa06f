"""The story view is measured once into data (:class:`StoryLayout`) and drawn from it: each
step's layout holds together, and the scene keeps one layout until the step or size changes."""

from __future__ import annotations

from elamani_peli.ui.pilot import Pilot, builtin_content
from elamani_peli.ui.prefs import Preferences
from elamani_peli.ui.scenes.story import StoryModeScene
from elamani_peli.ui.story_layout import layout_story


def _open(pilot: Pilot) -> StoryModeScene:
    story_id = next(iter(builtin_content().library.stories))
    scene = StoryModeScene(pilot.app, story_id)
    pilot.app.scenes.push(scene)
    pilot.advance()
    return scene


def _measure(scene: StoryModeScene, pilot: Pilot):
    look = pilot.app.look
    words = scene.story_words()
    return words, layout_story(
        scene.portrait_panel, scene.text_panel, scene.text_box, words, look.metrics, look.text
    )


def test_each_step_lays_out_inside_its_panels():
    with Pilot.start((960, 600), prefs=Preferences(language="fi", text_scale=2.0), language="fi") as pilot:
        scene = _open(pilot)
        seen = set()
        for _ in range(80):
            words, layout = _measure(scene, pilot)
            assert layout == _measure(scene, pilot)[1]  # pure: the same inputs, the same data
            portrait = layout.portrait
            for part in (portrait.picture, portrait.name.rect, portrait.detail.rect):
                assert portrait.panel.contains(part), part
            assert portrait.name.layout.text == words.name and portrait.name.layout.fits
            assert layout.text_panel.contains(layout.text_box)
            assert (layout.discuss is not None) == (words.step == "discuss")
            assert (layout.ending is not None) == (words.step == "ended")
            if layout.discuss is not None:
                d = layout.discuss
                assert d.label.rect.bottom <= d.rest.top and layout.text_box.contains(d.rest)
                assert d.said is not None and d.said.rect.bottom <= d.rest.top  # a choice was just made
                assert d.prompt is not None and d.prompt.layout.text == words.prompt
            if layout.ending is not None:
                e = layout.ending
                assert e.label.rect.bottom <= e.story.top and e.story.bottom < e.hope_panel.top
                assert layout.text_box.contains(e.hope_panel) and e.hope.layout.fits
            seen.add(words.step)
            if words.step == "ended":
                break
            scene.choose(0) if words.step == "scene" else scene.go_on()
            pilot.advance()
        assert seen == {"scene", "discuss", "ended"}


def test_the_story_scene_measures_once_per_step_and_size():
    with Pilot.start((1280, 720), prefs=Preferences(language="en"), language="en") as pilot:
        scene = _open(pilot)
        first = scene._story_layout
        assert first is not None
        pilot.advance(ms=500)
        assert scene._story_layout is first
        scene.choose(0)
        pilot.advance()
        discuss = scene._story_layout
        assert discuss is not first and discuss is not None and discuss[1].discuss is not None
        pilot.resize(960, 600)
        pilot.advance()
        assert scene._story_layout is not discuss
        assert scene._story_layout is not None and scene._story_layout[1].text_box == scene.text_box
