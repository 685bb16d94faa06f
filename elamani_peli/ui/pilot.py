"""Drive the real App headless with real pygame events — for tests and the screenshot command.

Like Textual's pilot: start the App at a size, then ``press``, ``type_text``, ``click``,
``tap``, ``resize`` and ``advance``; each posts genuine SDL events to the queue and runs
the App's own loop, so the same code paths as a player's input are exercised. Assert on
``pilot.scene`` / ``pilot.app`` state first and on pixels second.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path
from typing import Any

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame

from ..content.library import LoadResult
from .app import App
from .prefs import Preferences
from .scene import Scene
from .widgets import Widget

FRAME = 1 / 60


@functools.cache
def builtin_content() -> LoadResult:
    """The built-in content, loaded once per process (tests share it; nothing mutates it)."""
    from ..content.loader import load_content

    return load_content()


class Pilot:
    def __init__(self, app: App) -> None:
        self.app = app

    @classmethod
    def start(
        cls,
        size: tuple[int, int] = (1280, 720),
        *,
        language: str = "en",
        prefs: Preferences | None = None,
        content: LoadResult | None = None,
        first: Scene | None = None,
        reraise: bool = True,
        prefs_path: Path | None = None,
        **app_options: Any,
    ) -> Pilot:
        """A started App at ``size`` with the title (or ``first``) on screen, one frame drawn."""
        app = App(
            content if content is not None else builtin_content(),
            prefs=prefs,
            prefs_path=prefs_path,
            language=language,
            window_size=size,
            **app_options,
        )
        app.reraise_errors = reraise
        app.start(first)
        pilot = cls(app)
        pilot.advance()
        return pilot

    def close(self) -> None:
        self.app.close()

    def __enter__(self) -> Pilot:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- looking --------------------------------------------------------------------------
    @property
    def scene(self) -> Scene:
        top = self.app.scenes.top
        assert top is not None, "no scene on the stack"
        return top

    def find(self, widget_id: str) -> Widget:
        widget = self.scene.form.find(widget_id)
        if widget is None:
            ids = [w.id for w in self.scene.form.widgets]
            raise LookupError(f"no widget {widget_id!r} on {self.scene.name}; there are {ids}")
        return widget

    @property
    def focused(self) -> str | None:
        return self.scene.form.focus_id

    @property
    def surface(self) -> pygame.Surface:
        surface = pygame.display.get_surface()
        assert surface is not None, "the Pilot's window is open"
        return surface

    def pixel(self, pos: tuple[int, int]) -> tuple[int, int, int]:
        return tuple(self.surface.get_at(pos))[:3]  # type: ignore[return-value]

    def region(self, rect: pygame.Rect | tuple[int, int, int, int]) -> pygame.Surface:
        return self.surface.subsurface(pygame.Rect(rect)).copy()

    def drawn_layouts(self) -> list:
        """Every text layout drawn in one full frame of the current screen (for fit tests)."""
        layouts = []
        cache = self.app.look.text
        original = cache.draw

        def record(surface, layout, *args, **kwargs):
            layouts.append(layout)
            return original(surface, layout, *args, **kwargs)

        setattr(cache, "draw", record)  # noqa: B010  # an instance attribute over the method, for one frame
        try:
            self.app.request_redraw()
            self.advance()
        finally:
            del cache.draw
        return layouts

    def screenshot(self, path: str | Path) -> Path:
        self.app.draw()
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        pygame.image.save(self.surface, str(path))
        return path

    # -- acting ---------------------------------------------------------------------------
    def advance(self, frames: int = 1, ms: float | None = None) -> None:
        """Run the loop ``frames`` times (or for ``ms`` of game time at 60 fps), each step 1/60 s."""
        count = max(1, round(ms / 1000 / FRAME)) if ms is not None else frames
        for _ in range(count):
            self.app.step(idle_wait=False, dt=FRAME)

    def post(self, event_type: int, **attributes: Any) -> None:
        pygame.event.post(pygame.event.Event(event_type, attributes))

    def press(self, key: int | str, mod: int = 0, unicode: str = "") -> None:
        """A key press and release (``"tab"``, ``"f1"``, ``pygame.K_RETURN``)."""
        code = pygame.key.key_code(key) if isinstance(key, str) else key
        self.post(pygame.KEYDOWN, key=code, mod=mod, unicode=unicode, scancode=0)
        self.post(pygame.KEYUP, key=code, mod=mod, unicode=unicode, scancode=0)
        self.advance()

    def type_text(self, text: str) -> None:
        """What a keyboard or IME sends for committed text: TEXTINPUT events."""
        for character in text:
            self.post(pygame.TEXTINPUT, text=character)
        self.advance()

    def _point(self, target: str | tuple[int, int]) -> tuple[int, int]:
        if isinstance(target, str):
            return self.find(target).rect.center
        return target

    def hover(self, target: str | tuple[int, int]) -> None:
        pos = self._point(target)
        self.post(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0), touch=False)
        self.advance()

    def pass_check_in(self) -> None:
        """Every player passes the check-in (or check-out) if it is showing, as a worker would
        who wants to start at once; tests of other flows use it after *Start*."""
        for _ in range(8):
            if self.scene.name != "feelings":
                return
            self.click("pass")

    def click(self, target: str | tuple[int, int], button: int = 1) -> None:
        """Move there, press and release the mouse button."""
        pos = self._point(target)
        self.post(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0), touch=False)
        self.post(pygame.MOUSEBUTTONDOWN, pos=pos, button=button, touch=False)
        self.post(pygame.MOUSEBUTTONUP, pos=pos, button=button, touch=False)
        self.advance()

    def tap(self, target: str | tuple[int, int]) -> None:
        """A finger down and up; coordinates normalised to 0–1 as SDL sends them."""
        x, y = self._point(target)
        w, h = self.surface.get_size()
        finger = {
            "touch_id": 1,
            "finger_id": 1,
            "x": x / w,
            "y": y / h,
            "dx": 0.0,
            "dy": 0.0,
            "pressure": 1.0,
        }
        self.post(pygame.FINGERDOWN, **finger)
        self.post(pygame.FINGERUP, **finger)
        self.advance()

    def drag(self, target: str | tuple[int, int], dx: int, dy: int, steps: int = 5) -> None:
        """A finger put down on ``target``, moved by (dx, dy) pixels in ``steps``, lifted."""
        x, y = self._point(target)
        w, h = self.surface.get_size()

        def finger(px: float, py: float, mx: float = 0.0, my: float = 0.0) -> dict[str, Any]:
            return {
                "touch_id": 1,
                "finger_id": 1,
                "x": px / w,
                "y": py / h,
                "dx": mx / w,
                "dy": my / h,
                "pressure": 1.0,
            }

        self.post(pygame.FINGERDOWN, **finger(x, y))
        for step in range(1, steps + 1):
            self.post(
                pygame.FINGERMOTION,
                **finger(x + dx * step / steps, y + dy * step / steps, dx / steps, dy / steps),
            )
        self.post(pygame.FINGERUP, **finger(x + dx, y + dy))
        self.advance()

    def wheel(self, target: str | tuple[int, int], steps: int) -> None:
        """Mouse wheel over ``target``; positive scrolls down."""
        pos = self._point(target)
        pygame.mouse.set_pos(pos)
        self.post(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0), touch=False)
        self.post(
            pygame.MOUSEWHEEL,
            x=0,
            y=-steps,
            flipped=False,
            precise_x=0.0,
            precise_y=float(-steps),
            touch=False,
        )
        self.advance()

    def resize(self, width: int, height: int) -> None:
        """What a window manager sends when the window is resized."""
        self.post(pygame.VIDEORESIZE, size=(width, height), w=width, h=height)
        self.post(pygame.WINDOWSIZECHANGED, x=width, y=height)
        self.advance()
