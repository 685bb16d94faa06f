"""Switching language at any moment, cards in both languages, and marked fallbacks.

Why: a worker switches to English mid-card when it helps the young person, and back again;
the session must carry on exactly where it was (the engine state does not change), and
every label and the card itself must be in the new language at once. Driven with real key
and mouse events through the pilot.
"""

from __future__ import annotations

import re

import pygame
import pytest

from elamani_peli.content.loader import load_content
from elamani_peli.engine.save import save_to_json
from elamani_peli.i18n import Translator, catalog_path
from elamani_peli.ui.bilingual import shown_text
from elamani_peli.ui.pilot import Pilot
from elamani_peli.ui.prefs import Preferences, load_preferences
from elamani_peli.ui.samples import sample_card, sample_story
from elamani_peli.ui.scenes.settings import SettingsScene
from elamani_peli.ui.text_input import TextInput

from .catalogs import LOCALES, ids, messages, placeholders, read_catalog, strings
from .rendering import EXTRA_VIEWS, SAMPLED_SCENES, Frame, record_texts, rendered_sample, settle


def _drawn(pilot: Pilot) -> list[str]:
    """Every text of a freshly drawn frame."""
    frame = Frame()
    record_texts(pilot.app, frame)
    pilot.app.draw()
    return [drawn.layout.text for drawn in frame.texts]


def _start_at(builder, language: str, content=None, **prefs) -> Pilot:
    pilot = Pilot.start(
        (1280, 720), language=language, prefs=Preferences(language=language, **prefs), content=content
    )
    builder(pilot.app, 3)
    settle(pilot.app)
    return pilot


def _engine_snapshot(pilot: Pilot):
    session = pilot.app.session
    saved = save_to_json(session)
    saved.pop("saved_at")  # the clock, not the game
    return session.state, saved


@pytest.mark.parametrize("key", ["f2", "ctrl+l"])
def test_switching_on_a_card_keeps_the_session_and_redraws_everything(key):
    with _start_at(sample_card, "fi") as pilot:
        assert pilot.scene.name == "card"
        card = pilot.app.library.card(pilot.app.session.state.card)
        before = _engine_snapshot(pilot)
        assert card.text["fi"] in _drawn(pilot)
        assert pilot.find("done").label == "Valmis"

        code, mod = (pygame.K_l, pygame.KMOD_CTRL) if key == "ctrl+l" else (pygame.K_F2, 0)
        pilot.press(code, mod=mod)

        assert pilot.app.language == "en"
        assert pilot.scene.name == "card"
        texts = _drawn(pilot)
        assert card.text["en"] in texts and card.text["fi"] not in texts
        assert pilot.find("done").label == "Done"
        assert pilot.find("pass").label == "Pass"
        assert _engine_snapshot(pilot) == before
        assert load_preferences().language == "en"  # remembered for the next start

        pilot.press(code, mod=mod)
        assert pilot.app.language == "fi"
        assert card.text["fi"] in _drawn(pilot)
        assert pilot.find("done").label == "Valmis"
        assert _engine_snapshot(pilot) == before

        pilot.press("d")  # and the game carries on from the same card
        assert pilot.app.session.state != before[0]


def test_switching_in_a_story_scene_keeps_the_story():
    with _start_at(sample_story, "en") as pilot:
        state = pilot.app.session.state
        scene = pilot.app.library.stories[state.story].scene(state.scene)
        before = _engine_snapshot(pilot)
        assert scene.text["en"] in _drawn(pilot)
        pilot.press("f2")
        assert pilot.app.language == "fi"
        assert scene.text["fi"] in _drawn(pilot)
        assert pilot.find("choice-1").label == scene.choices[0].text["fi"]
        assert _engine_snapshot(pilot) == before


def test_the_switch_on_the_title_and_in_settings_changes_the_language():
    with Pilot.start((1280, 720), language="fi") as pilot:
        assert pilot.find("new-game").label == "Uusi peli"
        switch = pilot.find("language")
        english = switch.option_rects()[[value for value, _ in switch.options].index("en")]
        pilot.click(english.center)
        assert pilot.app.language == "en"
        assert pilot.find("new-game").label == "New game"

        pilot.app.scenes.push(SettingsScene(pilot.app))
        pilot.advance()
        assert pilot.find("bilingual-cards").label == "Cards in both languages"
        switch = pilot.find("language")
        finnish = switch.option_rects()[[value for value, _ in switch.options].index("fi")]
        pilot.click(finnish.center)
        assert pilot.app.language == "fi"
        assert pilot.find("bilingual-cards").label == "Kortit kahdella kielellä"


