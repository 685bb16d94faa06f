"""Elämäni peli — a dialogue game for a youth worker and a young person.

Layers, each importing only the ones below it: ``content`` (YAML → typed models) →
``engine`` (rules as pure functions) → ``ui`` (pygame scenes) → ``cli`` (entry points).
``i18n`` and ``paths`` are small shared modules.
"""

__version__ = "0.1.0"
