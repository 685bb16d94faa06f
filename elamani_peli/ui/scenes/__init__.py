"""The scenes, listed once, imported explicitly.

:data:`SCENE_MODULES` is the whole list: the registry asks each module's
``register(registry)`` to add its scenes by name, in this order. Imports are plain
``from . import …`` statements — a frozen build (PyInstaller) sees them, and a scene module
that fails to import stops the game at start (and the tests) instead of silently leaving a
title button out. Importing any one scene module loads them all, so the phase table of
:mod:`..game_flow` is always complete. A new scene module goes in this list.
"""

from __future__ import annotations

from types import ModuleType

from . import (
    board,
    browser,
    card,
    confirm,
    demo,
    error,
    guide,
    help,
    message,
    moments,
    pause,
    problems,
    settings,
    setup,
    stories,
    story,
    strength,
    summary,
    title,
)

SCENE_MODULES: tuple[ModuleType, ...] = (
    title,
    setup,
    board,
    card,
    story,
    stories,
    summary,
    pause,
    confirm,
    message,
    settings,
    help,
    guide,
    browser,
    demo,
    problems,
    error,
)
"""Every module with a ``register(registry)``."""
PHASE_SCENE_MODULES: tuple[ModuleType, ...] = (moments, strength)
"""Modules that only declare phase scenes for the flow table (the board opens them)."""
