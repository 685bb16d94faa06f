"""Selkokieli: with the preference on, Finnish cards and stories show their easy-Finnish text
where they have one, and the ordinary Finnish text, subtly marked, where they do not."""

from __future__ import annotations

from pathlib import Path

import pygame

from elamani_peli.content.loader import load_content
from elamani_peli.content.models import EASY_FINNISH
from elamani_peli.ui.bilingual import shown_text
from elamani_peli.ui.pilot import Pilot
from elamani_peli.ui.prefs import Preferences
from elamani_peli.ui.scenes.story import StoryModeScene

FIXTURES = Path(__file__).parent / "fixtures" / "easy-finnish"
TEXT = {
    "fi": "Aamu tuntuu valuvan käsistä.",
    "en": "The morning slips away.",
    EASY_FINNISH: "Aamu menee nopeasti.",
}


def gettext(message: str) -> str:
    return message


def test_easy_text_is_shown_where_it_exists():
    shown = shown_text(TEXT, EASY_FINNISH, gettext, bilingual=False)
    assert (shown.primary, shown.language, shown.note) == ("Aamu menee nopeasti.", EASY_FINNISH, None)


def test_without_an_easy_text_the_finnish_one_is_shown_and_marked():
    shown = shown_text({"fi": "Hän jää kotiin.", "en": "She stays."}, EASY_FINNISH, gettext, bilingual=False)
    assert (shown.primary, shown.note) == ("Hän jää kotiin.", "not in easy Finnish")


def test_beside_easy_finnish_the_second_language_is_english_not_the_harder_finnish():
    shown = shown_text(TEXT, EASY_FINNISH, gettext, bilingual=True)
    assert shown.second == "The morning slips away."


def test_ordinary_finnish_and_english_are_unchanged():
    assert shown_text(TEXT, "fi", gettext, bilingual=False).primary == "Aamu tuntuu valuvan käsistä."
    assert shown_text(TEXT, "en", gettext, bilingual=False).primary == "The morning slips away."


def pilot_with_story(language: str, easy: bool) -> Pilot:
    content = load_content([FIXTURES])
    assert not content.errors
    pilot = Pilot.start(
        (1280, 720),
        language=language,
        content=content,
        prefs=Preferences(language=language, easy_finnish=easy),
    )
    pilot.app.scenes.push(StoryModeScene(pilot.app, "selko-testi"))
    pilot.advance()
    return pilot


def test_stories_mode_shows_and_reads_the_easy_text():
    with pilot_with_story("fi", easy=True) as pilot:
        assert pilot.app.content_language == EASY_FINNISH
        said = pilot.scene.utterances()
        assert "Noora herää myöhään. Aamu menee nopeasti." in said
        assert "Vaihtoehto 1: Noora lähtee kouluun." in said
        assert "Vaihtoehto 2: Hän jää kotiin." in said  # no easy text: the Finnish one


def test_the_preference_changes_nothing_in_english_and_can_be_turned_off():
    with pilot_with_story("en", easy=True) as pilot:
        assert pilot.app.content_language == "en"
        assert "Noora wakes up late, and the morning seems to slip away." in pilot.scene.utterances()
    with pilot_with_story("fi", easy=False) as pilot:
        assert "Noora herää myöhään, ja aamu tuntuu valuvan käsistä." in pilot.scene.utterances()


def test_settings_toggle_switches_the_shown_text_at_once():
    with pilot_with_story("fi", easy=False) as pilot:
        before = pygame.image.tobytes(pilot.surface, "RGB")
        pilot.app.open_scene("settings")
        pilot.advance()
        pilot.click("easy-finnish")
        assert pilot.app.prefs.easy_finnish
        pilot.press(pygame.K_ESCAPE)
        assert isinstance(pilot.scene, StoryModeScene)
        assert "Noora herää myöhään. Aamu menee nopeasti." in pilot.scene.utterances()
        assert pygame.image.tobytes(pilot.surface, "RGB") != before


def test_the_buttons_and_prompts_follow_the_preference_too():
    with pilot_with_story("fi", easy=False) as pilot:
        pilot.app.registry.get("card").sample(pilot.app, 1)
        pilot.advance()
        assert pilot.find("another").label == "Toinen kortti"
        pilot.app.update_prefs(easy_finnish=True)
        pilot.advance()
        assert pilot.find("another").label == "Uusi kortti"
        assert pilot.find("done").label == "Valmis"  # no easy variant: the Finnish word
        pilot.app.update_prefs(easy_finnish=False)
        pilot.advance()
        assert pilot.find("another").label == "Toinen kortti"
