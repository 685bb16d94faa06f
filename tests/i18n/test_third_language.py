"""A third language is a translator's job: a ``.po`` file and YAML texts, no code change.

Why: an organisation that works in Swedish (or Arabic, or Somali) should be able to add
its language by following ``docs/translating.md``. This test does exactly that in a
temporary copy of ``locales/``: ``sv/LC_MESSAGES/messages.po`` (partly translated, as a
real catalog often is) and a story whose texts have ``sv`` — then checks that the game
lists Swedish, the title is in Swedish, content shows in Swedish, and what is missing
falls back (UI strings to the English ids, content to Finnish with a note).
"""

from __future__ import annotations

import textwrap

import pytest

from elamani_peli import paths
from elamani_peli.content.loader import load_content
from elamani_peli.i18n import available_languages, choose_language, language_name
from elamani_peli.ui.pilot import Pilot
from elamani_peli.ui.prefs import Preferences, load_preferences, save_preferences
from elamani_peli.ui.scenes.story import StoryModeScene

from .catalogs import copy_locales, write_catalog
from .rendering import Frame, record_texts, settle

SWEDISH = {
    "New game": "Nytt spel",
    "Settings": "Inställningar",
    "Quit": "Avsluta",
    "Stories": "Berättelser",
    "Continue": "Fortsätt",
    "in Finnish": "på finska",
    "A game for talking about everyday life, together.": "Ett spel för att prata om vardagen, tillsammans.",
}

STORY = textwrap.dedent(
    """\
    kind: story
    id: alva
    title: {fi: Alvan tarina, sv: Alvas berättelse}
    character: {name: Alva, age: 19}
    start: morgon
    scenes:
      - id: morgon
        text: {fi: Alva herää aikaisin., sv: Alva vaknar tidigt.}
        choices:
          - {text: {fi: Hän nousee ylös., sv: Hon går upp.}, next: slut}
      - id: slut
        text: {fi: Päivä alkaa.}
        ending: {fi: Hyvä alku., sv: En bra början.}
    """
)


@pytest.fixture
def swedish(tmp_path, monkeypatch):
    """``locales/`` with a Swedish catalog, and a folder with a story in Swedish."""
    locales = copy_locales(tmp_path / "locales")
    write_catalog(locales, "sv", lambda text: SWEDISH.get(text, ""))
    monkeypatch.setattr(paths, "locales_dir", lambda: locales)
    decks = tmp_path / "decks"
    decks.mkdir()
    (decks / "alva.yaml").write_text(STORY, encoding="utf-8")
    return decks


def _texts(pilot: Pilot) -> list[str]:
    frame = Frame()
    record_texts(pilot.app, frame)
    pilot.app.draw()
    return [drawn.layout.text for drawn in frame.texts]


def test_the_game_lists_the_new_language(swedish):
    assert available_languages() == ("fi", "en", "sv")
    assert language_name("sv") == "Svenska"
    save_preferences(Preferences(language="sv"))
    assert load_preferences().language == "sv"  # a saved Swedish setting is valid
    assert choose_language(None, "sv") == "sv"


def test_the_title_renders_in_swedish_and_the_switch_offers_it(swedish):
    with Pilot.start((1280, 720), language="sv") as pilot:
        assert pilot.app.language == "sv"
        assert pilot.find("new-game").label == "Nytt spel"
        assert pilot.find("quit").label == "Avsluta"
        assert "Ett spel för att prata om vardagen, tillsammans." in _texts(pilot)
        switch = pilot.find("language")
        assert [value for value, _ in switch.options] == ["fi", "en", "sv"]
        assert any("Svenska" in label for _, label in switch.options)
        pilot.press("f2")  # the language key goes round all three
        assert pilot.app.language == "fi"
        assert pilot.find("new-game").label == "Uusi peli"


def test_untranslated_ui_strings_fall_back_to_english(swedish):
    with Pilot.start((1280, 720), language="sv") as pilot:
        assert pilot.find("settings").label == "Inställningar"
        pilot.press("f1")
        assert pilot.scene.name == "help"
        assert pilot.scene.title() == "Help and support"  # not in the Swedish catalog yet


def test_content_in_swedish_shows_and_missing_texts_fall_back_marked(swedish):
    content = load_content([swedish])
    assert not content.errors, [problem.format() for problem in content.problems]
    with Pilot.start((1280, 720), language="sv", content=content) as pilot:
        pilot.app.scenes.push(StoryModeScene(pilot.app, "alva"))
        settle(pilot.app)
        assert pilot.scene.title() == "Alvas berättelse"
        assert "Alva vaknar tidigt." in _texts(pilot)
        assert pilot.find("choice-1").label == "Hon går upp."
        pilot.press("1")
        assert "Fortsätt" in _texts(pilot)  # after a choice: talk about it, then go on
        pilot.click("continue")
        texts = _texts(pilot)
        assert "Päivä alkaa.\n\nEn bra början." in texts  # the scene has no Swedish: Finnish, marked
        assert "på finska" in texts
