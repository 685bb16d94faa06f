"""The bundled art and font: every file SDL can draw, nothing blank, the style rules kept.

These load the real files through pygame-ce's SVG loader (nanosvg inside SDL_image), the same
path the game uses, so an SVG feature the loader ignores shows up here as a blank or a wrong image.
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import get_args

import pygame
import pytest
import yaml

from elamani_peli.content.models import SpaceType
from elamani_peli.paths import assets_dir, cards_dir

ASSETS = assets_dir()
ALL_SVGS = sorted(ASSETS.rglob("*.svg"))
INK_ON_WHITE_MINIMUM = 7.0  # WCAG AAA for text; icons on their white circle must be at least this strong
FONT_FILES = ["Regular", "Bold", "Italic", "BoldItalic"]
FINNISH_AND_TYPOGRAPHY = "äöåÄÖÅéšžŠŽ“”‘’–—…€\u00a0"
NOT_IN_FONT = "\ue000"  # a private-use code point: every font without it draws the same fallback box
THEME_IDS = ["me", "home", "friends", "school-work", "health", "feelings", "free-time", "future", "everyday"]
ACTIONS = [
    "done",
    "pass",
    "another",
    "follow-up",
    "bookmark",
    "strength",
    "pause",
    "help",
    "settings",
    "language",
]


@pytest.fixture(scope="module", autouse=True)
def _pygame():
    pygame.init()
    yield
    pygame.quit()


def load(path: Path, size: tuple[int, int] = (64, 64)) -> pygame.Surface:
    return pygame.image.load_sized_svg(str(path), size)


def alphas(image: pygame.Surface) -> list[int]:
    return list(pygame.image.tobytes(image, "RGBA")[3::4])


def relative_luminance(colour: tuple[int, int, int]) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(v) for v in colour)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_on_white(colour: tuple[int, int, int]) -> float:
    return 1.05 / (relative_luminance(colour) + 0.05)


def test_there_is_art_to_check():
    assert len(ALL_SVGS) >= 40


@pytest.mark.parametrize("path", ALL_SVGS, ids=lambda p: str(p.relative_to(ASSETS)))
def test_every_svg_draws_something_with_a_transparent_margin(path):
    image = load(path)
    assert max(image.get_size()) == 64, "the loader keeps the aspect ratio inside the box"
    alpha = alphas(image)
    opaque = sum(1 for a in alpha if a > 200)
    assert opaque > 0.04 * len(alpha), "nearly blank: the loader drew (almost) nothing"
    # Icons, tokens and dice sit on transparency; portraits and the card back are rounded
    # rectangles, so their corners are transparent too.
    assert image.get_at((0, 0)).a == 0
    assert image.get_at((image.get_width() - 1, image.get_height() - 1)).a == 0


@pytest.mark.parametrize("path", ALL_SVGS, ids=lambda p: str(p.relative_to(ASSETS)))
def test_svg_uses_only_what_sdl_draws(path):
    text = path.read_text(encoding="utf-8")
    for unsupported in ("<text", "<style", "currentColor", "<use", "<filter", "<mask", "<pattern", "class="):
        assert unsupported not in text, f"{path.name}: SDL's SVG loader does not draw {unsupported!r}"


def test_every_theme_in_the_builtin_content_has_an_icon():
    themes = yaml.safe_load((cards_dir() / "themes.yaml").read_text(encoding="utf-8"))["themes"]
    assert {theme["id"] for theme in themes} >= set(THEME_IDS)
    for theme in themes:
        assert (ASSETS / theme["icon"]).is_file(), theme["id"]
    for theme_id in THEME_IDS:
        assert (ASSETS / "icons" / f"{theme_id}.svg").is_file()


def test_every_special_space_type_and_card_action_has_an_icon():
    special = [kind for kind in get_args(SpaceType) if kind != "theme"]
    assert special
    for kind in special:
        assert (ASSETS / "icons" / f"space-{kind}.svg").is_file(), kind
    for action in ACTIONS:
        assert (ASSETS / "icons" / f"action-{action}.svg").is_file(), action


@pytest.mark.parametrize("path", sorted((ASSETS / "icons").glob("*.svg")), ids=lambda p: p.stem)
def test_icon_ink_is_strong_on_white(path):
    image = load(path, (96, 96))
    pixels = pygame.image.tobytes(image, "RGBA")
    solid = [tuple(pixels[i : i + 3]) for i in range(0, len(pixels), 4) if pixels[i + 3] == 255]
    assert solid
    weakest = min(contrast_on_white(colour) for colour in solid)
    assert weakest >= INK_ON_WHITE_MINIMUM, f"{path.name}: a solid pixel has only {weakest:.1f}:1 on white"


def test_six_tokens_differ_in_shape_and_colour():
    tokens = sorted((ASSETS / "tokens").glob("*.svg"))
    assert len(tokens) == 6
    masks = {path.stem: pygame.mask.from_surface(load(path), 128) for path in tokens}
    for (a, mask_a), (b, mask_b) in itertools.combinations(masks.items(), 2):
        overlap = mask_a.overlap_area(mask_b, (0, 0))
        union = mask_a.count() + mask_b.count() - overlap
        assert overlap / union < 0.85, f"tokens {a} and {b} have nearly the same outline"
    hues = {}
    for path in tokens:
        image = load(path)
        average = pygame.transform.average_color(image, consider_alpha=True)
        hues[path.stem] = pygame.Color(average[:3]).hsva[0]
    for (a, hue_a), (b, hue_b) in itertools.combinations(hues.items(), 2):
        distance = min(abs(hue_a - hue_b), 360 - abs(hue_a - hue_b))
        assert distance > 12, f"tokens {a} and {b} have nearly the same colour"


def test_six_die_faces_show_one_to_six_pips():
    faces = [ASSETS / "die" / f"face-{n}.svg" for n in range(1, 7)]
    assert all(face.is_file() for face in faces)
    inked = []
    for face in faces:
        image = load(face, (96, 96))
        pixels = pygame.image.tobytes(image, "RGB")
        inked.append(sum(1 for i in range(0, len(pixels), 3) if pixels[i] < 80))
    assert inked == sorted(inked) and len(set(inked)) == 6, "more pips must mean more ink"


def test_portraits_of_the_three_characters_and_a_silhouette():
    for name in ("hilja-ilona", "eve", "eeka", "silhouette"):
        image = load(ASSETS / "portraits" / f"{name}.svg", (240, 300))
        assert image.get_at((120, 150)).a == 255, name


def test_app_icon_png_is_256_square():
    image = pygame.image.load(str(ASSETS / "icon.png"))
    assert image.get_size() == (256, 256)


@pytest.mark.parametrize("style", FONT_FILES)
def test_font_has_finnish_letters_and_typography(style):
    path = ASSETS / "fonts" / f"AtkinsonHyperlegible-{style}.ttf"
    font = pygame.font.Font(str(path), 40)
    fallback = pygame.image.tobytes(font.render(NOT_IN_FONT, True, "black", "white"), "RGB")
    for char in FINNISH_AND_TYPOGRAPHY:
        assert font.metrics(char)[0] is not None, repr(char)
        drawn = pygame.image.tobytes(font.render(char, True, "black", "white"), "RGB")
        assert drawn != fallback, f"{char!r} is drawn as the missing-glyph box"
    word = font.render("äöåÄÖÅ", True, "black")
    assert word.get_width() > font.size("aoaAOA")[0] * 0.9
    assert pygame.mask.from_surface(word).count() > 0


def test_font_licence_is_bundled():
    licence = (ASSETS / "fonts" / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence
    assert "Braille Institute" in licence
