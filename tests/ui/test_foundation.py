"""The UI foundation: scene stack, preferences, palette contrast, fitted text, i18n."""

from __future__ import annotations

import json

import pygame
import pytest

from elamani_peli.i18n import Translator, choose_language
from elamani_peli.ui.app import App
from elamani_peli.ui.fonts import FontBook
from elamani_peli.ui.palette import HIGH_CONTRAST, NORDIC, Palette, contrast_ratio, readable_on
from elamani_peli.ui.pilot import Pilot
from elamani_peli.ui.prefs import Preferences, load_preferences, save_preferences
from elamani_peli.ui.scene import Scene
from elamani_peli.ui.text import TextCache


# -- palette ------------------------------------------------------------------------------
@pytest.mark.parametrize(("palette", "needed"), [(NORDIC, 4.5), (HIGH_CONTRAST, 7.0)], ids=["AA", "AAA"])
def test_text_colours_reach_wcag_contrast(palette: Palette, needed: float):
    for text, surface in Palette.TEXT_PAIRS:
        ratio = contrast_ratio(getattr(palette, text), getattr(palette, surface))
        assert ratio >= needed, f"{text} on {surface}: {ratio:.2f}"
    for mark, surface in Palette.MARK_PAIRS:
        assert contrast_ratio(getattr(palette, mark), getattr(palette, surface)) >= 3.0


def test_contrast_ratio_known_values():
    assert contrast_ratio((0, 0, 0), (255, 255, 255)) == pytest.approx(21.0)
    assert contrast_ratio((119, 119, 119), (255, 255, 255)) == pytest.approx(4.48, abs=0.01)
    assert readable_on((20, 40, 90)) == (255, 255, 255)
    assert readable_on((250, 230, 120)) != (255, 255, 255)


# -- preferences --------------------------------------------------------------------------
def test_preferences_round_trip_and_fall_back_per_field(tmp_path):
    path = tmp_path / "settings.json"
    save_preferences(Preferences(language="en", text_scale=1.5, high_contrast=True), path)
    assert load_preferences(path) == Preferences(language="en", text_scale=1.5, high_contrast=True)
    path.write_text(
        json.dumps(
            {
                "version": 1,
                "language": "sv",
                "text_scale": 7,
                "high_contrast": "yes",
                "reduced_motion": True,
                "unknown": 1,
            }
        ),
        encoding="utf-8",
    )
    assert load_preferences(path) == Preferences(reduced_motion=True)
    path.write_text("{not json", encoding="utf-8")
    assert load_preferences(path) == Preferences()
    assert load_preferences(tmp_path / "missing.json") == Preferences()


def test_with_changes_rejects_a_wrong_value():
    assert Preferences().with_changes(text_scale=3.0).text_scale == 1.0
    assert Preferences().with_changes(text_scale=1.3).text_scale == 1.3


# -- i18n ---------------------------------------------------------------------------------
def test_language_order_requested_saved_system_then_finnish(monkeypatch):
    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("locale.getlocale", lambda: (None, None))
    assert choose_language("en", "fi") == "en"
    assert choose_language(None, "en") == "en"
    assert choose_language(None, None) == "fi"
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert choose_language(None, None) == "en"


def test_translator_reads_po_without_compiling(tmp_path):
    folder = tmp_path / "fi" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    (folder / "messages.po").write_text(
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
        '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
        'msgid "Settings"\nmsgstr "Asetukset"\n\n'
        'msgid "{n} card"\nmsgid_plural "{n} cards"\nmsgstr[0] "{n} kortti"\nmsgstr[1] "{n} korttia"\n',
        encoding="utf-8",
    )
    fi = Translator("fi", tmp_path)
    assert fi.catalog_found and fi.gettext("Settings") == "Asetukset"
    assert fi.ngettext("{n} card", "{n} cards", 1) == "{n} kortti"
    assert fi.ngettext("{n} card", "{n} cards", 21) == "{n} korttia"
    assert fi.number(1234.5) == "1\u00a0234,5"
    missing = Translator("fi", tmp_path / "nowhere")
    assert not missing.catalog_found and missing.gettext("Settings") == "Settings"


# -- fitted text --------------------------------------------------------------------------
@pytest.fixture
def text_cache():
    pygame.font.init()
    return TextCache(FontBook())


