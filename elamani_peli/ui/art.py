"""The game's pictures — theme and space icons, tokens, portraits — loaded once per size.

SVGs are rasterised by SDL_image at exactly the size they are drawn (``load_sized_svg``),
so icons stay crisp from 960×600 to 4K and on HiDPI screens. Each (file, size) is
rasterised once and cached; a window resize only costs the new sizes. A missing or broken
file never stops the game: :meth:`Art.image` returns ``None`` and :func:`draw_image_or_placeholder`
draws a calm neutral shape instead.
"""

from __future__ import annotations

from pathlib import Path

import pygame

from elamani_peli.content.models import Story, Theme
from elamani_peli.paths import assets_dir

SILHOUETTE = "portraits/silhouette.svg"


class Art:
    """A per-size cache of the pictures under ``assets/``."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root if root is not None else assets_dir()
        self._cache: dict[tuple[str, int, int], pygame.Surface | None] = {}

    def image(self, relative: str, size: tuple[int, int]) -> pygame.Surface | None:
        """The picture at ``assets/<relative>`` fitted inside ``size``, or ``None`` if unusable."""
        width, height = max(1, int(size[0])), max(1, int(size[1]))
        key = (relative, width, height)
        if key not in self._cache:
            self._cache[key] = self._load(self.root / relative, (width, height))
        return self._cache[key]

    @staticmethod
    def _load(path: Path, size: tuple[int, int]) -> pygame.Surface | None:
        if not path.is_file():
            return None
        try:
            if path.suffix.lower() == ".svg":
                surface = pygame.image.load_sized_svg(str(path), size)
            else:
                surface = pygame.transform.smoothscale(pygame.image.load(str(path)), size)
        except (pygame.error, OSError, ValueError):
            return None
        return surface.convert_alpha() if pygame.display.get_surface() is not None else surface

    def first_image(self, candidates: list[str], size: tuple[int, int]) -> pygame.Surface | None:
        for relative in candidates:
            surface = self.image(relative, size)
            if surface is not None:
                return surface
        return None

    def theme_icon(self, theme: Theme | None, size: int) -> pygame.Surface | None:
        if theme is None:
            return None
        candidates = [f"icons/{theme.id}.svg"]
        if theme.icon:
            candidates = [theme.icon, f"icons/{theme.icon}", *candidates]
        return self.first_image(candidates, (size, size))

    def space_icon(self, space_type: str, size: int) -> pygame.Surface | None:
        return self.image(f"icons/space-{space_type}.svg", (size, size))

    def token(self, token_id: str, size: int) -> pygame.Surface | None:
        return self.first_image([f"tokens/{token_id}.svg", f"tokens/{token_id}.png"], (size, size))

    def portrait(self, story: Story | None, size: tuple[int, int]) -> pygame.Surface | None:
        """The character's portrait, or the neutral silhouette when it has none."""
        candidates = []
        if story is not None:
            if story.character.portrait:
                candidates += [story.character.portrait, f"portraits/{story.character.portrait}"]
            candidates.append(f"portraits/{story.id}.svg")
        candidates.append(SILHOUETTE)
        return self.first_image(candidates, size)

    def token_ids(self) -> list[str]:
        """Token pictures that exist, by file name without extension, sorted."""
        folder = self.root / "tokens"
        if not folder.is_dir():
            return []
        return sorted({p.stem for p in folder.iterdir() if p.suffix.lower() in {".svg", ".png"}})


def draw_image_or_placeholder(
    surface: pygame.Surface,
    image: pygame.Surface | None,
    rect: pygame.Rect,
    colour: tuple[int, int, int],
) -> None:
    """Blit ``image`` centred in ``rect``; without one, a soft circle stands in for it."""
    if image is not None:
        surface.blit(image, image.get_rect(center=rect.center))
        return
    radius = max(2, min(rect.width, rect.height) // 2 - 2)
    pygame.draw.circle(surface, colour, rect.center, radius, width=max(2, radius // 6))
