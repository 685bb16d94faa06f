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
import os
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pygame

from ..content.library import LoadResult
from ..content.models import EASY_FINNISH
from ..engine.save import SaveStore
from ..engine.session import Session
from ..i18n import Translator, available_languages, choose_language
from ..speech.speaker import Speaker
from ..speech.voices import Voice, best_voice
from ..version import describe as describe_version
from .access_bridge import ACCESS_EVENT, AccessBridge, make_bridge
from .access_tree import access_tree
from .compositor import Compositor
from .fonts import FontBook
from .layout import MIN_WINDOW, Metrics
from .logfile import attach_log_file, log_path
from .look import Look
from .palette import palette_for
from .prefs import Preferences, load_preferences, save_preferences
from .read_aloud import ReadAloud
from .registry import SceneRegistry
from .scene import Scene, SceneStack
from .storage import StoredItem, delete_item
from .text import TextCache

IDLE_SLEEP = 0.025
TOAST_SECONDS = 2.5
ANIMATION_FPS = 60
WINDOW_TITLE = "Elämäni peli"

log = logging.getLogger(__name__)


def _window() -> pygame.Window:
    """The display module's window, for what only the Window API offers (minimum size, desktop
    fullscreen). pygame-ce 2.5 warns that this bridge will go; it is the only one it has."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return pygame.Window.from_display_module()


def _surface() -> pygame.Surface:
    """The window's surface; only called while the window is open."""
    surface = pygame.display.get_surface()
    if surface is None:
        raise RuntimeError("the game window is not open")
    return surface