def test_fit_wraps_then_shrinks_and_never_clips(text_cache):
    long_text = "Mikä on ollut elämäsi tärkein käännekohta, ja miten se muutti sinua? " * 4
    layout = text_cache.fit(long_text, (400, 200), 60, 14)
    assert layout.fits and layout.height <= 200 and layout.width <= 400
    assert 14 <= layout.size < 60
    assert " ".join(layout.lines).split() == long_text.split()  # every word is there


def test_fit_goes_below_the_minimum_rather_than_clip(text_cache):
    layout = text_cache.fit("sana " * 200, (300, 80), 40, 20)
    assert layout.below_min and layout.height <= 80


def test_a_word_longer_than_the_box_is_split_not_cut(text_cache):
    layout = text_cache.fit("Epäjärjestelmällistyttämättömyydellänsäkäänköhän", (120, 400), 40, 12)
    assert "".join(layout.lines) == "Epäjärjestelmällistyttämättömyydellänsäkäänköhän"
    assert layout.width <= 120


def test_bundled_font_is_used(text_cache):
    assert text_cache.fonts.bundled


# -- scene stack ----------------------------------------------------------------------------
class Dialog(Scene):
    name = "dialog"
    opaque = False
    pausable = False


def test_modal_returns_its_result_through_the_callback():
    with Pilot.start() as pilot:
        results = []
        dialog = pilot.app.scenes.push(Dialog(pilot.app), results.append)
        assert pilot.scene is dialog
        dialog.dismiss("chosen")
        assert results == ["chosen"] and pilot.scene.name == "title"


def test_an_unexpected_error_shows_the_error_scene_and_is_logged(tmp_path):
    class Broken(Scene):
        name = "broken"

        def draw_content(self, surface):
            raise RuntimeError("boom")

    with Pilot.start(reraise=False) as pilot:
        save = tmp_path / "user-data" / "session.json"
        save.write_text('{"kept": true}', encoding="utf-8")
        pilot.app.scenes.push(Broken(pilot.app))
        pilot.advance()
        assert pilot.scene.name == "error"
        log = (tmp_path / "user-data" / "logs" / "elamani-peli.log").read_text(encoding="utf-8")
        assert "RuntimeError: boom" in log
        assert save.read_text(encoding="utf-8") == '{"kept": true}'
        pilot.press("escape")
        assert pilot.scene.name == "title"


def test_idle_app_draws_no_frames():
    with Pilot.start() as pilot:
        drawn = pilot.app.frames_drawn
        pilot.advance(frames=30)
        assert pilot.app.frames_drawn == drawn
        pilot.press("tab")
        assert pilot.app.frames_drawn == drawn + 1


def test_window_never_smaller_than_the_minimum():
    with Pilot.start() as pilot:
        pilot.resize(700, 400)
        assert pilot.surface.get_size() == (960, 600)
        assert pilot.app.look.metrics.width == 960


def test_app_owns_its_translator_no_global_language():
    content = Pilot.start.__globals__["builtin_content"]()
    first, second = App(content, language="fi"), App(content, language="en")
    assert (first.language, second.language) == ("fi", "en")


def test_scenes_under_an_animating_modal_are_drawn_once_not_every_frame():
    class Counting(Scene):
        name = "counting"
        pausable = False
        draws = 0

        def draw_content(self, surface):
            Counting.draws += 1

    class Spinner(Dialog):
        frames = 0

        def update(self, dt):
            Spinner.frames += 1
            return Spinner.frames < 20

    with Pilot.start() as pilot:
        pilot.app.scenes.push(Counting(pilot.app))
        pilot.app.scenes.push(Spinner(pilot.app))
        pilot.advance(frames=25)
        assert Spinner.frames >= 20 and Counting.draws == 1
        pilot.press("f2")  # a used key may change what is below: drawn again once
        assert Counting.draws == 2


def test_an_unwritable_user_folder_does_not_stop_the_game(tmp_path, monkeypatch):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the user folder should be", encoding="utf-8")
    monkeypatch.setenv("ELAMANI_PELI_HOME", str(blocked))
    with Pilot.start() as pilot:
        pilot.press("f2")  # saving the settings fails quietly
        assert pilot.scene.name == "title" and pilot.app.language == "fi"
