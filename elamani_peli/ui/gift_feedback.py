"""Saying that a strength was given: who gave which strength to whom, and the receiver's
count marked where it is shown, with one soft halo round it (none with reduced motion).

Shared by the card (a strength given from the card's *Give strength*) and the board (the
Strengths space, and the card's gift once the card has closed), so both say it alike.
"""

from __future__ import annotations

from collections.abc import Callable

import pygame

from elamani_peli.engine.state import StrengthGift

from .anim import Glow
from .look import Look
from .palette import Colour, mix
from .table import Table


def gift_sentence(gettext: Callable[[str], str], table: Table, gift: StrengthGift) -> str:
    """ "Mikko received a strength from Aino: Courage"."""
    return gettext("{receiver} received a strength from {giver}: {strength}").format(
        receiver=table.player_name(gift.receiver),
        giver=table.player_name(gift.giver),
        strength=table.strength_name(gift.strength),
    )


def strengths_received(table: Table, player: int) -> int:
    """How many strengths ``player`` has received so far this session."""
    return sum(1 for gift in table.state.strengths if gift.receiver == player)


def strength_count(ngettext: Callable[[str, str, int], str], table: Table, player: int) -> str:
    """ "2 strengths": what ``player`` has received so far this session."""
    count = strengths_received(table, player)
    return ngettext("{count} strength", "{count} strengths", count).format(count=count)


def highlight_fill(look: Look) -> Colour:
    """A light accent tint: the receiver's row or chip, with the usual text readable on it."""
    p = look.palette
    return mix(p.accent, p.surface, 0.82)


def draw_marked(surface: pygame.Surface, rect: pygame.Rect, look: Look, glow: Glow | None) -> None:
    """The tinted pill behind what changed and, while ``glow`` runs, a ring swelling out of it
    and fading into the panel."""
    p, m = look.palette, look.metrics
    radius = rect.height // 2
    pygame.draw.rect(surface, highlight_fill(look), rect, border_radius=radius)
    pygame.draw.rect(surface, p.accent, rect, width=max(1, m.focus_width // 2), border_radius=radius)
    if glow is not None and not glow.done:
        spread = round(glow.halo * m.px(10))
        ring = rect.inflate(2 * spread, 2 * spread)
        colour = mix(p.accent, p.surface, glow.halo)
        pygame.draw.rect(surface, colour, ring, width=max(2, m.focus_width), border_radius=radius + spread)
