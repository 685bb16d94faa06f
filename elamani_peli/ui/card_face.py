"""How a card looks: a rounded birch-white card with a theme band, its type and level, and
large text that always fits.

Drawn by the card scene and reusable by anything that shows a card as it looks in the
game (the deck browser, the summary's bookmarks). The face is described by
:class:`CardFace` — strings already translated and localised — so drawing holds no
language or content logic.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import pygame

from .art import Art, draw_image_or_placeholder
from .bilingual import ShownText, draw_shown_text
from .layout import Metrics
from .palette import HIGH_CONTRAST, Colour, Palette, contrast_ratio, mix, readable_on
from .text import TextCache, TextLayout

LEVEL_MARKS = 3


@dataclass(frozen=True)
class CardFace:
    """Everything printed on a card, ready to draw."""

    text: str
    type_label: str
    level: int
    level_label: str  # e.g. "Level 2 of 3": the marks' meaning in words for screen readers and people
    band_title: str  # the theme's name, or "Reflection" for a card without a theme
    band_colour: Colour | None  # the theme colour; None draws a neutral band
    icon: str | Path | None = None  # a picture under assets/ (a Path: a facilitator's own), band-sized
    follow_up: str | None = None  # shown only once revealed
    follow_up_title: str = ""
    language_note: str | None = None  # e.g. "in Finnish" when the text fell back to another language
    second_text: str | None = None  # the text in the other language, below it (Cards in both languages)


@dataclass(frozen=True)
class CardRegions:
    """Where the parts of a drawn card went; tests check the text fits its box."""

    card: pygame.Rect
    band: pygame.Rect
    text_box: pygame.Rect
    text: TextLayout
    follow_up_box: pygame.Rect | None
    follow_up: TextLayout | None


def theme_fill(colour: Colour, palette: Palette) -> Colour:
    """A theme colour as a surface for text: as it is (AA with white, checked in themes.yaml), or in
    high contrast darkened until white text on it reaches AAA (7:1)."""
    if palette is not HIGH_CONTRAST:
        return colour
    for step in range(21):
        deeper = mix(colour, (0, 0, 0), step / 20)
        if contrast_ratio(deeper, (255, 255, 255)) >= 7.0:
            return deeper
    return (0, 0, 0)


@functools.lru_cache(maxsize=48)
def _soft_shadow(size: tuple[int, int], radius: int, colour: Colour) -> tuple[pygame.Surface, int]:
    """The three-step soft shadow of a panel of ``size``, made once per size (a frame only blits it).

    Returns the shadow surface and how far it reaches beyond the panel on each side.
    """
    reach = max(1, radius // 4) * 3
    width, height = size
    shadow = pygame.Surface((width + reach, height + reach + reach // 2), pygame.SRCALPHA)
    for step, alpha in ((3, 40), (2, 60), (1, 90)):
        offset = max(1, radius // 4) * step
        layer = pygame.Rect(0, 0, width + offset, height + offset)
        layer.center = (shadow.get_width() // 2, height // 2 + reach // 2 + offset // 2)
        step_surface = pygame.Surface(layer.size, pygame.SRCALPHA)
        pygame.draw.rect(
            step_surface, (*colour, alpha), step_surface.get_rect(), border_radius=radius + offset // 2
        )
        shadow.blit(step_surface, layer)
    return shadow, reach // 2


def draw_soft_panel(
    surface: pygame.Surface, rect: pygame.Rect, palette: Palette, radius: int, fill: Colour | None = None
) -> None:
    """A rounded panel with a soft shadow under it: the game's one card shape."""
    shadow, reach = _soft_shadow(rect.size, radius, palette.shadow)
    surface.blit(shadow, (rect.left - reach, rect.top - reach))
    pygame.draw.rect(surface, fill or palette.surface, rect, border_radius=radius)
    pygame.draw.rect(surface, mix(palette.border, palette.surface, 0.55), rect, 1, border_radius=radius)


