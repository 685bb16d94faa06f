"""Which scenes exist, by name — filled at start-up from the explicit list of scene modules.

Every module in :data:`~.scenes.SCENE_MODULES` defines ``register(registry)`` and adds its
scenes by name; :meth:`SceneRegistry.discover` calls them all and lets any failure through,
so a broken scene stops the start (and the tests) instead of hiding a title button. The
screenshot command asks for a scene's *sample* (from :mod:`.samples`): a function that puts
a seeded sample of the scene on the stack. The App owns its registry (no module-level table).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .samples import SAMPLES, SampleBuilder
from .scenes import SCENE_MODULES

if TYPE_CHECKING:
    from .host import SceneHost
    from .scene import Scene

SceneFactory = Callable[..., "Scene"]
"""``factory(app, **options) -> Scene``"""


@dataclass(frozen=True)
class SceneEntry:
    name: str
    factory: SceneFactory
    sample: SampleBuilder | None = None


class SceneRegistry:
    def __init__(self) -> None:
        self._entries: dict[str, SceneEntry] = {}

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

    def create(self, name: str, app: SceneHost, **options: Any) -> Scene:
        entry = self._entries.get(name)
        if entry is None:
            raise KeyError(f"no scene named {name!r}")
        return entry.factory(app, **options)

    def discover(self) -> SceneRegistry:
        """Let every scene module register its scenes, then attach their samples.

        Nothing is caught: an error here is a bug to see at once. Called again, it does nothing.
        """
        if self._entries:
            return self
        for module in SCENE_MODULES:
            module.register(self)
        for name, sample in SAMPLES.items():
            entry = self._entries.get(name)
            if entry is None:
                raise KeyError(f"a sample is given for {name!r}, which no scene module registers")
            self._entries[name] = SceneEntry(name, entry.factory, sample)
        return self
