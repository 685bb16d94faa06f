"""The game's window: opening it, the minimum size, and fullscreen on and off.

Kept apart from the App because every line here is about SDL's quirks (the Window bridge,
fullscreen without a window manager, framebuffer acceleration) rather than about the game;
the App only asks for a size and lays its scenes out again (see ``App.resize``).
"""

from __future__ import annotations

import logging
import os
import warnings

import pygame

from .layout import MIN_WINDOW

WINDOW_TITLE = "Elämäni peli"

log = logging.getLogger(__name__)


def _window() -> pygame.Window:
    """The display module's window, for what only the Window API offers (minimum size, desktop
    fullscreen). pygame-ce 2.5 warns that this bridge will go; it is the only one it has."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return pygame.Window.from_display_module()


def surface() -> pygame.Surface:
    """The window's surface; only called while the window is open."""
    shown = pygame.display.get_surface()
    if shown is None:
        raise RuntimeError("the game window is not open")
    return shown


def clamp_size(size: tuple[int, int]) -> tuple[int, int]:
    return max(MIN_WINDOW[0], int(size[0])), max(MIN_WINDOW[1], int(size[1]))


class GameWindow:
    """The one window: its windowed size (remembered across fullscreen) and fullscreen state."""

    def __init__(self, size: tuple[int, int]) -> None:
        self.size = clamp_size(size)  # the windowed size, restored when fullscreen ends
        self.fullscreen = False

    def open(self) -> pygame.Surface:
        """Create the window (resizable, minimum 960×600) with its title and key repeat."""
        # Per-monitor DPI awareness on Windows: SDL then gets real pixels and text stays crisp.
        os.environ.setdefault("SDL_WINDOWS_DPI_AWARENESS", "permonitorv2")
        pygame.display.init()
        pygame.font.init()
        pygame.display.set_caption(WINDOW_TITLE)
        shown = self.open_windowed()
        pygame.key.set_repeat(400, 45)
        return shown

    def open_windowed(self) -> pygame.Surface:
        shown = pygame.display.set_mode(self.size, pygame.RESIZABLE)
        try:
            _window().minimum_size = MIN_WINDOW
        except (AttributeError, pygame.error):
            log.info("This SDL cannot set a minimum window size; layouts clamp instead.")
        return shown

    def is_fullscreen(self) -> bool:
        shown = pygame.display.get_surface()
        return self.fullscreen or bool(shown is not None and shown.get_flags() & pygame.FULLSCREEN)

    def set_fullscreen(self, on: bool) -> bool:
        """Fullscreen at the desktop's resolution, or back to the window size used before.

        Returns whether it switched. ``set_mode((0, 0), FULLSCREEN)`` rather than SDL's
        "desktop fullscreen": the latter asks the window manager, and without one (a kiosk,
        Xvfb) the window stayed small while SDL reported the desktop size, so the layout
        overflowed the window.
        """
        try:
            if on:
                if not self.fullscreen:
                    self.size = surface().get_size()
                pygame.display.set_mode((0, 0), pygame.FULLSCREEN)
            else:
                # leave fullscreen through the Window first: with SDL_FRAMEBUFFER_ACCELERATION=0
                # (the play command's default) a plain set_mode kept the fullscreen size
                _window().set_windowed()
                self.open_windowed()
            self.fullscreen = on
        except pygame.error as error:
            log.warning("Could not switch fullscreen %s: %s", "on" if on else "off", error)
            return False
        return True

    def fit(self, size: tuple[int, int]) -> tuple[int, int]:
        """The window was resized (or asked to be): the size to lay out for, at least the minimum."""
        size = clamp_size(size)
        shown = surface()
        if shown.get_size() != size and not self.is_fullscreen():
            shown = pygame.display.set_mode(size, pygame.RESIZABLE)
        return shown.get_size()
