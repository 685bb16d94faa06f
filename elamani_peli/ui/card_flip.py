"""A drawn card turns over: its back narrows to an edge, then its face widens from it.

Only a card just drawn turns (a resumed session shows its card at once, as it was), the
turn is short and any key or click finishes it, and with reduced motion there is none.
The face is drawn where it belongs and copied, so its layout, its cache and the regions a
click is tested against are those of the still card.
"""

from __future__ import annotations

from collections.abc import Callable

import pygame

from .anim import Animation, ease_in_out

FLIP_SECONDS = 0.32
"""Long enough to read as a card being turned, short enough never to be waited for."""


class CardFlip:
    """The turning of one card; ``turning`` is False once it lies face up."""

    def __init__(self, reduced_motion: bool) -> None:
        self.motion = Animation(0.0 if reduced_motion else FLIP_SECONDS)

    @property
    def turning(self) -> bool:
        return not self.motion.done

    def update(self, dt: float) -> bool:
        """Advance; True while the card still turns (frames keep coming)."""
        return self.motion.update(dt)

    def finish(self) -> None:
        self.motion.skip()

    def width_share(self) -> tuple[bool, float]:
        """(face up?, share of the full width shown) for the current moment."""
        t = ease_in_out(self.motion.progress)
        if t < 0.5:
            return False, 1.0 - 2.0 * t
        return True, 2.0 * t - 1.0

    def draw(
        self,
        surface: pygame.Surface,
        rect: pygame.Rect,
        draw_face: Callable[[pygame.Surface], object],
        back: pygame.Surface | None,
    ) -> None:
        """The card at this moment of its turn inside ``rect`` (while :attr:`turning`; a card
        lying still is simply its face); ``draw_face`` paints the still face onto the surface it
        is given, at ``rect``."""
        rect = rect.clip(surface.get_rect())
        under = surface.subsurface(rect).copy()
        draw_face(surface)
        face = surface.subsurface(rect).copy()
        surface.blit(under, rect)  # the scene as it was around the card
        face_up, share = self.width_share()
        picture = face if face_up else back
        width = max(1, round(rect.width * share))
        if picture is None:  # no back picture: a plain card back in the face's own shape
            picture = face.copy()
            picture.fill((236, 232, 224), special_flags=pygame.BLEND_RGB_MAX)
        squeezed = pygame.transform.smoothscale(picture, (width, rect.height))
        surface.blit(squeezed, squeezed.get_rect(center=rect.center))