def test_bilingual_cards_show_both_languages_and_follow_the_switch():
    with _start_at(sample_card, "fi", bilingual_cards=True) as pilot:
        card = pilot.app.library.card(pilot.app.session.state.card)
        texts = _drawn(pilot)
        assert card.text["fi"] in texts and card.text["en"] in texts
        regions = pilot.scene.regions
        assert regions is not None and regions.text.text == card.text["fi"]  # Finnish is the main text
        pilot.press("f2")
        assert pilot.scene.regions.text.text == card.text["en"]  # now English leads, Finnish below
        assert card.text["fi"] in _drawn(pilot)


def test_bilingual_story_scene_shows_both_languages():
    with _start_at(sample_story, "en", bilingual_cards=True) as pilot:
        state = pilot.app.session.state
        scene = pilot.app.library.stories[state.story].scene(state.scene)
        texts = _drawn(pilot)
        assert scene.text["en"] in texts and scene.text["fi"] in texts


def test_a_missing_translation_falls_back_and_is_marked():
    fi, en = Translator("fi").gettext, Translator("en").gettext
    finnish_only = {"fi": "Mikä sai sinut hymyilemään tänään?"}
    shown = shown_text(finnish_only, "en", en, bilingual=False)
    assert (shown.primary, shown.language, shown.note) == (finnish_only["fi"], "fi", "in Finnish")
    shown = shown_text({"en": "What made you smile today?", "fi": "  "}, "fi", fi, bilingual=True)
    assert (shown.primary, shown.note, shown.second) == ("What made you smile today?", "englanniksi", None)
    both = shown_text({"fi": "Moi", "en": "Hi"}, "fi", fi, bilingual=True)
    assert (both.primary, both.note, both.second) == ("Moi", None, "Hi")


def test_a_card_missing_in_the_current_language_shows_the_other_with_a_note():
    content = load_content()  # a private copy: this test edits a card
    with _start_at(sample_card, "en", content=content) as pilot:
        card = pilot.app.library.card(pilot.app.session.state.card)
        card.text.pop("en")  # as if a facilitator's deck had this card in Finnish only
        pilot.press("f2")
        pilot.press("f2")  # back to English: the card scene is built again from the card
        assert pilot.app.language == "en"
        texts = _drawn(pilot)
        assert card.text["fi"] in texts
        assert any("in Finnish" in text for text in texts)
        assert all(text.strip() for text in texts)


def _finnish_only_strings() -> set[str]:
    """Finnish catalog texts that differ from English and contain a real word (not "min")."""
    catalog = messages(read_catalog(catalog_path("fi", LOCALES), "fi"))
    found = set()
    for message in catalog.values():
        for text in strings(message):
            if text not in ids(message) and re.search(r"[^\W\d_]{4,}", text) and not placeholders(text):
                found.add(text)
    return found


@pytest.mark.parametrize("scene", [name for name in (*SAMPLED_SCENES, *EXTRA_VIEWS) if name != "demo"])
def test_every_scene_redraws_in_the_new_language_at_once(scene):
    """After F2 no Finnish UI text is left on screen, in any scene (demo captions are
    bilingual on purpose, and are left out)."""
    finnish = _finnish_only_strings()
    with rendered_sample(scene, "fi", size=(1280, 720), text_scale=1.0) as (app, frame):
        assert any(drawn.layout.text in finnish for drawn in frame.texts) or scene == "error"
        pilot = Pilot(app)
        pilot.press("f2")
        assert app.language == "en"
        after = Frame()
        record_texts(app, after)
        app.draw()
        stale = [drawn.layout.text for drawn in after.texts if drawn.layout.text in finnish]
        labels = [w.label for s in app.scenes.visible() for w in s.form.widgets if hasattr(w, "label")]
        stale += [label for label in labels if label in finnish]
        # What a player typed stays as typed (a nickname "Nuori" is a name, not a label).
        typed = {w.value for s in app.scenes.visible() for w in s.form.widgets if isinstance(w, TextInput)}
        stale = [text for text in stale if text not in typed]
        assert not stale, f"{scene}: still in Finnish after switching to English: {stale}"


@pytest.mark.parametrize(
    ("language", "label"), [("en", "Players: Young person, Worker"), ("fi", "Pelaajat: Nuori, Ohjaaja")]
)
def test_default_player_names_are_in_the_players_language(language, label):
    """The engine's default nicknames are only data; the setup screen names them in the
    language on screen, so an English session does not start with Finnish names."""
    with rendered_sample("setup", language, size=(1280, 720), text_scale=1.0) as (app, _frame):
        assert Pilot(app).find("players").label == label