def clamp_size(size: tuple[int, int]) -> tuple[int, int]:
    return max(MIN_WINDOW[0], int(size[0])), max(MIN_WINDOW[1], int(size[1]))


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
        self.window_size = clamp_size(window_size)
        self.start_fullscreen = self.prefs.starts_fullscreen if fullscreen is None else fullscreen
        self.seed = seed
        self.deck_dirs = deck_dirs
        self.save_store = save_store if save_store is not None else _default_save_store(deck_dirs)
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
        self._log_handler: logging.Handler | None = None
        self.crash_log: Path | None = None
        self._fullscreen = False
        self.compositor = Compositor()  # draws the stack; keeps the dimmed backdrop under a modal
        self.read_aloud: ReadAloud | None = None  # made when read-aloud is first turned on
        self.access_bridge: AccessBridge | None = None  # screen readers, for a real window
        self.voice_factory: Callable[[], Voice] = best_voice  # tests give a recording voice
        self._toast: tuple[str, float] | None = None  # a short confirmation and its seconds left

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
        # Per-monitor DPI awareness on Windows: SDL then gets real pixels and text stays crisp.
        os.environ.setdefault("SDL_WINDOWS_DPI_AWARENESS", "permonitorv2")
        pygame.display.init()
        pygame.font.init()
        pygame.display.set_caption(WINDOW_TITLE)
        surface = self._open_windowed()
        self.access_bridge = make_bridge()
        pygame.key.set_repeat(400, 45)
        self.fonts = FontBook()
        self.text = TextCache(self.fonts)
        self._refresh_look(surface.get_size())
        if self.start_fullscreen:
            self.set_fullscreen(True)
        return surface

    def start(self, first: Scene | None = None) -> None:
        """Open the window and show the title (and the problems notice when content failed)."""
        self.start_with(self._push_first_scenes if first is None else lambda app: app.scenes.push(first))

    def start_with(self, show: Callable[[App], object]) -> None:
        """Open the window, then let ``show(app)`` put the first scenes on the stack.

        The screenshot command passes a scene's sample builder here.
        """
        if self._log_handler is None:
            self._log_handler = attach_log_file()
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
        if self.read_aloud is not None:
            self.read_aloud.speaker.close()
            self.read_aloud = None
        if self._log_handler is not None:
            logging.getLogger("elamani_peli").removeHandler(self._log_handler)
            self._log_handler.close()
            self._log_handler = None
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
            if self._toast is not None:
                message, left = self._toast[0], self._toast[1] - dt
                self._toast = (message, left) if left > 0 else None
                self._dirty = self._dirty or self._toast is None
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
        surface = _surface()
        visible = self.scenes.visible()
        top = visible[-1] if visible else None
        self.compositor.draw(surface, visible, tuple(self.look.palette.scrim))
        if self._toast is not None:
            self._draw_toast(surface, self._toast[0])
        pygame.display.flip()
        if self.prefs.read_aloud:
            self._read_aloud().observe(top, self.language)
        if self.access_bridge is not None and top is not None and not self.animating:
            self.access_bridge.update(access_tree(top, WINDOW_TITLE))
        self.frames_drawn += 1
        self._dirty = False
        self.scenes.changed = False

    def _draw_toast(self, surface: pygame.Surface, message: str) -> None:
        """A short confirmation at the top of the page, under the header (read-aloud on/off)."""
        look = self.look
        m, p = look.metrics, look.palette
        box_size = (m.width * 2 // 3, m.button_height * 2)
        layout = look.text.fit(message, box_size, m.font_size("body"), m.min_font_size)
        box = pygame.Rect(0, 0, layout.width + 2 * m.pad, layout.height + m.pad)
        box.midtop = (m.width // 2, m.header.bottom + m.gap)
        pygame.draw.rect(surface, p.text, box, border_radius=m.radius)
        look.text.draw(surface, layout, box, p.background, "center", "middle")

    def show_toast(self, message: str) -> None:
        self._toast = (message, TOAST_SECONDS)
        self._dirty = True

    def voice(self) -> Voice:
        """The voice read-aloud speaks with (found once, when first needed)."""
        return self._read_aloud().speaker.voice

    def _read_aloud(self) -> ReadAloud:
        if self.read_aloud is None:
            self.read_aloud = ReadAloud(Speaker(self.voice_factory()), self._)
        return self.read_aloud

    def toggle_read_aloud(self) -> None:
        """F3: read-aloud on or off, from any screen, with a confirmation on screen (and in speech)."""
        on = not self.prefs.read_aloud
        self.update_prefs(read_aloud=on)
        self.show_toast(self._("Read aloud on") if on else self._("Read aloud off"))
        top = self.scenes.top
        if on and top is not None:
            self._read_aloud().read(top, self.language, (self._("Read aloud on"),))
        elif self.read_aloud is not None:
            self.read_aloud.speaker.stop()

    def repeat_speech(self) -> None:
        """F4: say the last thing again."""
        if self.prefs.read_aloud:
            self._read_aloud().speaker.repeat()

    def request_redraw(self) -> None:
        self._dirty = True

    def crash(self, error: BaseException) -> None:
        """Log the traceback and put the error scene up; if even that fails, stop quietly.

        The save store remembers the state that crashed, so Continue steps past it instead
        of showing the same thing (and crashing) again.
        """
        log.error("Unexpected error in %s", describe_version(), exc_info=error)
        self.crash_log = log_path()
        if self.session is not None and self.save_store is not None:
            try:
                self.save_store.mark_crash(self.session)
            except Exception:
                log.exception("Could not note where the game crashed")
        self.session = None
        top = self.scenes.top
        if (top is not None and top.name == "error") or not self.registry.has("error"):
            message = self._("Elämäni peli stopped because of an error. Details: {path}")
            print(message.format(path=self.crash_log), file=sys.stderr)
            self.exit_status = 1
            self.running = False
            return
        try:
            self.scenes.reset(self.registry.create("error", self))
            self._dirty = True
        except Exception:
            log.exception("The error scene itself failed")
            self.exit_status, self.running = 1, False

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
            self._access_request(event.action, event.target)
            return
        if event.type in (pygame.WINDOWFOCUSGAINED, pygame.WINDOWFOCUSLOST) and self.access_bridge:
            self.access_bridge.window_focus(event.type == pygame.WINDOWFOCUSGAINED)
        if event.type == pygame.KEYDOWN and not (top and top.takes_every_key) and self._global_key(event):
            self._dirty = True
            return
        if top is None:
            return
        escape = event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE
        if top.handle_event(event) or (escape and top.escape()):
            self._dirty = True

    def _access_request(self, action: str, target: str) -> None:
        """A screen reader asked to focus or press a control: the same as Tab or Enter would."""
        top = self.scenes.top
        widget = top.form.find(target) if top is not None else None
        if widget is None or not widget.can_focus:
            return
        assert top is not None
        top.form.focus(widget.id)
        if action == "click":
            widget.activate(None)
        self._dirty = True

    def _global_key(self, event: pygame.event.Event) -> bool:
        """F1 help, F11 fullscreen, F2 / Ctrl+L language, F3 read aloud, F4 say again — from any scene."""
        if event.key == pygame.K_F1:
            self.show_help()
        elif event.key == pygame.K_F3:
            self.toggle_read_aloud()
        elif event.key == pygame.K_F4:
            self.repeat_speech()
        elif event.key == pygame.K_F11:
            self.update_prefs(fullscreen=not self.is_fullscreen())
        elif event.key == pygame.K_F2 or (event.key == pygame.K_l and event.mod & pygame.KMOD_CTRL):
            self.toggle_language()
        else:
            return False
        return True

    # -- window --------------------------------------------------------------------------------
    def resize(self, size: tuple[int, int]) -> None:
        size = clamp_size(size)
        surface = _surface()
        if surface.get_size() != size and not self.is_fullscreen():
            surface = pygame.display.set_mode(size, pygame.RESIZABLE)
        self._refresh_look(surface.get_size())
        for scene in self.scenes:
            scene.on_resize(surface.get_size())
        self._dirty = True

    def is_fullscreen(self) -> bool:
        surface = pygame.display.get_surface()
        return self._fullscreen or bool(surface is not None and surface.get_flags() & pygame.FULLSCREEN)

    def set_fullscreen(self, on: bool) -> None:
        """Fullscreen at the desktop's resolution, or back to the window size used before.

        ``set_mode((0, 0), FULLSCREEN)`` rather than SDL's "desktop fullscreen": the latter
        asks the window manager, and without one (a kiosk, Xvfb) the window stayed small
        while SDL reported the desktop size, so the layout overflowed the window.
        """
        try:
            if on:
                if not self._fullscreen:
                    self.window_size = _surface().get_size()
                pygame.display.set_mode((0, 0), pygame.FULLSCREEN)
            else:
                # leave fullscreen through the Window first: with SDL_FRAMEBUFFER_ACCELERATION=0
                # (the play command's default) a plain set_mode kept the fullscreen size
                _window().set_windowed()
                self._open_windowed()
            self._fullscreen = on
        except pygame.error as error:
            log.warning("Could not switch fullscreen %s: %s", "on" if on else "off", error)
            return
        self.resize(_surface().get_size())

    def _open_windowed(self) -> pygame.Surface:
        surface = pygame.display.set_mode(self.window_size, pygame.RESIZABLE)
        try:
            _window().minimum_size = MIN_WINDOW
        except (AttributeError, pygame.error):
            log.info("This SDL cannot set a minimum window size; layouts clamp instead.")
        return surface

    # -- shared look, language and preferences -------------------------------------------------
    def _refresh_look(self, size: tuple[int, int]) -> None:
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
        if self.read_aloud is not None:
            self.read_aloud.forget()  # say the screen again, in the new language
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
            self._refresh_look(_surface().get_size())
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
        top = self.scenes.top
        if top is not None and top.name == "help":
            top.dismiss()
        else:
            self.open_scene("help")
        self._dirty = True

    def show_pause(self) -> None:
        """Esc / the Pause button. From a screen opened from the pause menu (settings, help) it
        goes back to that menu: a second pause on top made Resume lead back to Settings."""
        top = self.scenes.top
        if top is None or top.name == "pause":
            return
        stack = list(self.scenes)
        paused = [index for index, scene in enumerate(stack) if scene.name == "pause"]
        if paused:
            self.scenes.pop(stack[paused[-1] + 1])
            self._dirty = True
        elif top.pausable:
            self.open_scene("pause")
            self._dirty = True

    def back_to_title(self) -> None:
        self.scenes.reset(self.registry.create("title", self))
        self._dirty = True

    # -- what is stored on this computer ------------------------------------------------------------
    def delete_stored(self, item: StoredItem) -> None:
        """Delete one kind of stored data (Settings → Stored on this computer)."""
        if item.key == "logs" and self._log_handler is not None:
            logging.getLogger("elamani_peli").removeHandler(self._log_handler)
            self._log_handler.close()
            delete_item(item)
            self._log_handler = attach_log_file()
        elif item.key == "session" and self.save_store is not None and hasattr(self.save_store, "discard"):
            try:
                self.save_store.discard(set_aside=True)  # set-aside copies hold nicknames too
            except Exception:
                log.exception("The save store could not discard the session")
            delete_item(item)
        else:
            delete_item(item)
        if item.key == "settings":  # back to defaults in memory; saved again only on the next change
            self.prefs = Preferences(language=None)
            self._refresh_look(_surface().get_size())
            for scene in self.scenes:
                scene.on_prefs_changed()
        self._dirty = True

    # -- the running session ---------------------------------------------------------------------
    def has_saved_session(self) -> bool:
        """Whether the title offers Continue: a save, its backup or a complete temporary file."""
        store = self.save_store
        try:
            return bool(store is not None and store.has_session())
        except Exception:
            log.exception("Could not look for a saved session")
            return False

    def save_session(self) -> bool:
        """Save the running session now (the engine also autosaves after every action)."""
        if self.session is None or self.save_store is None:
            return False
        try:
            self.save_store.save(self.session)
        except OSError as error:  # disk full, read-only …: the session says why, for the notice
            log.warning("Could not save the session: %s", error)
            self.session.save_failure = getattr(error, "kind", "other")
            self.session.save_error = str(error)
            return False
        except Exception:
            log.exception("Could not save the session")
            return False
        self.session.save_failure = self.session.save_error = None
        return True


def _default_save_store(deck_dirs: tuple[Path, ...] = ()) -> SaveStore | None:
    """The engine's store in the user folder, recording the facilitator's deck folders."""
    try:
        from ..engine.save import SaveStore

        return SaveStore(deck_folders=deck_dirs)
    except Exception as error:
        log.warning("No session store available: %s", error)
        return None
