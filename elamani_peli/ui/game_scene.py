"""What every scene of a running session shares: the table, the pause rule, button rows.

A game scene draws ``table.state`` and sends actions through the table; after an action it
asks :meth:`GameScene.still_mine` whether the engine's phase still belongs to it, and
closes itself when not (the board below then shows whatever comes next). Each subclass
names the phases it shows, which fills the phase table of :mod:`.game_flow`. No rules here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

import pygame

from elamani_peli.engine.actions import Action

from . import game_flow
from .save_notice import draw_save_notice, save_notice_text
from .scene import Scene
from .widgets import Button

if TYPE_CHECKING:
    from .host import SceneHost
    from .table import Table


class GameScene(Scene):
    """A scene showing part of a running session."""

    #: Engine phases this scene shows (its rows in the flow table); when the phase leaves them
    #: the scene closes — unless it is the hub.
    phases: tuple[str, ...] = ()
    #: The hub (the board) stays open under the others and opens the scene for each phase.
    hub = False

    def __init_subclass__(cls, **kwargs: object) -> None:
        super().__init_subclass__(**kwargs)
        if "phases" in cls.__dict__:
            game_flow.declare(cls)

    def __init__(self, app: SceneHost, table: Table) -> None:
        super().__init__(app)
        self.table = table

    @property
    def _(self):
        return self.app.translator.gettext

    def cover(self, above: Scene) -> None:
        """Help, settings or anything else that hides the game stops the clock at once: an
        opaque scene on top means this one is no longer updated (F1 kept the clock running)."""
        if not isinstance(above, GameScene):
            self.table.pause()

    def draw(self, surface: pygame.Surface) -> None:
        super().draw(surface)
        failure = self.table.session.save_failure
        if failure is not None:
            help_button = self.form.find("help")
            right = help_button.rect.left if help_button is not None else None
            draw_save_notice(surface, self.app.look, save_notice_text(self.app._, failure), right)

    def handle_event(self, event: pygame.event.Event) -> bool:
        """Ctrl+Z on any game screen takes back the last step, like Pause → Take back the last step."""
        if event.type == pygame.KEYDOWN and event.key == pygame.K_z and event.mod & pygame.KMOD_CTRL:
            return game_flow.undo_last(self.app)
        return super().handle_event(event)

    def update(self, dt: float) -> bool:
        """Pause play time and the turn whenever something else (pause, help, settings) is on top."""
        top = self.app.scenes.top
        if isinstance(top, GameScene):
            self.table.resume()
        else:
            self.table.pause()
        return False

    def send(self, action: Action) -> bool:
        """Apply ``action``; close this scene if the phase moved on. True if accepted."""
        outcome = self.table.send(action)
        if outcome.rejected is None and not self.still_mine():
            self.dismiss()
        else:
            self.rebuild()
        self.app.request_redraw()
        return outcome.rejected is None

    def help_topics(self) -> tuple[str, ...]:
        """The drawn card's deck (its content notes and theme) or the story being played."""
        state = self.table.state
        return self.table.library.topics_of(state.card_deck, state.story)

    def still_mine(self) -> bool:
        return self.table.state.phase in self.phases

    def resume(self) -> None:
        if self.app.scenes.top is self:  # play on before laying out: a paused board's Roll is disabled
            self.table.resume()
        super().resume()
        if self.phases and not self.hub and not self.still_mine() and self.app.scenes.top is self:
            self.dismiss()


def button_rows(area: pygame.Rect, count: int, *, height: int, gap: int, min_width: int) -> list[pygame.Rect]:
    """``count`` equal buttons in as few rows as keep each at least ``min_width`` wide.

    Rows grow upwards from the bottom of ``area`` so the last row sits at its bottom edge.
    """
    if count <= 0:
        return []
    per_row = max(1, min(count, (area.width + gap) // (min_width + gap)))
    rows = -(-count // per_row)
    per_row = -(-count // rows)  # balance: 6 buttons in 2 rows are 3 + 3, not 5 + 1
    width = (area.width - gap * (per_row - 1)) // per_row
    top = area.bottom - rows * height - (rows - 1) * gap
    rects = []
    for index in range(count):
        row, column = divmod(index, per_row)
        rects.append(
            pygame.Rect(area.left + column * (width + gap), top + row * (height + gap), width, height)
        )
    return rects


def add_buttons(
    scene: Scene,
    specs: Sequence[tuple[str, str, Callable[[], object], str | None]],
    area: pygame.Rect,
    *,
    primary: str | None = None,
    min_width: int | None = None,
    shortcuts: bool = False,
) -> int:
    """Add buttons ``(id, label, callback, icon)`` in rows at the bottom of ``area``; returns their top."""
    m = scene.app.look.metrics
    rects = button_rows(
        area,
        len(specs),
        height=m.button_height,
        gap=m.gap,
        min_width=min_width or round(m.font_size("button") * 7),
    )
    for index, ((widget_id, label, callback, icon), rect) in enumerate(zip(specs, rects, strict=True)):
        scene.form.add(
            Button(
                widget_id,
                label,
                callback,
                icon=icon,
                rect=rect,
                style="primary" if widget_id == primary else "normal",
                shortcut=index + 1 if shortcuts else None,
            )
        )
    return min((r.top for r in rects), default=area.bottom)
