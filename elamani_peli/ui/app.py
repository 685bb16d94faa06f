"""The App: window, event-driven loop, global keys, and what every scene shares.

The loop draws only when something changed and otherwise sleeps: with a card on screen and
nobody touching anything it costs well under 1 % of a core. (``pygame.event.wait`` was
measured here at ~1.7–2 % of a core with nothing happening, because SDL polls every
millisecond inside it; polling the queue and sleeping ``IDLE_SLEEP`` seconds costs ~0.2 %
and answers input within 25 ms.) While a scene animates, frames come at up to 60 per second.

An unexpected exception never shows a traceback: it is written to the log file in the
user's data folder and the error scene replaces the stack. The session save is left as
it was (the engine autosaves after every action, so nothing is lost).
"""

from __future__ import annotations

import logging
import logging.handlers
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pygame

from ..content.library import LoadResult
from ..content.models import EASY_FINNISH
from ..engine.save import SaveStore
from ..engine.session import Session
from ..i18n import Translator, available_languages, choose_language
from ..speech.voices import Voice
from .access_bridge import ACCESS_EVENT, AccessBridge
from .assistive import Assistive
from .compositor import Compositor
from .crash import crash
from .fonts import FontBook
from .layout import Metrics
from .logfile import attach_log_file
from .look import Look
from .navigation import global_key, pause, toggle_help
from .palette import palette_for
from .prefs import Preferences, load_preferences, save_preferences
from .read_aloud import ReadAloud
from .registry import SceneRegistry
from .saving import default_save_store, has_saved_session, save_session
from .scene import Scene, SceneStack
from .sounds import Sounds
from .storage import StoredItem, delete_stored
from .text import TextCache
from .window import WINDOW_TITLE, GameWindow, surface

IDLE_SLEEP = 0.025
ANIMATION_FPS = 60

log = logging.getLogger(__name__)


