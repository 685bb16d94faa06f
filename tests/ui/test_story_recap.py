"""Finding 15: at the next Story space of a story already begun, a short "last time…" recap
of the choice made there, before the story goes on — on screen, aloud, in both languages,
and after the session was saved and resumed."""

from __future__ import annotations

import pygame
import pytest

from elamani_peli.engine.save import SaveStore
from elamani_peli.engine.session import Session
from elamani_peli.engine.setup import default_setup
from elamani_peli.engine.story_moves import story_recap
from elamani_peli.ui import game_flow
from elamani_peli.ui.pilot import Pilot
from elamani_peli.ui.prefs import Preferences


def _play_to_the_next_story_space(pilot: Pilot, session: Session) -> None:
    """Play with real keys and clicks: the first story choice, then on until the story goes on."""
    pilot.app.scenes.push(game_flow.open_session(pilot.app, session))
    pilot.advance()
    chose = False
    for _ in range(400):
        scene = pilot.scene
        if scene.name == "story" and scene.step() == "scene":
            if chose:
                return
            pilot.click("choice-2")
            chose = True
        elif scene.name == "story":
            pilot.click("continue")
        elif scene.name == "board":
            pilot.press("r")
        elif scene.name == "card":
            pilot.click("done")
        else:  # a free choice, a Strengths space, a breather: the focused answer or Pass
            target = "pass" if scene.form.find("pass") is not None else None
            pilot.click(target) if target else pilot.press("return")
        pilot.advance(ms=3000)
    raise AssertionError("no second Story space in 400 steps")


def _session(pilot: Pilot, store: SaveStore | None = None) -> Session:
    setup = default_setup(pilot.app.library, seed=2, players=2)
    return Session.new(pilot.app.library, setup, store=store)


@pytest.mark.parametrize(("size", "scale"), [((1280, 720), 1.0), ((960, 600), 2.0)])
def test_the_next_story_space_recalls_the_choice_made_last_time(size, scale, tmp_path):
    with Pilot.start(size, seed=2, language="en", prefs=Preferences(text_scale=scale)) as pilot:
        session = _session(pilot)
        _play_to_the_next_story_space(pilot, session)
        story = pilot.scene
        recap = story_recap(pilot.app.library, session.state)
        assert recap is not None and recap.choice == 1  # the second choice, clicked above
        choice = pilot.app.library.stories[recap.story].scene(recap.scene).choices[1].text
        assert story.recap() == f"Last time in this story: “{choice['en']}”"
        said = story.utterances()
        assert said.index(story.recap()) < said.index(
            story.shown(story.story().scene(session.state.scene).text).primary
        )
        pilot.screenshot(tmp_path / "recap.png")
        if story.scrolling:  # large type in a small window: the recap scrolls first, with the scene
            assert story.recap_rect.height == 0
        else:
            band = story.recap_rect
            assert band.height > 0 and band.bottom <= story.text_box.top
            assert (*pilot.app.look.palette.surface_alt, 255) in {
                tuple(pilot.surface.get_at((x, band.centery))) for x in range(band.left, band.right, 3)
            }
        pilot.press(pygame.K_F2)  # the other language, at once
        pilot.advance()
        assert pilot.scene.recap() == f"Viime kerralla tässä tarinassa: ”{choice['fi']}”"


def test_a_resumed_session_shows_the_recap_too(tmp_path):
    store = SaveStore(tmp_path / "saves")
    with Pilot.start((1280, 720), seed=2, language="fi") as pilot:
        session = _session(pilot, store)
        _play_to_the_next_story_space(pilot, session)
        before = pilot.scene.recap()
        assert before.startswith("Viime kerralla tässä tarinassa: ”")
    with Pilot.start((1280, 720), seed=2, language="fi") as pilot:
        resumed = store.load(pilot.app.library)
        assert resumed is not None and resumed.state == session.state
        pilot.app.scenes.push(game_flow.open_session(pilot.app, resumed))
        pilot.advance()
        assert pilot.scene.name == "story" and pilot.scene.recap() == before
