"""Colour on the game scenes: theme surfaces carry readable text in both palettes."""

from __future__ import annotations

import pytest

from elamani_peli.ui.card_face import theme_fill
from elamani_peli.ui.palette import HIGH_CONTRAST, NORDIC, contrast_ratio, parse_hex, readable_on
from elamani_peli.ui.pilot import builtin_content
from elamani_peli.ui.scenes.summary import counted
from elamani_peli.ui.table import TOKEN_PICTURES, token_picture


@pytest.mark.parametrize(("palette", "needed"), [(NORDIC, 4.5), (HIGH_CONTRAST, 7.0)])
def test_every_theme_band_and_space_reads_at_aa_and_at_aaa_in_high_contrast(palette, needed):
    for theme in builtin_content().library.themes.values():
        fill = theme_fill(parse_hex(theme.colour), palette)
        ink = readable_on(fill, dark=palette.text)
        assert contrast_ratio(ink, fill) >= needed, (theme.id, fill, ink)


def test_engine_token_ids_map_to_distinct_pictures_that_exist():
    pictures = [token_picture(f"token-{n}") for n in range(1, 7)]
    assert pictures == list(TOKEN_PICTURES)
    assert token_picture("fish") == "fish"
    from elamani_peli.paths import assets_dir

    for picture in pictures:
        assert (assets_dir() / "tokens" / f"{picture}.svg").is_file()


def test_a_strength_given_twice_shows_once_with_its_count():
    assert counted(["Courage", "Humour", "Courage"]) == ["Courage ×2", "Humour"]
