"""Drawing a stack of scenes into one picture: bottom-up, each modal over a dimmed backdrop.

The App draws its window with one :class:`Compositor`, the demo its stage with another, so
both dim the same way and both keep the same caches:

- Under a modal (pause, a card over the board) the scenes below and the dimming scrim are
  kept as one picture while only the top scene animates, so an animation frame costs the
  top scene's drawing and one blit. Set :attr:`Compositor.stale` when something below may
  look different (the App does after any input, stack change, or an ``update`` below
  that returned True).
- The scrim is made once per size and colour: allocating and filling 8 MB at 1920×1080
  cost 1–7 ms on every frame that opened a modal. (A ``SRCALPHA`` surface already has the
  window's 32-bit ARGB layout; ``convert_alpha()`` added ~8 ms at 1080p to making it and
  nothing to blitting it.)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import pygame

if TYPE_CHECKING:
    from .scene import Scene

Colour = tuple[int, ...]


class Compositor:
    def __init__(self) -> None:
        self.stale = True
        """The kept backdrop (its memory is reused) shows an older state and must be redrawn."""
        self._backdrop: pygame.Surface | None = None
        self._scrim: tuple[tuple[int, int], Colour, pygame.Surface] | None = None

    def draw(self, surface: pygame.Surface, visible: Sequence[Scene], scrim: Colour) -> None:
        """Draw ``visible`` (bottom first, from the topmost opaque scene) into ``surface``."""
        top = visible[-1] if visible else None
        if top is None or top.opaque or len(visible) == 1:
            self.draw_all(surface, visible, scrim)
            return
        if self._backdrop is not None and self._backdrop.get_size() != surface.get_size():
            self._backdrop = None  # a new window size needs a new picture
        if self._backdrop is None or self.stale:
            self.draw_all(surface, visible[:-1], scrim)
            self.dim(surface, scrim)
            if self._backdrop is None:
                self._backdrop = surface.copy()
            else:  # into the same memory: a new 8 MB copy (1080p) cost up to 1.5 ms when busy
                self._backdrop.blit(surface, (0, 0))
            self.stale = False
        else:
            surface.blit(self._backdrop, (0, 0))
        top.draw(surface)

    def draw_all(self, surface: pygame.Surface, scenes: Sequence[Scene], scrim: Colour) -> None:
        """Every scene in turn, dimming what is below each one that is not opaque."""
        for scene in scenes:
            if not scene.opaque:
                self.dim(surface, scrim)
            scene.draw(surface)

    def dim(self, surface: pygame.Surface, colour: Colour) -> None:
        """Dim everything drawn so far with the scrim of ``surface``'s size."""
        size, colour = surface.get_size(), tuple(colour)
        if self._scrim is None or self._scrim[:2] != (size, colour):
            layer = pygame.Surface(size, pygame.SRCALPHA)
            layer.fill(colour)
            self._scrim = (size, colour, layer)
        surface.blit(self._scrim[2], (0, 0))
