"""What a scene may ask of whoever runs it: the :class:`SceneHost` protocol.

Scenes never see the App class itself. The App (:mod:`.app`) is one host; the demo's stage
(:class:`~.scenes.demo.DemoStage`) is another, with its own scene stack and session and no
save store. Listing the surface here keeps it small and lets the type checker hold both
hosts to it — the demo used to stand in for the App through ``__getattr__``, so nothing
said which of the App's attributes a scene could rely on.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from ..content.library import ContentLibrary, LoadResult
    from ..engine.save import SaveStore
    from ..engine.session import Session
    from ..i18n import Translator
    from ..speech.voices import Voice
    from .look import Look
    from .prefs import Preferences
    from .registry import SceneRegistry
    from .scene import Scene, SceneStack
    from .sounds import Sounds
    from .storage import StoredItem


class SceneHost(Protocol):
    """The shared things and the navigation every scene uses (``scene.app``)."""

    # -- shared, read by every scene (settable: the stage sizes its own look) ------------------
    look: Look
    scenes: SceneStack
    sounds: Sounds
    """Soft optional sounds (quiet unless Settings turns them on)."""
    seed: int | None
    """``--seed``: new sessions start from it (None: a fresh random seed)."""

    @property
    def content(self) -> LoadResult: ...

    @property
    def library(self) -> ContentLibrary: ...

    @property
    def prefs(self) -> Preferences: ...

    @property
    def translator(self) -> Translator: ...

    @property
    def registry(self) -> SceneRegistry: ...

    @property
    def reraise_errors(self) -> bool:
        """Tests: a bug fails the test instead of showing the error scene."""
        ...

    # -- the running session (owned by the host; set by :mod:`.game_flow`) --------------------
    session: Session | None
    save_store: SaveStore | None

    @property
    def language(self) -> str: ...

    @property
    def content_language(self) -> str:
        """The language of cards and stories (easy Finnish when Selkokieli is on)."""
        ...

    def voice(self) -> Voice:
        """The read-aloud voice (Settings says when it has no voice for the language)."""
        ...

    def _(self, message: str) -> str: ...

    def ngettext(self, singular: str, plural: str, n: int) -> str: ...

    # -- drawing and preferences ---------------------------------------------------------------
    def request_redraw(self) -> None: ...

    def update_prefs(self, **changes: Any) -> None: ...

    def set_language(self, language: str) -> None: ...

    def languages(self) -> list[str]:
        """Languages to switch between: with a catalog, then those only the content has."""
        ...

    def reload_content(self) -> bool:
        """Load the content again (Settings → Own decks changed); False while a session runs."""
        ...

    def delete_stored(self, item: StoredItem) -> None: ...

    # -- navigation ----------------------------------------------------------------------------
    def open_scene(
        self, name: str, on_result: Callable[[Any], object] | None = None, **options: Any
    ) -> Scene | None: ...

    def show_help(self) -> None: ...

    def show_pause(self) -> None: ...

    def back_to_title(self) -> None: ...

    def quit(self) -> None: ...

    def has_saved_session(self) -> bool: ...

    def save_session(self) -> bool: ...

    def is_fullscreen(self) -> bool: ...