def draw_level_marks(surface: pygame.Surface, rect: pygame.Rect, level: int, colour: Colour) -> None:
    """``level`` filled dots out of three, the rest as rings: readable without colour."""
    radius = max(3, min(rect.height // 2, rect.width // (LEVEL_MARKS * 3)))
    spacing = radius * 3
    x = rect.right - radius - spacing * (LEVEL_MARKS - 1)
    for index in range(LEVEL_MARKS):
        centre = (x + index * spacing, rect.centery)
        if index < level:
            pygame.draw.circle(surface, colour, centre, radius)
        else:
            pygame.draw.circle(surface, colour, centre, radius, max(2, radius // 3))


@dataclass(frozen=True)
class BandLayout:
    """Where the theme band's parts go: measured once, so a frame only paints."""

    band: pygame.Rect
    icon: pygame.Rect  # the white disc the icon sits on
    picture_side: int  # the icon picture's side inside the disc
    marks: pygame.Rect  # the three level dots
    caption: pygame.Rect
    caption_text: TextLayout  # "Level 2 of 3" under the dots
    title: pygame.Rect
    title_text: TextLayout
    type_box: pygame.Rect
    type_text: TextLayout


@dataclass(frozen=True)
class FollowUpLayout:
    """The revealed follow-up's panel, accent strip, quiet heading and text."""

    box: pygame.Rect
    accent: pygame.Rect
    heading: pygame.Rect
    heading_text: TextLayout
    text_box: pygame.Rect
    text: TextLayout


@dataclass(frozen=True)
class CardLayout:
    """A whole card face measured for one rect, face and metrics: pure data a test can read
    and a scene can keep until the size, language or type scale changes."""

    card: pygame.Rect
    radius: int
    band: BandLayout
    body: pygame.Rect  # the question's box (the second language goes inside it too)
    follow_up: FollowUpLayout | None


def _layout_band(rect: pygame.Rect, face: CardFace, metrics: Metrics, text: TextCache) -> BandLayout:
    """The band across the card's top: icon left, level dots right, theme and type between."""
    band_height = max(metrics.px(64), round(metrics.font_size("heading") * 1.7))
    band = pygame.Rect(rect.left, rect.top, rect.width, min(band_height, rect.height // 4))
    inner = band.inflate(-2 * metrics.pad, -band.height // 4)
    icon_side = inner.height
    icon = pygame.Rect(inner.left, inner.top, icon_side, icon_side)
    marks_width = min(inner.width // 5, icon_side * 2)
    marks_left = inner.right - marks_width
    marks = pygame.Rect(marks_left, inner.top, marks_width, max(6, inner.height // 3))
    caption = pygame.Rect(
        marks_left - marks_width // 2,
        marks.bottom + 2,
        marks_width * 3 // 2,
        inner.bottom - marks.bottom - 2,
    )
    label_left = icon.right + metrics.gap
    title = pygame.Rect(label_left, inner.top, marks_left - metrics.gap - label_left, inner.height * 3 // 5)
    type_box = pygame.Rect(title.left, title.bottom, title.width, inner.height - title.height)
    type_line = face.type_label if not face.language_note else f"{face.type_label} · {face.language_note}"
    small = metrics.font_size("small")
    return BandLayout(
        band,
        icon,
        icon_side * 7 // 10,
        marks,
        caption,
        text.fit(face.level_label, caption.size, small, 8),
        title,
        text.fit(face.band_title, title.size, metrics.font_size("heading"), 10, "bold"),
        type_box,
        text.fit(type_line, type_box.size, small, 8),
    )


def _layout_follow_up(
    body: pygame.Rect, follow_up: str, title: str, metrics: Metrics, text: TextCache
) -> FollowUpLayout:
    """The follow-up panel at the foot of ``body``.

    The follow-up is what the worker reads aloud: never smaller than at 100 % type. It takes
    up to three fifths of the card for that; the question above gives way.
    """
    pad = metrics.pad
    heading_size = round(metrics.font_size("small") * 0.8)  # a quiet label: the question is what matters
    heading_height = round(heading_size * 1.4)
    body_size = metrics.font_size("body")
    floor = min(metrics.floor("body"), body_size)
    needed = text.fit(follow_up, (body.width - 2 * pad, body.height), body_size, floor).height
    height = min(body.height * 3 // 5, needed + heading_height + pad)
    box = pygame.Rect(body.left, body.bottom - height, body.width, height)
    accent = pygame.Rect(box.left, box.top, max(4, pad // 4), box.height)
    inner = box.inflate(-2 * pad, -pad)
    if inner.height - heading_height < text.fonts.get(floor).get_linesize():
        heading_height = 0  # a card this small (the demo's stage at 200 %): the question, not its label
    heading = pygame.Rect(inner.left, inner.top, inner.width, heading_height)
    text_box = pygame.Rect(inner.left, heading.bottom, inner.width, inner.height - heading_height)
    label = (
        text.fit(title, heading.size, heading_size, 8, "bold") if heading_height else text.layout_at("", 8, 1)
    )
    return FollowUpLayout(
        box, accent, heading, label, text_box, text.fit(follow_up, text_box.size, body_size, floor)
    )


def layout_card_face(rect: pygame.Rect, face: CardFace, metrics: Metrics, text: TextCache) -> CardLayout:
    """Measure the card once: a pure function of its inputs, so the result can be cached and
    tested as data, and drawing it is only blits."""
    rect = pygame.Rect(rect)
    pad = metrics.pad
    band = _layout_band(rect, face, metrics, text)
    bottom = band.band.bottom
    body = pygame.Rect(rect.left + pad, bottom + pad, rect.width - 2 * pad, rect.bottom - bottom - 2 * pad)
    follow = None
    if face.follow_up:
        follow = _layout_follow_up(body, face.follow_up, face.follow_up_title, metrics, text)
        body.height -= follow.box.height + metrics.gap
    return CardLayout(rect, metrics.radius * 2, band, body, follow)


def _draw_band(
    surface: pygame.Surface, card: CardLayout, face: CardFace, text: TextCache, palette: Palette, art: Art
) -> None:
    """Paint the band: theme colour, icon on its white disc, level dots, theme and type."""
    b, radius = card.band, card.radius
    band_fill = theme_fill(face.band_colour, palette) if face.band_colour else palette.surface_alt
    ink = readable_on(band_fill, dark=palette.text)
    pygame.draw.rect(
        surface, band_fill, b.band, border_top_left_radius=radius, border_top_right_radius=radius
    )
    # The icon sits on a white disc (docs/art.md), so its dark line reads on every theme colour.
    pygame.draw.circle(surface, (255, 255, 255), b.icon.center, b.icon.height // 2)
    side = b.picture_side
    icon = art.image(face.icon, (side, side)) if face.icon else None
    inset = -b.icon.height // 5  # floor of the negative: one pixel more than -(h // 5) at times
    draw_image_or_placeholder(surface, icon, b.icon.inflate(inset, inset), palette.text)
    draw_level_marks(surface, b.marks, face.level, ink)
    text.draw(surface, b.caption_text, b.caption, ink, "right")
    text.draw(surface, b.title_text, b.title, ink, "left", "middle")
    text.draw(surface, b.type_text, b.type_box, ink, "left", "middle")


def _draw_follow_up(
    surface: pygame.Surface, follow: FollowUpLayout, text: TextCache, palette: Palette, metrics: Metrics
) -> None:
    """Paint the follow-up panel with its accent strip down the left edge."""
    pygame.draw.rect(surface, palette.surface_alt, follow.box, border_radius=metrics.radius)
    pygame.draw.rect(
        surface,
        palette.accent,
        follow.accent,
        border_top_left_radius=metrics.radius,
        border_bottom_left_radius=metrics.radius,
    )
    text.draw(surface, follow.heading_text, follow.heading, palette.text_muted)
    text.draw(surface, follow.text, follow.text_box, palette.text)


def draw_card_face(
    surface: pygame.Surface,
    rect: pygame.Rect,
    face: CardFace,
    *,
    text: TextCache,
    palette: Palette,
    metrics: Metrics,
    art: Art,
    layout: CardLayout | None = None,
) -> CardRegions:
    """Draw the card into ``rect`` and say where its parts went.

    ``layout`` is :func:`layout_card_face` of the same arguments, kept by a caller that draws
    the same card every frame; without it the card is measured here.
    """
    card = layout or layout_card_face(rect, face, metrics, text)
    draw_soft_panel(surface, card.card, palette, card.radius)
    _draw_band(surface, card, face, text, palette, art)
    follow = card.follow_up
    if follow:
        _draw_follow_up(surface, follow, text, palette, metrics)
    shown = draw_shown_text(
        surface,
        ShownText(face.text, "", second=face.second_text),
        card.body,
        round(metrics.font_size("title") * 1.1),
        text=text,
        palette=palette,
        metrics=metrics,
        align="center",
        min_size=min(metrics.floor("heading"), metrics.font_size("heading")),
    )
    return CardRegions(
        card.card,
        card.band.band,
        card.body,
        shown,
        follow.box if follow else None,
        follow.text if follow else None,
    )
