"""Presenter mode: one preference whose derived values the look, the cards and the window read."""

from __future__ import annotations

import json

import pytest

from elamani_peli.ui.layout import Metrics
from elamani_peli.ui.pilot import Pilot
from elamani_peli.ui.prefs import PRESENTER_TEXT_SCALE, Preferences, load_preferences


def test_presenter_raises_type_to_150_percent_and_turns_on_bilingual_cards_and_focus():
    plain = Preferences()
    presenting = Preferences(presenter=True)
    assert presenting.type_scale >= 1.5 == PRESENTER_TEXT_SCALE
    assert Preferences(presenter=True, text_scale=1.8).type_scale == 1.8  # never smaller than chosen
    assert plain.type_scale == 1.0 and not plain.cards_in_both_languages
    assert presenting.cards_in_both_languages and presenting.strong_focus and presenting.starts_fullscreen
    size = Metrics(1280, 720, presenting.type_scale, presenting.strong_focus)
    assert size.font_size("body") >= 1.5 * Metrics(1280, 720).font_size("body") - 1
    assert size.focus_width >= 2 * Metrics(1280, 720).focus_width


def test_a_bad_presenter_value_in_the_file_falls_back(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"version": 1, "presenter": "yes", "text_scale": 1.2}), encoding="utf-8")
    prefs = load_preferences(path)
    assert prefs.presenter is False and prefs.text_scale == 1.2


def test_the_app_draws_presenter_mode_large_and_cards_in_both_languages():
    with Pilot.start(language="fi", prefs=Preferences(language="fi", presenter=True)) as pilot:
        app = pilot.app
        assert app.look.metrics.text_scale >= 1.5
        assert app.look.metrics.strong_focus
        app.registry.get("card").sample(app, 1)
        pilot.advance(frames=300)
        card = app.scenes.top
        assert card.name == "card"
        from elamani_peli.ui.scenes.card import card_face

        face = card_face(card)
        assert face.second_text  # the English text under the Finnish one


@pytest.mark.parametrize(
    ("scene", "names_a_player"), [("board", True), ("card", True), ("story", False), ("summary", True)]
)
def test_game_screens_name_players_by_nickname_only(scene, names_a_player):
    """Roles are chosen on the setup screen; no screen of play shows them on the big screen."""
    with Pilot.start(language="en", prefs=Preferences(language="en", presenter=True)) as pilot:
        pilot.app.registry.get(scene).sample(pilot.app, 1)
        pilot.advance(frames=300)
        texts = " ".join(layout.text for layout in pilot.drawn_layouts())
        assert (pilot.app.session.setup.players[0].nickname in texts) == names_a_player
        assert "Young person" not in texts and "Worker" not in texts


def test_the_settings_toggle_switches_presenter_mode_on_and_saves_it(private_user_folder):
    with Pilot.start(language="en") as pilot:
        pilot.app.open_scene("settings")
        pilot.advance()
        pilot.click("presenter")
        assert pilot.app.prefs.presenter
        assert pilot.app.look.metrics.text_scale >= 1.5  # (the window also went full screen)
        assert load_preferences().presenter
