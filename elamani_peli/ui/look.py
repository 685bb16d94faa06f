"""What drawing needs right now: palette, metrics, fonts and text — rebuilt on resize or settings change."""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from .layout import Metrics
from .palette import Palette
from .text import TextCache


@dataclass(frozen=True)
class Look:
    palette: Palette
    metrics: Metrics
    text: TextCache
    reduced_motion: bool = False

    def panel(
        self,
        surface: pygame.Surface,
        rect: pygame.Rect,
        colour: tuple[int, int, int] | None = None,
        shadow: bool = True,
    ) -> None:
        """A rounded surface with a soft offset shadow: the game's card/panel shape."""
        p, m = self.palette, self.metrics
        if shadow:
            offset = max(2, m.px(4))
            pygame.draw.rect(surface, p.shadow, rect.move(0, offset), border_radius=m.radius)
        pygame.draw.rect(surface, colour or p.surface, rect, border_radius=m.radius)
        pygame.draw.rect(surface, p.border, rect, width=1, border_radius=m.radius)
