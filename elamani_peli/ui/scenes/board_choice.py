"""Choosing the board in setup: every board (built-in and from the facilitator's folders)
with its name, number of spaces, estimated length and a small preview of its path.

Answers with the chosen board id, or None when cancelled. The preview is the board's own
path (theme colours, special spaces outlined), drawn small with the layout the board scene
uses, so a long and a short path look different at a glance.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

from elamani_peli.content.models import Board
from elamani_peli.content.text import localize
from elamani_peli.engine.estimate import estimated_minutes

from ..board_draw import draw_path
from ..board_geometry import serpentine_layout
from ..card_face import draw_soft_panel, theme_fill
from ..game_scene import button_rows
from ..palette import parse_hex
from ..scene import Scene
from ..widgets import Button

if TYPE_CHECKING:
    from ..host import SceneHost


def board_facts(app: SceneHost, board: Board, players: int) -> str:
    """ "Path of life · 37 spaces · about 45 min" in the current language."""
    return app._("{name} · {spaces} spaces · about {minutes} min").format(
        name=localize(board.title, app.language)[0],
        spaces=len(board.spaces),
        minutes=estimated_minutes(board, players),
    )


class BoardChoiceDialog(Scene):
    name = "board-choice"
    escape_goes_back = True
    opaque = False
    initial_focus = ("board-0",)

    def __init__(self, app: SceneHost, chosen: str, players: int) -> None:
        super().__init__(app)
        self.chosen, self.players, self.page = chosen, players, 0
        self.previews: list[tuple[Board, pygame.Rect]] = []

    def title(self) -> str:
        return self.app._("Board")

    def build(self) -> None:
        m, _ = self.app.look.metrics, self.app._
        boards = list(self.app.library.boards.values())
        self.panel = m.body.copy()
        inner = m.body.inflate(-2 * m.pad, -2 * m.pad)
        cancel = button_rows(inner, 1, height=m.button_height, gap=m.gap, min_width=m.font_size("button") * 6)
        row_height = max(m.button_height, round(m.font_size("button") * 2.4))
        room = cancel[0].top - m.pad - inner.top
        per_page = max(1, (room + m.gap) // (row_height + m.gap))
        if len(boards) > per_page:
            per_page = max(1, per_page - 1)
        pages = max(1, -(-len(boards) // per_page))
        self.page %= pages
        shown = boards[self.page * per_page : (self.page + 1) * per_page]
        self.previews = []
        preview_width = min(inner.width // 3, row_height * 3)
        for index, board in enumerate(shown):
            top = inner.top + index * (row_height + m.gap)
            rect = pygame.Rect(inner.left, top, inner.width - preview_width - m.gap, row_height)
            self.previews.append((board, pygame.Rect(rect.right + m.gap, top, preview_width, row_height)))
            self.form.add(
                Button(
                    f"board-{index}",
                    board_facts(self.app, board, self.players),
                    self._chooser(board.id),
                    icon="check" if board.id == self.chosen else None,
                    style="primary" if board.id == self.chosen else "normal",
                    align="left",
                    rect=rect,
                )
            )
        if pages > 1:
            top = inner.top + len(shown) * (row_height + m.gap)
            label = _("More ({page}/{pages})").format(page=self.page + 1, pages=pages)
            rect = pygame.Rect(inner.left, top, inner.width, m.button_height)
            self.form.add(Button("more", label, self._next_page, icon="next", rect=rect))
        self.form.add(Button("cancel", _("Cancel"), lambda: self.dismiss(None), icon="close", rect=cancel[0]))

    def _chooser(self, board_id: str) -> Callable[[], None]:
        return lambda: self.dismiss(board_id)

    def _next_page(self) -> None:
        self.page += 1
        self.rebuild()
        self.form.focus("more")

    def draw_content(self, surface: pygame.Surface) -> None:
        look = self.app.look
        m, p = look.metrics, look.palette
        draw_soft_panel(surface, self.panel, p, m.radius * 2)
        for board, rect in self.previews:
            draw_preview(surface, self.app, board, rect)


def draw_preview(surface: pygame.Surface, app: SceneHost, board: Board, rect: pygame.Rect) -> None:
    """The board's path in miniature: theme spaces in their colour, special spaces outlined."""
    look = app.look
    p = look.palette
    pygame.draw.rect(surface, p.surface_alt, rect, border_radius=look.metrics.radius)
    area = rect.inflate(-look.metrics.gap, -look.metrics.gap)
    layout = serpentine_layout(len(board.spaces), (area.left, area.top, area.width, area.height))
    draw_path(surface, layout, look)
    for space, tile in zip(board.spaces, layout.tiles, strict=True):
        box = pygame.Rect(tile)
        theme = app.library.themes.get(space.theme) if space.theme else None
        radius = max(1, box.height // 4)
        if theme is not None:
            pygame.draw.rect(surface, theme_fill(parse_hex(theme.colour), p), box, border_radius=radius)
        else:
            pygame.draw.rect(surface, p.surface, box, border_radius=radius)
            pygame.draw.rect(surface, p.border, box, 1, border_radius=radius)
