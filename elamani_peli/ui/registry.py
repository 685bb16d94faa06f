"""Which scenes exist, found at start-up — so a scene can be added without editing others.

Every module in ``elamani_peli.ui.scenes`` may define ``register(registry)`` and add its
scenes by name. The title screen asks the registry for ``setup``, ``stories``,
``deck-browser`` … and hides a button whose scene is not there; the screenshot command asks
for a scene's *sample* — a function that puts a seeded sample of the scene on the stack.
The App owns its registry (no module-level table).
"""

from __future__ import annotations

import importlib
import logging
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .app import App
    from .scene import Scene

SceneFactory = Callable[..., "Scene"]
"""``factory(app, **options) -> Scene``"""
SampleBuilder = Callable[["App", int], None]
"""``sample(app, seed)`` pushes whatever the screenshot of that scene needs onto ``app.scenes``."""

SCENES_PACKAGE = "elamani_peli.ui.scenes"

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SceneEntry:
    name: str
    factory: SceneFactory
    sample: SampleBuilder | None = None


def over_title(scene_factory: SceneFactory) -> SampleBuilder:
    """A sample for a scene reached from the title screen: the title, and the scene on top."""

    def sample(app: App, seed: int) -> None:
        app.scenes.push(app.registry.create("title", app))
        app.scenes.push(scene_factory(app))

    return sample


class SceneRegistry:
    def __init__(self) -> None:
        self._entries: dict[str, SceneEntry] = {}
        self.failed_modules: list[str] = []

    def add(self, name: str, factory: SceneFactory, sample: SampleBuilder | None = None) -> None:
        if name in self._entries:
            raise ValueError(f"scene {name!r} is registered twice")
        self._entries[name] = SceneEntry(name, factory, sample)

    def has(self, name: str) -> bool:
        return name in self._entries

    def get(self, name: str) -> SceneEntry | None:
        return self._entries.get(name)

    def names(self) -> list[str]:
        return sorted(self._entries)

    def create(self, name: str, app: App, **options: Any) -> Scene:
        entry = self._entries.get(name)
        if entry is None:
            raise KeyError(f"no scene named {name!r}")
        return entry.factory(app, **options)

    def discover(self, package: str = SCENES_PACKAGE) -> SceneRegistry:
        """Import every scene module and let it register. A broken module is logged and
        skipped, so one half-finished scene cannot keep the game from starting."""
        root = importlib.import_module(package)
        for info in sorted(pkgutil.iter_modules(root.__path__), key=lambda i: i.name):
            name = f"{package}.{info.name}"
            try:
                module = importlib.import_module(name)
                register = getattr(module, "register", None)
                if register is not None:
                    register(self)
            except Exception:
                log.exception("Scene module %s could not be loaded; its scenes are left out.", name)
                self.failed_modules.append(name)
        return self
