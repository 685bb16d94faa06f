"""Scenes and the scene stack.

A scene draws one screen and reacts to input. Scenes form a stack (like Textual's
screens): ``push`` opens one on top, ``pop`` closes the top one, ``replace`` swaps it. A
modal scene hands its answer back with :meth:`Scene.dismiss`, which calls the callback
given to ``push`` — a dialog never reaches into its caller.

Layout is rebuilt, not patched: a scene puts its widgets in :meth:`Scene.build`, which
runs on entry, on resize, on a language switch and on a settings change. Focus survives a
rebuild because widgets keep their ids.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import pygame

from .focus import Form
from .label_fit import harmonise_labels
from .widgets import Button

if TYPE_CHECKING:
    from .host import SceneHost

ResultCallback = Callable[[Any], object]
"""Given the scene's result when it closes; what it returns is ignored."""


class Scene:
    """One screen. Subclasses override :meth:`build`, :meth:`title`, :meth:`draw_content`."""

    #: Registry name, used by the screenshot command and for look-ups.
    name = "scene"
    #: False: the scene below shows through, dimmed (pause, dialogs).
    opaque = True
    #: Esc opens the pause scene, and the header shows Help and Pause buttons.
    pausable = True
    #: The header strip with Help even when there is nothing to pause (the title screen).
    header = False
    #: Esc closes the scene and goes back (dialogs, help, settings, the browser) instead of pausing.
    escape_goes_back = False
    #: True: the scene gets every key, F1/F2/F11 too, before the App's global keys (the demo,
    #: where any key hands control back).
    takes_every_key = False
    #: Widget ids to focus first, in order of preference.
    initial_focus: tuple[str, ...] = ()

    def __init__(self, app: SceneHost) -> None:
        self.app = app
        self.form = Form()
        self._on_result: ResultCallback | None = None

    # -- life cycle (called by the stack and the App) -------------------------------------
    def enter(self) -> None:
        """Pushed onto the stack: lay out."""
        self.rebuild()

    def exit(self) -> None:
        """Removed from the stack."""

    def cover(self, above: Scene) -> None:
        """``above`` was opened on top of this scene (which then may not be drawn or updated)."""

    def resume(self) -> None:
        """The scene above was closed; this one is on top again."""
        self.rebuild()

    def rebuild(self) -> None:
        """Lay out again (keeping the focused widget) from the current size, language, settings."""
        focus = self.form.focus_id
        self.form.clear()
        self.build()
        if self.pausable or self.header:
            self._add_header_buttons()
        harmonise_labels(self.form.widgets, self.app.look)  # equal siblings, one label size
        self.form.focus_id = focus
        self.form.ensure_focus(self.initial_focus)

    def on_resize(self, size: tuple[int, int]) -> None:
        self.rebuild()

    def on_language_changed(self) -> None:
        self.rebuild()

    def on_prefs_changed(self) -> None:
        self.rebuild()

    # -- what subclasses fill in ------------------------------------------------------------
    def title(self) -> str:
        """The scene's title shown in the header ("" for none)."""
        return ""

    def utterances(self) -> list[str]:
        """What read-aloud says about this scene, in the player's language, in reading order.

        A pure function of the scene's state: speech and screen never disagree. The default
        is the title and any text the scene shows in a scrolling text (help, the guide);
        scenes that show more (a card, a story, a turn) say it.
        """
        title = self.title()
        said = [title] if title else []
        for widget in self.form.widgets:
            said += widget.texts()
        return said

    def build(self) -> None:
        """Create widgets with their rectangles (``self.app.look.metrics`` has the sizes)."""

    def draw_content(self, surface: pygame.Surface) -> None:
        """Draw everything except the widgets, which the base draws on top."""

    def help_topics(self) -> tuple[str, ...]:
        """The topics on screen (content notes, a theme id): Help lists services for them first."""
        return ()

    # -- the protocol the App calls ---------------------------------------------------------
    def handle_event(self, event: pygame.event.Event) -> bool:
        """True if the event was used (the App then redraws)."""
        return self.form.handle_event(event)

    def update(self, dt: float) -> bool:
        """Advance animations by ``dt`` seconds; True while something moves (keeps frames coming)."""
        return False

    def draw(self, surface: pygame.Surface) -> None:
        look = self.app.look
        if self.opaque:
            surface.fill(look.palette.background)
        if self.pausable or self.header:
            self._draw_header(surface)
        self.draw_content(surface)
        self.form.draw(surface, look, show_focus=self.app.scenes.top is self)

    def escape(self) -> bool:
        """Esc that no widget used: go back, or open the pause scene. True if handled."""
        if self.escape_goes_back:
            self.dismiss()
            return True
        if self.pausable:
            self.app.show_pause()
            return True
        return False

    def dismiss(self, result: Any = None) -> None:
        """Close this scene and give ``result`` to whoever pushed it."""
        self.app.scenes.pop(self, result)

    # -- header ---------------------------------------------------------------------------
    def _add_header_buttons(self) -> None:
        m, _ = self.app.look.metrics, self.app.translator.gettext
        header = m.header.inflate(-2 * m.pad, -2 * max(4, m.px(8)))
        width = min(m.px(180) + round(m.font_size("button") * 2.5), header.width // 4)
        pause = pygame.Rect(header.right - width, header.top, width, header.height)
        if not self.pausable:  # nothing to pause: Help alone at the right end
            self.form.add(Button("help", _("Help"), self.app.show_help, icon="help", rect=pause))
            return
        help_ = pause.move(-(width + m.gap), 0)
        self.form.add(Button("help", _("Help"), self.app.show_help, icon="help", rect=help_))
        self.form.add(Button("pause", _("Pause"), self.app.show_pause, icon="pause", rect=pause))

    def _draw_header(self, surface: pygame.Surface) -> None:
        look = self.app.look
        m, p = look.metrics, look.palette
        header = m.header
        pygame.draw.rect(surface, p.surface_alt, header)
        pygame.draw.line(surface, p.border, header.bottomleft, header.bottomright)
        title = self.title()
        help_button = self.form.find("help")
        right = help_button.rect.left - m.gap if help_button else header.right - m.pad
        if title:
            rect = pygame.Rect(m.pad, header.top, right - m.pad, header.height)
            look.text.draw_fitted(
                surface,
                title,
                rect.inflate(0, -m.gap),
                p.text,
                m.font_size("heading"),
                m.min_font_size,
                "bold",
                "left",
                "middle",
            )


class SceneStack:
    """The open scenes, bottom first. The top one gets input; visible ones get drawn."""

    def __init__(self) -> None:
        self._scenes: list[Scene] = []
        self._callbacks: dict[int, ResultCallback | None] = {}
        self.changed = False  # set on every push/pop; the App redraws and clears it

    def __iter__(self) -> Iterator[Scene]:
        return iter(list(self._scenes))

    def __len__(self) -> int:
        return len(self._scenes)

    @property
    def top(self) -> Scene | None:
        return self._scenes[-1] if self._scenes else None

    def push(self, scene: Scene, on_result: ResultCallback | None = None) -> Scene:
        if self._scenes:
            self._scenes[-1].cover(scene)
        self._scenes.append(scene)
        self._callbacks[id(scene)] = on_result
        scene.enter()
        self.changed = True
        return scene

    def pop(self, scene: Scene | None = None, result: Any = None) -> Scene | None:
        """Close ``scene`` (default: the top) and every scene above it; deliver ``result``."""
        if not self._scenes:
            return None
        target = scene if scene is not None else self._scenes[-1]
        if target not in self._scenes:
            return None
        while self._scenes:
            closing = self._scenes.pop()
            callback = self._callbacks.pop(id(closing), None)
            closing.exit()
            if closing is target:
                break
        self.changed = True
        if self.top is not None:
            self.top.resume()
        if callback is not None:
            callback(result)
        return target

    def pop_above(self, scene: Scene) -> None:
        """Close every scene above ``scene`` (which is then on top again and resumes)."""
        if scene in self._scenes:
            index = self._scenes.index(scene)
            if index + 1 < len(self._scenes):
                self.pop(self._scenes[index + 1])

    def replace(self, scene: Scene) -> Scene:
        """Swap the top scene for ``scene`` (its result callback is dropped)."""
        if self._scenes:
            closing = self._scenes.pop()
            self._callbacks.pop(id(closing), None)
            closing.exit()
        return self.push(scene)

    def reset(self, scene: Scene) -> Scene:
        """Close everything and start over from ``scene`` (back to title, error screen)."""
        self.clear()
        return self.push(scene)

    def clear(self) -> None:
        """Close every scene, top first, without delivering results (nobody is left to get them)."""
        while self._scenes:
            closing = self._scenes.pop()
            self._callbacks.pop(id(closing), None)
            closing.exit()
        self.changed = True

    def find(self, kind: type[Scene]) -> Scene | None:
        return next((s for s in reversed(self._scenes) if isinstance(s, kind)), None)

    def visible(self) -> list[Scene]:
        """From the topmost opaque scene up: what a frame must draw."""
        start = 0
        for index in range(len(self._scenes) - 1, -1, -1):
            if self._scenes[index].opaque:
                start = index
                break
        return self._scenes[start:]
