"""Demo mode: a session that plays itself on the real board, card and story scenes, with captions.

The game scenes run on a *stage* of their own (:class:`DemoStage`): a stand-in for the App
with its own scene stack, no save store and its own running session, drawn into the upper
part of the window. So the demo can never autosave over a real saved session, and the real
scenes need no demo special cases. The :class:`~..demo_script.DemoDirector` picks each
step; the caption strip below explains it in the player's language (and, smaller, in the
other one when it is translated).

Built for a fair stand: any key, click or touch goes back to the title; after the summary
a new session starts with the next seed; an error is logged and the loop starts over;
nothing grows from loop to loop (one session, one set of scenes, caches bounded).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

import pygame

from elamani_peli.engine.actions import (
    Action,
    AnotherCard,
    Bookmark,
    ChooseOption,
    Continue,
    Done,
    GiveStrength,
    Pass,
    Roll,
    ShowFollowUp,
)
from elamani_peli.engine.session import Session

from ...i18n import SOURCE_LANGUAGE, SUPPORTED_LANGUAGES, Translator
from .. import game_flow
from ..art import Art
from ..compositor import Compositor
from ..demo_captions import caption, is_translated
from ..demo_script import SECONDS, DemoDirector, DemoStep, demo_setup, pick_seed
from ..layout import Metrics
from ..look import Look
from ..scene import Scene, SceneStack
from ..table import Table
from .board import BoardScene
from .setup import SetupScene

if TYPE_CHECKING:
    from ...content.library import ContentLibrary, LoadResult
    from ...engine.save import SaveStore
    from ...speech.voices import Voice
    from ..host import SceneHost
    from ..prefs import Preferences
    from ..registry import SceneRegistry
    from ..storage import StoredItem

log = logging.getLogger(__name__)

EXIT_EVENTS = (pygame.KEYDOWN, pygame.MOUSEBUTTONDOWN, pygame.FINGERDOWN)
RETRY_SECONDS = 5.0
"""After an error the loop waits this long (at pace 1) before starting over."""
FAST_FORWARD = 5.0
"""Seconds of animation time per frame at pace 0 (tests, screenshots)."""
CAPTION_SHARE = 0.24
"""Part of the window height the caption strip takes."""

WIDGET_FOR_ACTION: dict[type, str] = {
    Roll: "roll",
    Done: "done",
    Pass: "pass",
    AnotherCard: "another",
    ShowFollowUp: "follow-up",
    Bookmark: "bookmark",
    GiveStrength: "strength",
    Continue: "continue",
}
"""The button a player would press for each action: the demo focuses it before acting."""


class DemoStage:
    """The host the game scenes run on during the demo (a :class:`~..host.SceneHost`).

    Own scene stack, session and look (sized to the stage); no save store, no pause or help
    (the demo owns all input); preferences and language stay as they are. What it shares
    with the App — content, translator, registry — it names one by one.
    """

    def __init__(self, app: SceneHost) -> None:
        self._app = app
        self.scenes = SceneStack()
        self.session: Session | None = None
        self.save_store: SaveStore | None = None
        self.look: Look = app.look
        self.seed: int | None = app.seed
        self.sounds = app.sounds

    # -- shared with the App, read-only --------------------------------------------------------
    @property
    def content(self) -> LoadResult:
        return self._app.content

    @property
    def library(self) -> ContentLibrary:
        return self._app.library

    @property
    def prefs(self) -> Preferences:
        return self._app.prefs

    @property
    def translator(self) -> Translator:
        return self._app.translator

    @property
    def registry(self) -> SceneRegistry:
        return self._app.registry

    @property
    def reraise_errors(self) -> bool:
        return self._app.reraise_errors

    @property
    def language(self) -> str:
        return self._app.language

    @property
    def content_language(self) -> str:
        return self._app.content_language

    def languages(self) -> list[str]:
        return self._app.languages()

    def voice(self) -> Voice:
        return self._app.voice()

    def _(self, message: str) -> str:
        return self._app._(message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self._app.ngettext(singular, plural, n)

    def request_redraw(self) -> None:
        self._app.request_redraw()

    # -- what the stage does not do --------------------------------------------------------
    def update_prefs(self, **changes: Any) -> None:
        """The demo changes no settings."""

    def set_language(self, language: str) -> None:
        """The language follows the App (F2 hands control back to the title anyway)."""

    def reload_content(self) -> bool:
        """The demo plays the content it started with."""
        return False

    def delete_stored(self, item: StoredItem) -> None:
        """Nothing stored is touched from the demo."""

    def open_scene(self, name: str, on_result: Any = None, **options: Any) -> Scene | None:
        return self.scenes.push(self.registry.create(name, self, **options), on_result)

    def has_saved_session(self) -> bool:
        return False

    def save_session(self) -> bool:
        return False

    def is_fullscreen(self) -> bool:
        return self._app.is_fullscreen()

    def show_help(self) -> None:
        """The demo answers every key itself; nothing opens on the stage."""

    def show_pause(self) -> None:
        """As :meth:`show_help`."""

    def back_to_title(self) -> None:
        self._app.back_to_title()

    def quit(self) -> None:
        """Only the App quits; on the stage it means leaving the demo."""
        self._app.back_to_title()

    def clear(self) -> None:
        """Close every scene without resuming the ones below (a board would open its card again)."""
        for scene in reversed(list(self.scenes)):
            scene.exit()
        self.scenes = SceneStack()
        self.session = None


class DemoScene(Scene):
    name = "demo"
    pausable = False
    takes_every_key = True

    def __init__(self, app: SceneHost, seed: int | None = None, pace: float = 1.0) -> None:
        super().__init__(app)
        self.pace = max(0.0, pace)
        self.next_seed = seed if seed is not None else (app.seed if app.seed is not None else 1)
        self.stage = DemoStage(app)
        self.art = Art()
        self.director: DemoDirector | None = None
        self.table: Table | None = None
        self.step_now: DemoStep | None = None
        self.timer = 0.0
        self.loops = 0
        self.steps_shown = 0
        self.errors = 0
        self.text = ("", "")
        self.stage_rect = pygame.Rect(0, 0, 0, 0)
        self.caption_rect = pygame.Rect(0, 0, 0, 0)
        self.compositor = Compositor()  # the stage's scenes, dimmed under a modal like the App's
        self._other: Translator | None = None

    # -- life cycle ---------------------------------------------------------------------------
    def enter(self) -> None:
        super().enter()
        try:
            self.start_loop()
        except Exception as error:  # e.g. content a session cannot start from: log, retry later
            self.fail(error)

    def exit(self) -> None:
        self.stage.clear()

    def build(self) -> None:
        m = self.app.look.metrics
        wanted = round(
            m.font_size("heading") * 2.8 + m.font_size("small") * 2.6
        )  # two lines + the other language
        caption_height = min(m.height * 2 // 5, max(round(m.height * CAPTION_SHARE), wanted))
        self.stage_rect = pygame.Rect(0, 0, m.width, m.height - caption_height)
        self.caption_rect = pygame.Rect(0, self.stage_rect.bottom, m.width, caption_height)
        look = self.app.look
        self.stage.look = Look(
            look.palette,
            Metrics(self.stage_rect.width, self.stage_rect.height, look.metrics.text_scale),
            look.text,
            look.reduced_motion,
        )
        for scene in self.stage.scenes:
            scene.rebuild()
        self.refresh_caption()

    # -- the loop -----------------------------------------------------------------------------
    def start_loop(self) -> None:
        """A new session from the next seed, opening with the setup screen when there is one."""
        self.stage.clear()
        library = self.app.library
        seed = pick_seed(library, self.next_seed)
        self.next_seed = seed + 1
        self.loops += 1
        self.director = DemoDirector(library, seed)
        session = Session.new(library, demo_setup(library, seed))  # no store: never saved
        self.table = Table(session, lambda: self.app.content_language, art=self.art, sounds=self.app.sounds)
        self.stage.session = session
        shown = self.stage.open_scene("setup")
        if isinstance(shown, SetupScene):  # show the demo's own players and length, not the defaults
            shown.setup = session.setup
            shown.rebuild()
        self.show(DemoStep("setup", None, SECONDS["setup"]))

    def show(self, step: DemoStep) -> None:
        self.step_now = step
        self.steps_shown += 1
        self.timer = step.seconds * self.pace
        self._focus_button(step.action)
        self.refresh_caption()
        self.app.request_redraw()

    def finish_step(self) -> None:
        """The current step's time is up: apply its action, or move on to what comes next."""
        step = self.step_now
        assert self.table is not None and self.director is not None
        if step is not None and step.kind == "setup":
            if self.stage.scenes.top is None or self.stage.scenes.top.name != "board":
                self._open_board()
        elif step is not None and step.kind == "summary":
            self.start_loop()
            return
        elif step is not None and step.action is not None:
            self._apply(step.action)
        self.step_now = None  # the next step is chosen once the stage stops animating

    def _open_board(self) -> None:
        assert self.table is not None
        self.stage.clear()
        self.stage.scenes.push(game_flow.board_for(self.stage, self.table))

    def _apply(self, action: Action) -> None:
        """Act through the scene that shows the phase, as a player's button press would.

        The flow table says which scene that is; the demo keeps none of its own, so a scene
        missing from the stage is an error (logged, and the loop starts over), never skipped.
        """
        assert self.table is not None
        top = self.stage.scenes.top
        phase = self.table.state.phase
        if not isinstance(top, game_flow.scene_for(phase)):
            raise game_flow.FlowError(f"the demo expected the {phase!r} scene on top, found {top!r}")
        if isinstance(action, Roll) and isinstance(top, BoardScene):
            top.roll()
        else:
            top.send(action)

    def _focus_button(self, action: Action | None) -> None:
        top = self.stage.scenes.top
        if action is None or top is None:
            return
        widget = (
            f"choice-{action.index + 1}"
            if isinstance(action, ChooseOption)
            else WIDGET_FOR_ACTION.get(type(action))
        )
        if widget is not None and top.form.find(widget) is not None:
            top.form.focus(widget)

    def update(self, dt: float) -> bool:
        try:
            return self._tick(dt)
        except Exception as error:
            self.fail(error)
            return False

    def _tick(self, dt: float) -> bool:
        scenes = self.stage.scenes
        inner_dt = dt if self.pace > 0 else FAST_FORWARD  # at pace 0 every animation ends at once
        animating = any([scene.update(inner_dt) for scene in scenes.visible()])
        if animating:
            return True
        if self.step_now is None:
            assert self.director is not None and self.table is not None
            self.show(self.director.next_step(self.table.state))
            return False
        self.timer -= dt
        if self.timer <= 0:
            self.finish_step()
            self.app.request_redraw()
        return False

    def fail(self, error: Exception) -> None:
        """Log the error and start the loop over after a pause; tests let it through."""
        if self.app.reraise_errors:
            raise error
        self.errors += 1
        log.error("The demo stopped at an error and starts over", exc_info=error)
        try:
            self.stage.clear()
        except Exception:
            log.exception("Clearing the demo stage failed")
            self.stage = DemoStage(self.app)
            self.build()
        self.step_now = DemoStep("summary", None, RETRY_SECONDS)
        self.timer = RETRY_SECONDS * self.pace
        self.text = ("", "")

    # -- input --------------------------------------------------------------------------------
    def handle_event(self, event: pygame.event.Event) -> bool:
        if event.type in EXIT_EVENTS:
            self.app.back_to_title()
            return True
        return False

    def escape(self) -> bool:
        self.app.back_to_title()
        return True

    # -- drawing ------------------------------------------------------------------------------
    def refresh_caption(self) -> None:
        """The caption in the player's language and, if translated, in the other language."""
        step, table = self.step_now, self.table
        if step is None or table is None:
            return
        library, setup = self.app.library, table.session.setup
        state = None if step.kind == "setup" else table.state
        first = caption(self.app._, self.app.language, library, setup, state, step)
        other_language = next((code for code in SUPPORTED_LANGUAGES if code != self.app.language), None)
        second = ""
        if other_language is not None:
            if self._other is None or self._other.language != other_language:
                self._other = Translator(other_language)
            other = self._other.gettext
            if other_language == SOURCE_LANGUAGE or is_translated(other, step.kind):
                second = caption(other, other_language, library, setup, state, step)
        self.text = (first, second if second != first else "")

    def draw(self, surface: pygame.Surface) -> None:
        try:
            super().draw(surface)
        except Exception as error:
            self.fail(error)

    def draw_content(self, surface: pygame.Surface) -> None:
        stage_surface = surface.subsurface(self.stage_rect)
        scrim = tuple(self.app.look.palette.scrim)
        self.compositor.draw_all(stage_surface, self.stage.scenes.visible(), scrim)
        self._draw_caption(surface)

    def _draw_caption(self, surface: pygame.Surface) -> None:
        look, _ = self.app.look, self.app._
        m, p = look.metrics, look.palette
        strip = self.caption_rect
        pygame.draw.rect(surface, p.accent, strip)
        ink = p.accent_text
        inner = strip.inflate(-2 * m.pad, -m.pad)
        hint_size = max(
            m.min_font_size, round(m.font_size("small") / m.text_scale)
        )  # a footnote at any type size
        hint_height = round(hint_size * 1.3)
        hint = pygame.Rect(inner.left, inner.bottom - hint_height, inner.width, hint_height)
        look.text.draw_fitted(
            surface,
            _("Demo · press any key or touch the screen to play"),
            hint,
            ink,
            hint_size,
            8,
            "bold",
            align="right",
        )
        first, second = self.text
        text_box = pygame.Rect(inner.left, inner.top, inner.width, hint.top - inner.top - m.gap // 2)
        if second:
            main_box = pygame.Rect(text_box.left, text_box.top, text_box.width, text_box.height * 3 // 5)
            other_box = pygame.Rect(
                text_box.left, main_box.bottom, text_box.width, text_box.height - main_box.height
            )
            look.text.draw_fitted(
                surface, second, other_box, ink, m.font_size("small"), 8, "italic", valign="middle"
            )
        else:
            main_box = text_box
        look.text.draw_fitted(
            surface, first, main_box, ink, m.font_size("heading"), m.min_font_size, "bold", valign="middle"
        )


def register(registry: SceneRegistry) -> None:
    registry.add("demo", lambda app, **options: DemoScene(app, **options))
