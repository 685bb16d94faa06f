"""The first frame: the window with the game's name, before anything heavy is imported.

Loading and validating the content (YAML, pydantic) and importing the engine take a few
hundred milliseconds; a window that stays black that long feels broken. So the play
command opens the window and draws this — pygame and the font only — first, and the App
then takes over the same window. Language-neutral on purpose: the name is the same in both.
"""

from __future__ import annotations

import os

import pygame

from .fonts import FontBook
from .layout import Metrics
from .palette import palette_for

GAME_NAME = "Elämäni peli"


def show_splash(size: tuple[int, int], high_contrast: bool = False) -> pygame.Surface:
    """Open the window at ``size`` and draw the name centred; returns the window surface."""
    os.environ.setdefault("SDL_WINDOWS_DPI_AWARENESS", "permonitorv2")
    pygame.display.init()
    pygame.display.set_caption(GAME_NAME)
    surface = pygame.display.set_mode(size, pygame.RESIZABLE)
    palette, metrics = palette_for(high_contrast), Metrics(*surface.get_size())
    surface.fill(palette.background)
    font = FontBook().get(metrics.font_size("display"), "bold")
    name = font.render(GAME_NAME, True, palette.text)
    surface.blit(name, name.get_rect(center=surface.get_rect().center))
    pygame.display.flip()
    return surface
