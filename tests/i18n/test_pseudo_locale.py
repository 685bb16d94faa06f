"""Every scene, in a pseudo-locale ~40 % longer than English, at 960×600 with 200 % type.

Why: translations are longer than English (Finnish compounds especially) and the player
may have chosen the largest type on the smallest window. The pseudo-locale is generated
from the template (accented letters, every word longer, ``[brackets]``) and loaded as a
third language through the same code path as fi and en — a catalog folder in
``locales/`` — so it also proves that a string missing from the catalogs would show (it
would have no brackets and match an English message id).
"""

from __future__ import annotations

import pytest

from elamani_peli import paths
from elamani_peli.i18n import Translator, available_languages
from elamani_peli.ui.pilot import Pilot

from .catalogs import PSEUDO_LANGUAGE, copy_locales, pseudo_text, write_catalog
from .rendering import (
    EXTRA_VIEWS,
    SAMPLED_SCENES,
    layout_problems,
    missing_glyphs,
    raw_msgids,
    rendered_sample,
)


@pytest.fixture
def pseudo_locales(tmp_path, monkeypatch):
    """``locales/`` as shipped plus the pseudo-locale, in a temp folder the game reads."""
    folder = copy_locales(tmp_path / "locales")
    write_catalog(folder, PSEUDO_LANGUAGE, pseudo_text)
    monkeypatch.setattr(paths, "locales_dir", lambda: folder)
    return folder


def test_the_pseudo_locale_loads_like_any_language(pseudo_locales):
    assert PSEUDO_LANGUAGE in available_languages()
    translator = Translator(PSEUDO_LANGUAGE)
    assert translator.catalog_found and translator.language == PSEUDO_LANGUAGE
    assert translator.gettext("Settings") == pseudo_text("Settings")
    assert translator.ngettext("{count} round", "{count} rounds", 5).format(count=5).startswith("[5 ŕ")


@pytest.mark.parametrize("scene", [*SAMPLED_SCENES, *EXTRA_VIEWS])
def test_every_scene_fits_in_the_pseudo_locale_at_200_percent(scene, pseudo_locales):
    with rendered_sample(scene, PSEUDO_LANGUAGE, size=(960, 600), text_scale=2.0) as (app, frame):
        assert app.language == PSEUDO_LANGUAGE
        assert frame.texts, f"{scene}: nothing was drawn"
        assert any(drawn.layout.text.startswith("[") for drawn in frame.texts), f"{scene}: no pseudo text"
        problems = layout_problems(app, frame)
        assert not problems, f"{scene} in {PSEUDO_LANGUAGE} at 960×600, 200 %:\n" + "\n".join(problems)
        raw = raw_msgids(frame)
        assert not raw, f"{scene}: English message ids shown untranslated: {raw}"


def test_the_glyph_check_sees_a_letter_the_font_lacks():
    """So that a new language (or a symbol in a label) that the bundled font cannot draw fails."""
    with Pilot.start((960, 600)) as pilot:
        layout = pilot.app.text.fit("Ääkköset ƀ ok", (400, 100), 24, 12)
        assert missing_glyphs(pilot.app, layout) == {"ƀ"}


@pytest.mark.parametrize("scene", [*SAMPLED_SCENES, *EXTRA_VIEWS])
def test_every_scene_in_finnish_at_200_percent_keeps_words_whole(scene):
    """Finnish compounds are long ("Sisältövaroitukset"): a label may wrap between words but
    must never be cut inside one — "Poi/sta" reads as two words. The pseudo-locale is
    harsher than any real language here, so this check runs on the real Finnish."""
    with rendered_sample(scene, "fi", size=(960, 600), text_scale=2.0) as (app, frame):
        problems = layout_problems(app, frame, whole_words=True)
        assert not problems, f"{scene} in Finnish at 960×600, 200 %:\n" + "\n".join(problems)


def test_fitting_shrinks_a_long_finnish_word_rather_than_cut_it():
    with Pilot.start((960, 600)) as pilot:
        text = pilot.app.text
        word = "Sisältövaroitukset"
        full = text.layout_at(word, 40, 10_000, "bold")
        layout = text.fit(word, (full.width * 2 // 3, 200), 40, 12, "bold")
        assert layout.lines == (word,) and layout.size < 40


@pytest.mark.parametrize("scene", ["card", "story", "story-mode", "closing-card"])
def test_cards_in_both_languages_fit_at_200_percent(scene):
    """Two languages share the card: both must still fit, in whole words, on the smallest window."""
    with rendered_sample(scene, "fi", size=(960, 600), text_scale=2.0, bilingual_cards=True) as (app, frame):
        problems = layout_problems(app, frame, whole_words=True)
        assert not problems, f"{scene} with both languages at 960×600, 200 %:\n" + "\n".join(problems)
