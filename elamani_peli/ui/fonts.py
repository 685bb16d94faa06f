"""The bundled typeface, loaded once per size.

Atkinson Hyperlegible (OFL, in ``assets/fonts/``) covers Finnish and was drawn for
low-vision readers. If its files are missing the game still starts with pygame's
default font — uglier, never broken.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pygame

from .. import paths

FAMILY_FILES = {
    "regular": "AtkinsonHyperlegible-Regular.ttf",
    "bold": "AtkinsonHyperlegible-Bold.ttf",
    "italic": "AtkinsonHyperlegible-Italic.ttf",
}
MIN_PIXEL_SIZE = 6

log = logging.getLogger(__name__)


class FontBook:
    """``pygame.font.Font`` objects by (weight, pixel size), opened once and kept.

    Owned by the App (not a module global) so tests and the screenshot command each get
    their own.
    """

    def __init__(self, fonts_dir: Path | None = None) -> None:
        if not pygame.font.get_init():
            pygame.font.init()
        folder = fonts_dir or paths.assets_dir() / "fonts"
        self.files: dict[str, Path | None] = {}
        for weight, name in FAMILY_FILES.items():
            path = folder / name
            self.files[weight] = path if path.is_file() else None
        self.bundled = self.files["regular"] is not None
        if not self.bundled:
            log.warning("The bundled font is missing from %s; using pygame's default font.", folder)
        self._cache: dict[tuple[str, int], pygame.font.Font] = {}

    def get(self, size: int, weight: str = "regular") -> pygame.font.Font:
        """The font at ``size`` pixels; an unknown or missing weight falls back to regular."""
        size = max(MIN_PIXEL_SIZE, int(size))
        key = (weight, size)
        font = self._cache.get(key)
        if font is None:
            path = self.files.get(weight) or self.files["regular"]
            font = pygame.font.Font(path, size)
            if path is None and weight == "bold":
                font.bold = True
            self._cache[key] = font
        return font
