"""The game's pictures — theme and space icons, tokens, portraits — loaded once per size.

SVGs are rasterised by SDL_image at exactly the size they are drawn (``load_sized_svg``),
so icons stay crisp from 960×600 to 4K and on HiDPI screens. Each (file, size) is
rasterised once and cached; a window resize only costs the new sizes. A missing or broken
file never stops the game: :meth:`Art.image` returns ``None`` and :func:`draw_image_or_placeholder`
draws a calm neutral shape instead.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Sequence
from pathlib import Path

import pygame

from elamani_peli.content import files
from elamani_peli.content.images import MAX_IMAGE_BYTES, image_problem
from elamani_peli.content.models import Story, Theme
from elamani_peli.paths import assets_dir

SILHOUETTE = "portraits/silhouette.svg"

log = logging.getLogger(__name__)


class Art:
    """A per-size cache of the pictures under ``assets/``."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root if root is not None else assets_dir()
        self._cache: dict[tuple[str, int, int, bool], pygame.Surface | None] = {}

    def image(self, relative: str | Path, size: tuple[int, int]) -> pygame.Surface | None:
        """The picture at ``assets/<relative>`` fitted inside ``size``, or ``None`` if unusable.

        A :class:`~pathlib.Path` is a facilitator's own picture (the loader found it in their
        folder): it is shown only within the limits of :mod:`elamani_peli.content.images`,
        checked again here in case the file changed since it was validated.
        """
        width, height = max(1, int(size[0])), max(1, int(size[1]))
        key = (str(relative), width, height, isinstance(relative, Path))
        if key not in self._cache:
            if isinstance(relative, Path):
                self._cache[key] = _load_own(relative, (width, height))
            else:
                self._cache[key] = self._load(self.root / relative, (width, height))
        return self._cache[key]

    @staticmethod
    def _load(path: Path, size: tuple[int, int]) -> pygame.Surface | None:
        if not files.is_file(path):
            return None
        try:
            data = files.read_bytes(path, MAX_IMAGE_BYTES * 4)
        except OSError:
            return None
        return _decode(data, path.suffix.lower(), size)

    def first_image(self, candidates: Sequence[str | Path], size: tuple[int, int]) -> pygame.Surface | None:
        for relative in candidates:
            surface = self.image(relative, size)
            if surface is not None:
                return surface
        return None

    def theme_icon(self, theme: Theme | None, size: int, own: Path | None = None) -> pygame.Surface | None:
        """The theme's icon: ``own`` (the facilitator's file the library found), else a built-in one."""
        if theme is None:
            return None
        candidates: list[str | Path] = [f"icons/{theme.id}.svg"]
        if theme.icon:
            candidates = [theme.icon, f"icons/{theme.icon}", *candidates]
        if own is not None:
            candidates.insert(0, own)
        return self.first_image(candidates, (size, size))

    def space_icon(self, space_type: str, size: int) -> pygame.Surface | None:
        return self.image(f"icons/space-{space_type}.svg", (size, size))

    def token(self, token_id: str, size: int) -> pygame.Surface | None:
        return self.first_image([f"tokens/{token_id}.svg", f"tokens/{token_id}.png"], (size, size))

    def portrait(
        self, story: Story | None, size: tuple[int, int], own: Path | None = None
    ) -> pygame.Surface | None:
        """The character's portrait (``own``: the facilitator's file), or the neutral silhouette."""
        candidates: list[str | Path] = [] if own is None else [own]
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


def _load_own(path: Path, size: tuple[int, int]) -> pygame.Surface | None:
    """A facilitator's picture, decoded only within the limits (else None: the fallback shows)."""
    problem = image_problem(path)
    if problem is not None:
        log.warning("Picture %s is not shown: %s", path, problem)
        return None
    try:
        data = files.read_bytes(path, MAX_IMAGE_BYTES)
    except OSError as error:
        log.warning("Picture %s is not shown: %s", path, files.reason(error))
        return None
    return _decode(data, path.suffix.lower(), size)


def _decode(data: bytes, suffix: str, size: tuple[int, int]) -> pygame.Surface | None:
    """Bytes already read → a surface fitted to ``size``; the decoder never opens a path itself."""
    try:
        if suffix == ".svg":
            surface = pygame.image.load_sized_svg(io.BytesIO(data), size)
        else:
            surface = pygame.transform.smoothscale(pygame.image.load(io.BytesIO(data), f"x{suffix}"), size)
    except (pygame.error, OSError, ValueError, MemoryError):
        return None
    return surface.convert_alpha() if pygame.display.get_surface() is not None else surface


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