class App:
    """The running game. Scenes reach everything shared through it (``scene.app``).

    Attributes other scenes use: ``content`` (the :class:`LoadResult`), ``library``,
    ``prefs``, ``translator`` and ``_`` (its gettext), ``look`` (palette, metrics, text),
    ``scenes`` (the stack), ``registry``, ``save_store``, ``session`` (the running
    engine session or None), ``seed`` (from ``--seed``, or None), ``deck_dirs``.
    """

    def __init__(
        self,
        content: LoadResult,
        *,
        prefs: Preferences | None = None,
        prefs_path: Path | None = None,
        language: str | None = None,
        window_size: tuple[int, int] = (1280, 720),
        fullscreen: bool | None = None,
        seed: int | None = None,
        deck_dirs: tuple[Path, ...] = (),
        save_store: SaveStore | None = None,
        registry: SceneRegistry | None = None,
    ) -> None:
        self.content = content
        self.library = content.library
        self.prefs_path = prefs_path
        self.prefs = prefs if prefs is not None else load_preferences(prefs_path)
        self.translator = Translator(
            choose_language(language, self.prefs.language, tuple(self.library.languages)),
            easy=self.prefs.easy_finnish,
        )
        self.window = GameWindow(window_size)  # the window's size and fullscreen state
        self.start_fullscreen = self.prefs.starts_fullscreen if fullscreen is None else fullscreen
        self.seed = seed
        self.deck_dirs = deck_dirs
        self.save_store = save_store if save_store is not None else default_save_store(deck_dirs)
        self.session: Session | None = None  # the running session, set and cleared by game_flow
        self.registry = registry if registry is not None else SceneRegistry()
        self.scenes = SceneStack()
        self.fonts: FontBook | None = None
        self.text: TextCache | None = None
        self.look: Look = None  # type: ignore[assignment]  # set when the window opens
        self.running = False
        self.exit_status = 0
        self.reraise_errors = False  # tests: let a bug fail the test instead of showing the error scene
        self.frames_drawn = 0
        self.animating = False
        self._dirty = True
        self._last_step = time.perf_counter()
        self._clock = pygame.time.Clock()
        self.log_handler: logging.Handler | None = None
        self.crash_log: Path | None = None
        self.compositor = Compositor()  # draws the stack; keeps the dimmed backdrop under a modal
        self.assistive = Assistive(self)  # read-aloud, the screen-reader bridge, the toast
        self.sounds = Sounds(lambda: self.prefs.sounds)

    # -- what :class:`.assistive.Assistive` owns, where scenes and tests have always found it --
    @property
    def read_aloud(self) -> ReadAloud | None:
        return self.assistive.read_aloud

    @property
    def access_bridge(self) -> AccessBridge | None:
        return self.assistive.access_bridge

    @property
    def voice_factory(self) -> Callable[[], Voice]:
        return self.assistive.voice_factory

    @voice_factory.setter
    def voice_factory(self, value: Callable[[], Voice]) -> None:
        self.assistive.voice_factory = value

    def voice(self) -> Voice:
        """The voice read-aloud speaks with (found once, when first needed)."""
        return self.assistive.voice()

    def show_toast(self, message: str) -> None:
        self.assistive.show_toast(message)

    def toggle_read_aloud(self) -> None:
        """F3: read-aloud on or off, with a confirmation on screen (and in speech)."""
        self.assistive.toggle_read_aloud()

    def repeat_speech(self) -> None:
        """F4: say the last thing again."""
        self.assistive.repeat_speech()

    # -- translation ------------------------------------------------------------------------
    def _(self, message: str) -> str:
        return self.translator.gettext(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self.translator.ngettext(singular, plural, n)

    @property
    def language(self) -> str:
        return self.translator.language

    @property
    def content_language(self) -> str:
        """The language cards and stories are shown in: easy Finnish when *Selkokieli* is on."""
        return EASY_FINNISH if self.language == "fi" and self.prefs.easy_finnish else self.language

    # -- start and stop ---------------------------------------------------------------------
    def open_window(self) -> pygame.Surface:
        """Create the window (resizable, minimum 960×600) and the fonts and look."""
        shown = self.window.open()
        self.assistive.open()
        self.fonts = FontBook()
        self.text = TextCache(self.fonts)
        self.refresh_look(shown.get_size())
        if self.start_fullscreen:
            self.set_fullscreen(True)
        return shown

    def start(self, first: Scene | None = None) -> None:
        """Open the window and show the title (and the problems notice when content failed)."""
        self.start_with(self._push_first_scenes if first is None else lambda app: app.scenes.push(first))

    def start_with(self, show: Callable[[App], object]) -> None:
        """Open the window, then let ``show(app)`` put the first scenes on the stack.

        The screenshot command passes a scene's sample builder here.
        """
        if self.log_handler is None:
            self.log_handler = attach_log_file()
        if not self.registry.names():
            self.registry.discover()
        self.open_window()
        self.running = True
        show(self)

    def _push_first_scenes(self, app: App) -> None:
        self.scenes.push(self.registry.create("title", self))
        if self.content.errors and self.registry.has("problems"):
            self.scenes.push(self.registry.create("problems", self))

    def run(self) -> int:
        """Start and loop until the player quits; returns the process exit status."""
        self.start()
        try:
            while self.running:
                self.step()
        finally:
            self.close()
        return self.exit_status

    def close(self) -> None:
        self.assistive.close()
        self.sounds.close()
        if self.log_handler is not None:
            logging.getLogger("elamani_peli").removeHandler(self.log_handler)
            self.log_handler.close()
            self.log_handler = None
        pygame.display.quit()

    def quit(self) -> None:
        self.running = False

    # -- the loop ------------------------------------------------------------------------------
    def step(self, idle_wait: bool = True, dt: float | None = None) -> bool:
        """One pass: events, animation, a frame if needed, then sleep if idle. True if it drew.

        ``dt`` overrides the measured time since the last step (tests advance time exactly).
        """
        now = time.perf_counter()
        measured, self._last_step = min(0.1, now - self._last_step), now
        dt = measured if dt is None else dt
        try:
            events = pygame.event.get()
            opened_by_key = False
            for event in events:
                if event.type == pygame.TEXTINPUT and opened_by_key:
                    continue  # the letter of the key that opened this scene ("4" → deck browser search)
                top = self.scenes.top
                self.handle_event(event)
                if event.type == pygame.KEYDOWN:
                    opened_by_key = self.scenes.top is not top
                if not self.running:
                    return False
            self._dirty = self.assistive.tick(dt) or self._dirty
            moving = [scene.update(dt) for scene in self.scenes.visible()]
            animating = self.animating = any(moving)
            if any(moving[:-1]) or self._dirty or self.scenes.changed:
                self.compositor.stale = True  # something under the top scene may look different now
            drew = False
            if animating or self._dirty or self.scenes.changed:
                self.draw()
                drew = True
        except Exception as error:  # the last line of defence: log it, show the error scene
            if self.reraise_errors:
                raise
            self.crash(error)
            return False
        if idle_wait:
            if animating:
                self._clock.tick(ANIMATION_FPS)
            elif not events:
                time.sleep(IDLE_SLEEP)
        return drew

    def draw(self) -> None:
        """Draw the visible scenes (see :class:`.compositor.Compositor`) and any toast; show the frame."""
        shown = surface()
        visible = self.scenes.visible()
        top = visible[-1] if visible else None
        self.compositor.draw(shown, visible, tuple(self.look.palette.scrim))
        self.assistive.draw_toast(shown)
        pygame.display.flip()
        self.assistive.frame_shown(top, WINDOW_TITLE, self.animating)
        self.frames_drawn += 1
        self._dirty = False
        self.scenes.changed = False

    def request_redraw(self) -> None:
        self._dirty = True

    def crash(self, error: BaseException) -> None:
        """Log the traceback and put the error scene up (see :func:`.crash.crash`)."""
        crash(self, error)

    # -- input ---------------------------------------------------------------------------------
    def handle_event(self, event: pygame.event.Event) -> None:
        if event.type == pygame.QUIT:
            self.quit()
            return
        if event.type in (pygame.VIDEORESIZE, pygame.WINDOWSIZECHANGED):
            size = (event.w, event.h) if event.type == pygame.VIDEORESIZE else (event.x, event.y)
            self.resize(size)
            return
        if event.type in (
            pygame.WINDOWEXPOSED,
            pygame.WINDOWSHOWN,
            pygame.WINDOWRESTORED,
            pygame.WINDOWMAXIMIZED,
        ):
            self._dirty = True
            return
        top = self.scenes.top
        if event.type == ACCESS_EVENT:
            if self.assistive.access_request(event.action, event.target):
                self._dirty = True
            return
        if event.type in (pygame.WINDOWFOCUSGAINED, pygame.WINDOWFOCUSLOST):
            self.assistive.window_focus(event.type == pygame.WINDOWFOCUSGAINED)
        if event.type == pygame.KEYDOWN and not (top and top.takes_every_key) and self._global_key(event):
            self._dirty = True
            return
        if top is None:
            return
        escape = event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE
        if top.handle_event(event) or (escape and top.escape()):
            self._dirty = True

    def _global_key(self, event: pygame.event.Event) -> bool:
        return global_key(self, event)  # F1, F2/Ctrl+L, F3, F4, F11: see :mod:`.navigation`

    # -- window (SDL's side lives in :mod:`.window`) ------------------------------------------
    @property
    def window_size(self) -> tuple[int, int]:
        """The windowed size (kept while fullscreen, restored after it)."""
        return self.window.size

    def resize(self, size: tuple[int, int]) -> None:
        size = self.window.fit(size)
        self.refresh_look(size)
        for scene in self.scenes:
            scene.on_resize(size)
        self._dirty = True

    def is_fullscreen(self) -> bool:
        return self.window.is_fullscreen()

    def set_fullscreen(self, on: bool) -> None:
        """Fullscreen at the desktop's resolution, or back to the window size used before."""
        if self.window.set_fullscreen(on):
            self.resize(surface().get_size())

    # -- shared look, language and preferences -------------------------------------------------
    def refresh_look(self, size: tuple[int, int]) -> None:
        assert self.text is not None
        self.look = Look(
            palette_for(self.prefs.high_contrast),
            Metrics(size[0], size[1], self.prefs.type_scale, self.prefs.strong_focus),
            self.text,
            self.prefs.reduced_motion,
        )

    def all_deck_dirs(self) -> list[Path]:
        """The content folders in use: ``--decks``, then those remembered in Settings."""
        from ..content.folders import folders_to_load

        return folders_to_load(self.deck_dirs, self.prefs.deck_folders)

    def reload_content(self) -> bool:
        """Load all content again (a folder was added or removed in Settings); not mid-session.

        Returns whether it reloaded. Scenes are rebuilt, so lists and counts show the new content.
        """
        if self.session is not None:
            return False
        from ..content.loader import load_content

        self.content = load_content(self.all_deck_dirs())
        self.library = self.content.library
        for scene in self.scenes:
            scene.rebuild()
        self._dirty = True
        return True

    def languages(self) -> list[str]:
        """Languages to switch between: those with a catalog, then those only the content has."""
        content = [code for code in self.library.languages if code != EASY_FINNISH]  # a preference
        return list(dict.fromkeys([*available_languages(), *content]))

    def set_language(self, language: str) -> None:
        if language not in self.languages() or language == self.language:
            return
        self.translator = Translator(language, easy=self.prefs.easy_finnish)
        self.assistive.language_changed()
        self.update_prefs(language=language)
        for scene in self.scenes:
            scene.on_language_changed()
        self._dirty = True

    def toggle_language(self) -> None:
        languages = self.languages()
        index = languages.index(self.language) if self.language in languages else -1
        self.set_language(languages[(index + 1) % len(languages)])

    def update_prefs(self, **changes: Any) -> None:
        """Change and save preferences, then let every scene lay itself out again."""
        self.prefs = self.prefs.with_changes(**changes)
        try:
            save_preferences(self.prefs, self.prefs_path)
        except OSError as error:
            log.warning("Could not save settings: %s", error)
        if self.prefs.language and self.prefs.language != self.language:
            self.set_language(self.prefs.language)
        elif "easy_finnish" in changes and self.translator.easy != self.prefs.easy_finnish:
            # Selkokieli changes the words of the buttons and prompts too (locales/fi/…/selko.po)
            self.translator = Translator(self.language, easy=self.prefs.easy_finnish)
        window_open = self.look is not None
        wanted = self.prefs.starts_fullscreen
        if {"fullscreen", "presenter"} & set(changes) and window_open and wanted != self.is_fullscreen():
            self.set_fullscreen(wanted)
        if self.look is not None:
            self.refresh_look(surface().get_size())
        for scene in self.scenes:
            scene.on_prefs_changed()
        self._dirty = True

    # -- navigation shared by every scene -------------------------------------------------------
    def open_scene(self, name: str, on_result: Any = None, **options: Any) -> Scene | None:
        """Push the registered scene ``name``; None if no such scene is installed."""
        if not self.registry.has(name):
            log.warning("No scene named %r is installed", name)
            return None
        return self.scenes.push(self.registry.create(name, self, **options), on_result)

    def show_help(self) -> None:
        """F1 / the Help button: open help, or close it when it is already on top."""
        toggle_help(self)

    def show_pause(self) -> None:
        """Esc / the Pause button (never a second pause menu on top of the first)."""
        pause(self)

    def back_to_title(self) -> None:
        self.scenes.reset(self.registry.create("title", self))
        self._dirty = True

    # -- what is stored on this computer ------------------------------------------------------------
    def delete_stored(self, item: StoredItem) -> None:
        """Delete one kind of stored data (Settings → Stored on this computer)."""
        delete_stored(self, item)

    # -- the running session ---------------------------------------------------------------------
    def has_saved_session(self) -> bool:
        """Whether the title offers Continue: a save, its backup or a complete temporary file."""
        return has_saved_session(self.save_store)

    def save_session(self) -> bool:
        """Save the running session now (the engine also autosaves after every action)."""
        return save_session(self.session, self.save_store)
