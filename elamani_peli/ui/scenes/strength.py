"""Giving a strength: who gives, who receives, and which strength — a small modal.

Opened from a card ("Give strength") it answers with ``(giver, receiver, strength)`` or
None; the card scene sends the action. On a Strengths space the same view *is* the turn:
:class:`StrengthSpaceScene` sends the gift itself, and Pass is there as everywhere.
Strengths come in pages sized to the window, so 24+ of them fit even at 200 % type.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

import pygame

from elamani_peli.engine.actions import GiveStrength, Pass

from ..card_face import draw_soft_panel
from ..game_scene import GameScene, button_rows
from ..label_fit import fit_label
from ..widgets import Button, ToggleGroup, label_boxes

if TYPE_CHECKING:
    from ..host import SceneHost
    from ..table import Table


class StrengthDialog(GameScene):
    name = "strength"
    escape_goes_back = True
    opaque = False
    initial_focus = ("strength-0",)

    def __init__(self, app: SceneHost, table: Table, givers: list[int], receivers: list[int]) -> None:
        super().__init__(app, table)
        self.givers, self.receivers = givers, receivers
        self.giver, self.receiver = givers[0], receivers[0]
        if self.receiver == self.giver and len(receivers) > 1:
            self.receiver = receivers[1]
        self.strength: str | None = None
        self.page = 0
        self.panel = pygame.Rect(0, 0, 0, 0)
        self.prompt_rect = pygame.Rect(0, 0, 0, 0)

    def title(self) -> str:
        return self._("Give a strength")

    def prompt(self) -> str:
        if len(self.receivers) == 1:
            return self._("Which strength did you see in {name}?").format(
                name=self.table.player_name(self.receivers[0])
            )
        if len(self.givers) == 1:  # a Strengths space: say who is giving (finding 16)
            return self._("{giver}, name a strength you have seen in another player.").format(
                giver=self.table.player_name(self.givers[0])
            )
        return self._("Name a strength you have seen in another player.")

    def utterances(self) -> list[str]:
        return [self.title(), self.prompt()]

    def strength_ids(self) -> list[str]:
        return list(self.table.library.strengths)

    # -- layout -----------------------------------------------------------------------------
    def build(self) -> None:
        m, _ = self.app.look.metrics, self._
        body = m.body
        width = min(body.width, max(round(body.width * 0.8), round(m.font_size("body") * 24)))
        self.panel = pygame.Rect(body.centerx - width // 2, body.top, width, body.height)
        inner = self.panel.inflate(-2 * m.pad, -2 * m.pad)
        y = inner.top
        # One line, shrinking no further than its 100 % size; else two lines (the strengths
        # keep as many rows as they can: a long prompt costs them one only when it must).
        line = round(m.font_size("body") * 1.6)
        one_line = self.app.look.text.fit(
            self.prompt(), (inner.width, line), m.font_size("body"), m.floor("body"), "bold"
        )
        prompt_height = line if not one_line.below_min else round(m.font_size("body") * 2.7)
        self.prompt_rect = pygame.Rect(inner.left, y, inner.width, prompt_height)
        y += prompt_height + m.gap
        rows = (
            ("giver", _("From"), self.givers, self.giver, self._set_giver),
            ("receiver", _("To"), self.receivers, self.receiver, self._set_receiver),
        )
        # As wide as the longer label in this language ("Keneltä" is longer than "From").
        text = self.app.look.text
        widest = max(text.layout_at(row[1], m.font_size("button"), 10_000, "bold").width for row in rows)
        label_width = min(inner.width // 3, max(round(m.font_size("button") * 3), widest + m.gap))
        for widget_id, label, options, value, setter in rows:
            if len(options) < 2:
                continue
            names = [(i, self.table.player_name(i)) for i in options]
            rect = pygame.Rect(inner.left + label_width, y, inner.width - label_width, self.row_height)
            self.form.add(ToggleGroup(widget_id, names, value, setter, rect=rect)).accessible_name = label
            self._labels.append((label, pygame.Rect(inner.left, y, label_width - m.gap, self.row_height)))
            y += self.row_height + m.gap
        actions = self._action_specs()
        action_rects = button_rows(
            inner, len(actions), height=self.row_height, gap=m.gap, min_width=round(m.font_size("button") * 7)
        )
        grid = pygame.Rect(inner.left, y, inner.width, min(r.top for r in action_rects) - m.pad - y)
        self._build_strength_page(grid)
        for (widget_id, label, callback, icon, enabled, style), rect in zip(
            actions, action_rects, strict=True
        ):
            self.form.add(
                Button(widget_id, label, callback, icon=icon, rect=rect, enabled=enabled, style=style)
            )

    @property
    def row_height(self) -> int:
        """Slimmer than a standard button (still a fingertip), so a page holds more strengths."""
        m = self.app.look.metrics
        return max(m.px(44), round(m.font_size("button") * 1.5))

    def rebuild(self) -> None:
        self._labels: list[tuple[str, pygame.Rect]] = []
        super().rebuild()

    def _action_specs(self) -> list[tuple]:
        _ = self._
        return [
            (
                "give",
                _("Give"),
                self.give,
                "check",
                self.strength is not None and self.giver != self.receiver,
                "primary",
            ),
            ("cancel", _("Cancel"), lambda: self.dismiss(None), "close", True, "normal"),
        ]

    def _build_strength_page(self, grid: pygame.Rect) -> None:
        m, _ = self.app.look.metrics, self._
        ids = self.strength_ids()
        min_width = round(m.font_size("button") * 7)
        most = max(1, min(4, (grid.width + m.gap) // (min_width + m.gap)))
        rows = max(1, (grid.height + m.gap) // (self.row_height + m.gap))

        def paging(columns: int) -> tuple[int, int]:
            """(pages, per page) with ``columns``; one slot keeps "More strengths" if it pages."""
            per_page = columns * rows
            if len(ids) > per_page:
                per_page = max(1, per_page - 1)
            return max(1, -(-len(ids) // per_page)), per_page

        def shrinks(columns: int) -> bool:
            """Would some name (or the More button) fall below the 100 % size in cells this wide?"""
            width = (grid.width - m.gap * (columns - 1)) // columns
            cell = pygame.Rect(0, 0, width, self.row_height)
            box = label_boxes(look, cell, False, None).text.size
            pages = paging(columns)[0]
            if pages > 1:  # the More button has an arrow beside its words
                more = fit_label(
                    look, self._more_label(pages, pages), label_boxes(look, cell, True, None).text.size
                )
                if more.size < m.floor("button"):
                    return True
            return any(fit_label(look, name, box).size < m.floor("button") for name in names)

        # Names at their 100 % size first (one long name — "Anteeksiantavaisuus" — would pull
        # every label down to its size), then the fewest pages, then the fewest columns.
        look = self.app.look
        names = [self.table.strength_name(strength) for strength in ids]
        columns = min(range(1, most + 1), key=lambda n: (shrinks(n), paging(n)[0], n))
        pages, per_page = paging(columns)
        self.page %= pages
        shown = ids[self.page * per_page : (self.page + 1) * per_page]
        width = (grid.width - m.gap * (columns - 1)) // columns
        slots = [*shown, "__more__"] if pages > 1 else shown
        for index, strength in enumerate(slots):
            row, column = divmod(index, columns)
            rect = pygame.Rect(
                grid.left + column * (width + m.gap),
                grid.top + row * (self.row_height + m.gap),
                width,
                self.row_height,
            )
            if strength == "__more__":
                label = self._more_label(self.page + 1, pages)
                self.form.add(Button("more", label, self._next_page, icon="next", rect=rect))
                continue
            selected = strength == self.strength
            self.form.add(
                Button(
                    f"strength-{index}",
                    self.table.strength_name(strength),
                    partial(self._choose, strength),
                    icon="check" if selected else None,
                    style="primary" if selected else "normal",
                    rect=rect,
                )
            )

    def _more_label(self, page: int, pages: int) -> str:
        """Short, as in the checklists ("More strengths (1/2)" was the longest label in the grid)."""
        return self._("More ({page}/{pages})").format(page=page, pages=pages)

    # -- choices ----------------------------------------------------------------------------
    def _set_giver(self, value: int) -> None:
        self.giver = value
        self.rebuild()

    def _set_receiver(self, value: int) -> None:
        self.receiver = value
        self.rebuild()

    def _choose(self, strength: str) -> None:
        self.strength = strength
        self.rebuild()
        give = self.form.find("give")
        if give is not None and give.enabled:
            self.form.focus("give")  # picked with Enter: the next Enter gives it
        self.app.request_redraw()

    def _next_page(self) -> None:
        self.page += 1
        self.rebuild()
        self.form.focus("more")

    def give(self) -> None:
        if self.strength is not None and self.giver != self.receiver:
            self.dismiss((self.giver, self.receiver, self.strength))

    # -- drawing ----------------------------------------------------------------------------
    def draw_content(self, surface: pygame.Surface) -> None:
        look = self.app.look
        m, p = look.metrics, look.palette
        draw_soft_panel(surface, self.panel, p, m.radius * 2)
        look.text.draw_fitted(
            surface,
            self.prompt(),
            self.prompt_rect,
            p.text,
            m.font_size("body"),
            m.min_font_size,
            "bold",
            valign="middle",
        )
        for label, rect in self._labels:
            look.text.draw_fitted(
                surface,
                label,
                rect,
                p.text_muted,
                m.font_size("button"),
                m.min_font_size,
                "bold",
                valign="middle",
            )


class StrengthSpaceScene(StrengthDialog):
    """A Strengths space: the current player names a strength seen in another player."""

    name = "strength-space"
    escape_goes_back = False  # the Strengths space is the turn itself, not a dialog: Esc pauses
    phases = ("strength",)

    def __init__(self, app: SceneHost, table: Table) -> None:
        current = table.state.current_player
        others = [i for i in range(len(table.state.players)) if i != current]
        super().__init__(app, table, [current], others)

    def title(self) -> str:
        return self._("Strengths space")

    def _action_specs(self) -> list[tuple]:
        specs = super()._action_specs()
        return [specs[0], ("pass", self._("Pass"), lambda: self.send(Pass()), "next", True, "normal")]

    def give(self) -> None:
        if self.strength is not None:
            self.send(GiveStrength(self.giver, self.receiver, self.strength))
