"""Elämäni peli — a dialogue game for a youth worker and a young person.

Layers, each importing only the ones below it: ``content`` (YAML → typed models) →
``engine`` (rules as pure functions) → ``ui`` (pygame scenes) → ``cli`` (entry points).
``i18n``, ``paths`` and ``version`` are small shared modules. The version lives in
``pyproject.toml`` only; :func:`elamani_peli.version.version` reads it.
"""
