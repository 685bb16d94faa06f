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


def draw_card_face(
    surface: pygame.Surface,
    rect: pygame.Rect,
    face: CardFace,
    *,
    text: TextCache,
    palette: Palette,
    metrics: Metrics,
    art: Art,
) -> CardRegions:
    """Draw the card into ``rect`` and say where its parts went."""
    radius = metrics.radius * 2
    draw_soft_panel(surface, rect, palette, radius)
    pad = metrics.pad
    band_height = max(metrics.px(64), round(metrics.font_size("heading") * 1.7))
    band = pygame.Rect(rect.left, rect.top, rect.width, min(band_height, rect.height // 4))
    band_fill = theme_fill(face.band_colour, palette) if face.band_colour else palette.surface_alt
    band_ink = readable_on(band_fill, dark=palette.text)
    pygame.draw.rect(surface, band_fill, band, border_top_left_radius=radius, border_top_right_radius=radius)
    inner = band.inflate(-2 * pad, -band.height // 4)
    icon_side = inner.height
    icon_rect = pygame.Rect(inner.left, inner.top, icon_side, icon_side)
    # The icon sits on a white disc (docs/art.md), so its dark line reads on every theme colour.
    pygame.draw.circle(surface, (255, 255, 255), icon_rect.center, icon_side // 2)
    picture_side = icon_side * 7 // 10
    icon = art.image(face.icon, (picture_side, picture_side)) if face.icon else None
    draw_image_or_placeholder(
        surface, icon, icon_rect.inflate(-icon_side // 5, -icon_side // 5), palette.text
    )

    marks_width = min(inner.width // 5, icon_side * 2)
    marks = pygame.Rect(inner.right - marks_width, inner.top, marks_width, inner.height)
    marks_dot = pygame.Rect(marks.left, marks.top, marks.width, max(6, inner.height // 3))
    draw_level_marks(surface, marks_dot, face.level, band_ink)
    caption = pygame.Rect(
        marks.left - marks.width // 2,
        marks_dot.bottom + 2,
        marks.width * 3 // 2,
        inner.bottom - marks_dot.bottom - 2,
    )
    text.draw_fitted(
        surface, face.level_label, caption, band_ink, metrics.font_size("small"), 8, align="right"
    )

    label_left = icon_rect.right + metrics.gap
    label_box = pygame.Rect(label_left, inner.top, marks.left - metrics.gap - label_left, inner.height)
    title_box, type_box = label_box.copy(), label_box.copy()
    title_box.height = inner.height * 3 // 5
    type_box.top, type_box.height = title_box.bottom, inner.height - title_box.height
    text.draw_fitted(
        surface,
        face.band_title,
        title_box,
        band_ink,
        metrics.font_size("heading"),
        10,
        weight="bold",
        valign="middle",
    )
    type_line = face.type_label if not face.language_note else f"{face.type_label} · {face.language_note}"
    text.draw_fitted(surface, type_line, type_box, band_ink, metrics.font_size("small"), 8, valign="middle")

    body = pygame.Rect(
        rect.left + pad, band.bottom + pad, rect.width - 2 * pad, rect.bottom - band.bottom - 2 * pad
    )
    follow_box = follow_layout = None
    if face.follow_up:
        heading_size = round(metrics.font_size("small") * 0.8)  # a quiet label: the question is what matters
        heading_height = round(heading_size * 1.4)
        # The follow-up is what the worker reads aloud: never smaller than at 100 % type. It
        # takes up to three fifths of the card for that; the question above gives way.
        follow_floor = min(metrics.floor("body"), metrics.font_size("body"))
        needed = text.fit(
            face.follow_up,
            (body.width - 2 * pad, body.height),
            metrics.font_size("body"),
            follow_floor,
        ).height
        follow_height = min(body.height * 3 // 5, needed + heading_height + pad)
        follow_box = pygame.Rect(body.left, body.bottom - follow_height, body.width, follow_height)
        body.height -= follow_height + metrics.gap
        pygame.draw.rect(surface, palette.surface_alt, follow_box, border_radius=metrics.radius)
        pygame.draw.rect(
            surface,
            palette.accent,
            pygame.Rect(follow_box.left, follow_box.top, max(4, pad // 4), follow_box.height),
            border_top_left_radius=metrics.radius,
            border_bottom_left_radius=metrics.radius,
        )
        follow_inner = follow_box.inflate(-2 * pad, -pad)
        heading = pygame.Rect(follow_inner.left, follow_inner.top, follow_inner.width, heading_height)
        text.draw_fitted(
            surface,
            face.follow_up_title,
            heading,
            palette.text_muted,
            heading_size,
            8,
            weight="bold",
        )
        follow_text_box = pygame.Rect(
            follow_inner.left, heading.bottom, follow_inner.width, follow_inner.height - heading_height
        )
        follow_layout = text.draw_fitted(
            surface,
            face.follow_up,
            follow_text_box,
            palette.text,
            metrics.font_size("body"),
            follow_floor,
        )
    layout = draw_shown_text(
        surface,
        ShownText(face.text, "", second=face.second_text),
        body,
        round(metrics.font_size("title") * 1.1),
        text=text,
        palette=palette,
        metrics=metrics,
        align="center",
        min_size=min(metrics.floor("heading"), metrics.font_size("heading")),
    )
    return CardRegions(rect, band, body, layout, follow_box, follow_layout)
