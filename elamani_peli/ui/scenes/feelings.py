"""The check-in at the start and the check-out at the end: each player in turn picks how they
feel today on a picture scale of weather with words, or passes.

The scene asks every player one after another and then closes. It keeps the picks in the
table's :class:`~elamani_peli.ui.feelings.Feelings` (memory only); nothing reaches the engine,
the save file or any other screen but the summary.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

import pygame

from ..card_face import draw_soft_panel
from ..feelings import WEATHER, Feelings, draw_weather, weather_words
from ..game_scene import button_rows
from ..scene import Scene
from ..widgets import Button

if TYPE_CHECKING:
    from ..host import SceneHost
    from ..table import Table

Moment = Literal["in", "out"]


class WeatherButton(Button):
    """A button with a weather picture above its word."""

    def __init__(self, widget_id: str, weather: str, label: str, on_activate, rect: pygame.Rect) -> None:
        super().__init__(widget_id, label, on_activate, rect=rect)
        self.weather = weather

    def label_rect(self, rect: pygame.Rect) -> pygame.Rect:
        text = max(rect.height // 3, 1)
        return pygame.Rect(rect.left, rect.bottom - text, rect.width, text)

    def draw(self, surface: pygame.Surface, look) -> None:
        super().draw(surface, look)
        picture = pygame.Rect(
            self.rect.left,
            self.rect.top,
            self.rect.width,
            self.rect.height - self.label_rect(self.rect).height,
        )
        draw_weather(
            surface, self.weather, picture.inflate(-look.metrics.gap, -look.metrics.gap), look.palette.text
        )


class FeelingsScene(Scene):
    name = "feelings"
    pausable = True
    initial_focus = ("weather-sunny",)

    def __init__(self, app: SceneHost, table: Table, moment: Moment, on_done=None) -> None:
        super().__init__(app)
        self.table, self.moment, self.player = table, moment, 0
        self.on_done = on_done
        if table.feelings is None:
            table.feelings = Feelings()

    def title(self) -> str:
        _ = self.app._
        return _("Check-in") if self.moment == "in" else _("Check-out")

    def question(self) -> str:
        _ = self.app._
        name = self.table.player_name(self.player)
        if self.moment == "in":
            return _("{name}, what is your weather like today?").format(name=name)
        return _("{name}, and what is your weather like now, at the end?").format(name=name)

    def build(self) -> None:
        m, _ = self.app.look.metrics, self.app._
        body = m.body
        self.panel = body.copy()
        inner = body.inflate(-2 * m.pad, -2 * m.pad)
        bottom = button_rows(inner, 1, height=m.button_height, gap=m.gap, min_width=m.font_size("button") * 8)
        self.form.add(Button("pass", _("Pass"), self._pass, icon="next", rect=bottom[0]))
        heading = self.app.look.text.layout_at(self.question(), m.font_size("heading"), inner.width)
        self.question_rect = pygame.Rect(inner.left, inner.top, inner.width, heading.height)
        top = self.question_rect.bottom + m.pad
        room = pygame.Rect(inner.left, top, inner.width, bottom[0].top - m.pad - top)
        words = weather_words(_)
        columns = 5 if room.width >= m.font_size("button") * 5 * 5.5 else 3
        rows = -(-len(WEATHER) // columns)
        width = (room.width - m.gap * (columns - 1)) // columns
        height = min((room.height - m.gap * (rows - 1)) // rows, round(width * 1.1))
        for index, weather in enumerate(WEATHER):
            row, column = divmod(index, columns)
            in_row = min(columns, len(WEATHER) - row * columns)
            left = room.left + (room.width - in_row * width - (in_row - 1) * m.gap) // 2
            rect = pygame.Rect(
                left + column * (width + m.gap), room.top + row * (height + m.gap), width, height
            )
            self.form.add(
                WeatherButton(
                    f"weather-{weather}", weather, words[weather], lambda w=weather: self._pick(w), rect
                )
            )

    @property
    def picks(self) -> dict[int, str]:
        feelings = self.table.feelings
        assert feelings is not None
        return feelings.check_in if self.moment == "in" else feelings.check_out

    def _pick(self, weather: str) -> None:
        self.picks[self.player] = weather
        self._next()

    def _pass(self) -> None:
        self.picks.pop(self.player, None)
        self._next()

    def _next(self) -> None:
        self.player += 1
        if self.player < len(self.table.session.setup.players):
            self.rebuild()
            self.form.focus("weather-sunny")
            self.app.request_redraw()
            return
        feelings = self.table.feelings
        assert feelings is not None
        if self.moment == "in":
            feelings.asked_in = True
        else:
            feelings.asked_out = True
        self.app.scenes.pop(self)
        if self.on_done is not None:
            self.on_done()

    def draw_content(self, surface: pygame.Surface) -> None:
        look = self.app.look
        m, p = look.metrics, look.palette
        draw_soft_panel(surface, self.panel, p, m.radius * 2)
        layout = look.text.layout_at(self.question(), m.font_size("heading"), self.question_rect.width)
        look.text.draw(surface, layout, self.question_rect, p.text, "center", "top")
