"""The players dialog of the setup: 2–6 rows of nickname, role and token, paged when they
do not fit (960×600 at 200 % type shows three rows and a *More players* button).

Its own module because it is its own screen with its own state (the edited players, which
rows still hold a default name, the page); the setup only opens it and takes the players
it returns (:meth:`.setup.SetupScene` → ``PlayersDialog.dismiss(players)``).
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

import pygame

from elamani_peli.engine.setup import MAX_PLAYERS, MIN_PLAYERS, PlayerSetup

from ...vocabulary import role_names, token_names
from ..art import Art
from ..board_draw import draw_token
from ..card_face import draw_soft_panel
from ..game_scene import button_rows
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
        m, _ = self.app.look.metrics, self.app._
        body = m.body
        self.panel = body.copy()
        inner = body.inflate(-2 * m.pad, -2 * m.pad)
        actions = [
            ("add", _("Add a player"), self.add_player, "plus", len(self.players) < MAX_PLAYERS, "normal"),
            ("done", _("Done"), self.done, "check", True, "primary"),
        ]
        action_rects = button_rows(
            inner, len(actions), height=m.button_height, gap=m.gap, min_width=round(m.font_size("button") * 7)
        )
        area = pygame.Rect(
            inner.left, inner.top, inner.width, min(r.top for r in action_rects) - m.pad - inner.top
        )
        # Column headings, then one slim row per player.
        heading_height = round(m.font_size("small") * 1.5)
        self.headings = []
        area = pygame.Rect(area.left, area.top + heading_height, area.width, area.height - heading_height)
        row_height = max(m.px(44), round(m.font_size("button") * 1.5))
        per_page = max(1, (area.height + m.gap) // (row_height + m.gap))
        pages = -(-len(self.players) // per_page)
        if pages > 1:
            per_page = max(1, per_page - 1)
            pages = -(-len(self.players) // per_page)
        self.page = pages - 1 if self.page < 0 else self.page % max(1, pages)
        first = self.page * per_page
        roles = role_names(_)
        tokens = token_names(_)
        for label, rect in zip(
            (_("Name or nickname"), _("Role"), _("Token")),
            self._columns(area, area.top - heading_height, heading_height),
            strict=False,
        ):
            self.headings.append((label, rect))
        for row, index in enumerate(range(first, min(first + per_page, len(self.players)))):
            player = self.players[index]
            y = area.top + row * (row_height + m.gap)
            rects = self._columns(area, y, row_height)
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
            self.form.add(
                Button(f"role-{index}", roles[player.role], partial(self.toggle_role, index), rect=rects[1])
            )
            picture = token_picture(player.token)
            self.form.add(
                TokenButton(
                    picture,
                    self.art,
                    f"token-{index}",
                    tokens.get(picture, picture),
                    lambda i=index: self.next_token(i),
                    rect=rects[2],
                )
            )
            self.form.add(
                Button(
                    f"remove-{index}",
                    _("Remove"),
                    partial(self.remove, index),
                    icon="close",
                    rect=rects[3],
                    enabled=len(self.players) > MIN_PLAYERS,
                )
            )
        if pages > 1:
            # In the row slot kept free for it (rows are slimmer than a standard button).
            y = area.top + (min(per_page, len(self.players) - first)) * (row_height + m.gap)
            self.form.add(
                Button(
                    "more",
                    _("More players ({page}/{pages})").format(page=self.page + 1, pages=pages),
                    self._next_page,
                    icon="next",
                    rect=pygame.Rect(area.left, y, area.width // 2, row_height),
                )
            )
        for (widget_id, label, callback, icon, enabled, style), rect in zip(
            actions, action_rects, strict=True
        ):
            self.form.add(
                Button(widget_id, label, callback, icon=icon, enabled=enabled, style=style, rect=rect)
            )

    def _columns(self, area: pygame.Rect, y: int, height: int) -> list[pygame.Rect]:
        """Name, role, token and remove: the same columns for headings and rows.

        Remove gets at least the room its icon and word need at the button size (at 200 %
        type "Poista" shrank to a tiny word in 14 % of the row); the others share the rest."""
        m, text = self.app.look.metrics, self.app.look.text
        size = m.font_size("button")
        word = text.layout_at(self.app._("Remove"), size, 10_000, "bold").width
        needed = word + round(size * 1.4) + 3 * m.gap
        remove = min(round(area.width * 0.3), max(round(area.width * 0.14), needed))
        rest = area.width - remove
        widths = [round(rest * share / 0.86) for share in (0.36, 0.26, 0.24)] + [remove]
        rects, x = [], area.left
        for width in widths:
            rects.append(pygame.Rect(x, y, width - 8, height))
            x += width
        return rects

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
