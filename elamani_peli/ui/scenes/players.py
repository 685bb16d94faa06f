"""The players dialog of the setup: 2–6 rows of nickname, role and token, paged when they
do not fit (960×600 at 200 % type shows three rows and a *More players* button).

Its own module because it is its own screen with its own state (the edited players, which
rows still hold a default name, the page); the setup only opens it and takes the players
it returns (:meth:`.setup.SetupScene` → ``PlayersDialog.dismiss(players)``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import partial
from typing import TYPE_CHECKING

import pygame

from elamani_peli.engine.setup import MAX_PLAYERS, MIN_PLAYERS, PlayerSetup

from ...vocabulary import role_names, token_names
from ..art import Art
from ..board_draw import draw_token
from ..card_face import draw_soft_panel
from ..game_scene import button_rows
from ..layout import Metrics
from ..scene import Scene
from ..table import TOKEN_PICTURES, token_picture
from ..text_input import TextInput
from ..widgets import Button

if TYPE_CHECKING:
    from ..host import SceneHost


class TokenButton(Button):
    """A token's name with its picture on a white disc at the left: shape and name, not colour alone."""

    def __init__(self, picture: str, art: Art, *args, **options) -> None:
        super().__init__(*args, **options)
        self.picture, self.art = picture, art

    def label_rect(self, rect: pygame.Rect) -> pygame.Rect:
        return pygame.Rect(rect.left + rect.height, rect.top, rect.width - rect.height, rect.height)

    def draw(self, surface: pygame.Surface, look) -> None:
        super().draw(surface, look)
        radius = self.rect.height * 2 // 5
        centre = (self.rect.left + self.rect.height // 2 + 4, self.rect.centery)
        draw_token(surface, centre, radius, self.picture, look, self.art, current=False)


@dataclass(frozen=True)
class PlayersLayout:
    """Where the dialog's parts go for one size, player count and page: data, so the build only
    adds widgets and a test can read the rows."""

    panel: pygame.Rect
    actions: tuple[pygame.Rect, ...]  # Add a player, Done
    headings: tuple[pygame.Rect, ...]  # over the name, role and token columns
    rows: tuple[tuple[pygame.Rect, ...], ...]  # name, role, token and remove of each shown row
    first: int  # the index of the first player shown
    page: int
    pages: int
    more: pygame.Rect | None  # the More players button, when there are pages


def player_columns(area: pygame.Rect, y: int, height: int, remove_needed: int) -> list[pygame.Rect]:
    """Name, role, token and remove: the same columns for headings and rows.

    Remove gets at least the room its icon and word need at the button size (at 200 % type
    "Poista" shrank to a tiny word in 14 % of the row); the others share the rest."""
    remove = min(round(area.width * 0.3), max(round(area.width * 0.14), remove_needed))
    rest = area.width - remove
    widths = [round(rest * share / 0.86) for share in (0.36, 0.26, 0.24)] + [remove]
    rects, x = [], area.left
    for width in widths:
        rects.append(pygame.Rect(x, y, width - 8, height))
        x += width
    return rects


def layout_players(body: pygame.Rect, m: Metrics, count: int, page: int, remove_needed: int) -> PlayersLayout:
    """Measure the dialog: the action row at the foot, headings, then as many slim rows as fit.

    ``page`` -1 means the last page (where a new player goes); ``remove_needed`` is the width
    the Remove button's icon and word need."""
    inner = body.inflate(-2 * m.pad, -2 * m.pad)
    actions = button_rows(
        inner, 2, height=m.button_height, gap=m.gap, min_width=round(m.font_size("button") * 7)
    )
    heading_height = round(m.font_size("small") * 1.5)
    top = inner.top + heading_height
    area = pygame.Rect(inner.left, top, inner.width, min(r.top for r in actions) - m.pad - top)
    row_height = max(m.px(44), round(m.font_size("button") * 1.5))
    per_page = max(1, (area.height + m.gap) // (row_height + m.gap))
    pages = -(-count // per_page)
    if pages > 1:
        per_page = max(1, per_page - 1)  # one row slot is kept for the More players button
        pages = -(-count // per_page)
    page = pages - 1 if page < 0 else page % max(1, pages)
    first = page * per_page
    shown = range(min(per_page, count - first))
    rows = tuple(
        tuple(player_columns(area, area.top + row * (row_height + m.gap), row_height, remove_needed))
        for row in shown
    )
    more = None
    if pages > 1:
        y = area.top + len(shown) * (row_height + m.gap)
        more = pygame.Rect(area.left, y, area.width // 2, row_height)
    headings = tuple(player_columns(area, area.top - heading_height, heading_height, remove_needed)[:3])
    return PlayersLayout(body.copy(), tuple(actions), headings, rows, first, page, pages, more)


class PlayersDialog(Scene):
    """2–6 players: a nickname (any name will do), young person or worker, and a token."""

    name = "players"
    opaque = False
    initial_focus = ("name-0",)

    def __init__(self, app: SceneHost, players: tuple[PlayerSetup, ...]) -> None:
        super().__init__(app)
        self.players = list(players)
        self.page = 0
        self.art = Art()
        defaults = {app._("Young person"), app._("Worker")} | {
            app._("Player {number}").format(number=n) for n in range(1, MAX_PLAYERS + 1)
        }
        self.fresh = {i for i, p in enumerate(self.players) if p.nickname in defaults}
        """Rows still holding a default name: it is selected, so typing replaces it."""

    def title(self) -> str:
        return self.app._("Players")

    def build(self) -> None:
        """Add the widgets where :func:`layout_players` put them."""
        m, text, _ = self.app.look.metrics, self.app.look.text, self.app._
        size = m.font_size("button")
        remove_needed = (
            text.layout_at(_("Remove"), size, 10_000, "bold").width + round(size * 1.4) + 3 * m.gap
        )
        layout = layout_players(m.body, m, len(self.players), self.page, remove_needed)
        self.panel, self.page = layout.panel, layout.page
        labels = (_("Name or nickname"), _("Role"), _("Token"))
        self.headings = list(zip(labels, layout.headings, strict=True))
        for row, rects in enumerate(layout.rows):
            self._add_row(layout.first + row, rects)
        if layout.more is not None:
            # In the row slot kept free for it (rows are slimmer than a standard button).
            label = _("More players ({page}/{pages})").format(page=layout.page + 1, pages=layout.pages)
            self.form.add(Button("more", label, self._next_page, icon="next", rect=layout.more))
        add, done = layout.actions
        can_add = len(self.players) < MAX_PLAYERS
        self.form.add(
            Button("add", _("Add a player"), self.add_player, icon="plus", enabled=can_add, rect=add)
        )
        self.form.add(Button("done", _("Done"), self.done, icon="check", style="primary", rect=done))

    def _add_row(self, index: int, rects: tuple[pygame.Rect, ...]) -> None:
        """One player's row: nickname, role, token and remove, in that focus order."""
        _, player = self.app._, self.players[index]
        self.form.add(
            TextInput(
                f"name-{index}",
                player.nickname,
                placeholder=_("Nickname"),
                on_change=partial(self._name_changed, index),
                on_submit=partial(self._submit_name, index),
                rect=rects[0],
                selected=index in self.fresh,
            )
        )
        roles = role_names(_)
        self.form.add(
            Button(f"role-{index}", roles[player.role], partial(self.toggle_role, index), rect=rects[1])
        )
        picture = token_picture(player.token)
        name = token_names(_).get(picture, picture)
        self.form.add(
            TokenButton(
                picture, self.art, f"token-{index}", name, lambda i=index: self.next_token(i), rect=rects[2]
            )
        )
        enough = len(self.players) > MIN_PLAYERS
        remove = partial(self.remove, index)
        self.form.add(
            Button(f"remove-{index}", _("Remove"), remove, icon="close", rect=rects[3], enabled=enough)
        )

    def _set(self, index: int, **changes) -> None:
        self.players[index] = replace(self.players[index], **changes)

    def _submit_name(self, index: int, _value: str) -> None:
        self._next_name(index)

    def toggle_role(self, index: int) -> None:
        self._set(index, role="worker" if self.players[index].role == "young" else "young")
        self.rebuild()

    def next_token(self, index: int) -> None:
        taken = {token_picture(p.token) for i, p in enumerate(self.players) if i != index}
        current = token_picture(self.players[index].token)
        start = TOKEN_PICTURES.index(current) if current in TOKEN_PICTURES else -1
        for step in range(1, len(TOKEN_PICTURES) + 1):
            candidate = TOKEN_PICTURES[(start + step) % len(TOKEN_PICTURES)]
            if candidate not in taken:
                self._set(index, token=candidate)
                break
        self.rebuild()

    def add_player(self) -> None:
        taken = {token_picture(p.token) for p in self.players}
        token = next(t for t in TOKEN_PICTURES if t not in taken)
        number = len(self.players) + 1
        self.players.append(PlayerSetup(self.app._("Player {number}").format(number=number), "young", token))
        self.fresh.add(len(self.players) - 1)
        self.page = -1  # the last page, where the new player is
        self.rebuild()
        self.form.focus(f"name-{len(self.players) - 1}")

    def remove(self, index: int) -> None:
        if len(self.players) > MIN_PLAYERS:
            del self.players[index]
            self.fresh = {i - (i > index) for i in self.fresh if i != index}
            self.rebuild()

    def _next_page(self) -> None:
        self.page += 1
        self.rebuild()
        self.form.focus("more")

    def _name_changed(self, index: int, value: str) -> None:
        self.fresh.discard(index)
        self._set(index, nickname=value)

    def _next_name(self, index: int) -> None:
        """Enter in a name: on to the next player's name, or Done after the last."""
        if self.form.find(f"name-{index + 1}") is not None:
            self.form.focus(f"name-{index + 1}")
            self.app.request_redraw()
        else:
            self.done()

    def done(self) -> None:
        players = [replace(p, nickname=p.nickname.strip()) for p in self.players]
        fallback = self.app._("Player {number}")
        players = [
            p if p.nickname else replace(p, nickname=fallback.format(number=i + 1))
            for i, p in enumerate(players)
        ]
        self.dismiss(tuple(players))

    def escape(self) -> bool:
        """A dialog: Esc goes back to the setup, keeping the edits like Done (there is no Cancel)."""
        self.done()
        return True

    def draw_content(self, surface: pygame.Surface) -> None:
        look = self.app.look
        m = look.metrics
        draw_soft_panel(surface, self.panel, look.palette, m.radius * 2)
        for label, rect in self.headings:
            look.text.draw_fitted(
                surface,
                label,
                rect,
                look.palette.text_muted,
                m.font_size("small"),
                m.min_font_size,
                "bold",
                valign="middle",
            )
