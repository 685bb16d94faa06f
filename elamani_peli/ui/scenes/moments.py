"""The small spaces of the board: a free choice of theme, a breather, arriving at the goal.

Each is a calm panel over the dimmed board with a few large buttons; number keys pick a
theme, Enter goes on. Pass is offered wherever something is asked.
"""

from __future__ import annotations

import pygame

from elamani_peli.engine.actions import ChooseTheme, Continue, Pass

from ..art import draw_image_or_placeholder
from ..board_draw import draw_token
from ..card_face import draw_soft_panel
from ..game_scene import GameScene, add_buttons
from ..palette import parse_hex, readable_on
from ..widgets import Button


class MomentScene(GameScene):
    """A centred panel with a picture, a heading, a short text and buttons at the bottom."""

    opaque = False
    icon = "icons/space-breather.svg"

    def heading(self) -> str:
        return ""

    def message(self) -> str:
        return ""

    def utterances(self) -> list[str]:
        return [self.heading(), self.message()]

    def build(self) -> None:
        m = self.app.look.metrics
        body = m.body
        width = min(body.width, max(round(body.width * 0.66), round(m.font_size("body") * 22)))
        # As tall as picture, heading, a few lines and the button need — centred, with air around.
        message = self.app.look.text.fit(
            self.message(), (width - 2 * m.pad, body.height), m.font_size("heading"), m.min_font_size
        )
        needed = (
            min(body.height // 3, m.px(140))
            + round(m.font_size("title") * 1.5)
            + message.height
            + m.button_height
            + 3 * m.gap
            + 3 * m.pad
        )
        height = min(body.height, needed)
        self.panel = pygame.Rect(body.centerx - width // 2, body.centery - height // 2, width, height)
        inner = self.panel.inflate(-2 * m.pad, -2 * m.pad)
        self.buttons_top = add_buttons(self, self.button_specs(), inner, primary="continue")

    def button_specs(self) -> list[tuple]:
        return [("continue", self._("Continue"), lambda: self.send(Continue()), "next")]

    def draw_content(self, surface: pygame.Surface) -> None:
        look = self.app.look
        m, p = look.metrics, look.palette
        draw_soft_panel(surface, self.panel, p, m.radius * 2)
        inner = self.panel.inflate(-2 * m.pad, -2 * m.pad)
        space = pygame.Rect(inner.left, inner.top, inner.width, self.buttons_top - m.pad - inner.top)
        picture_side = min(m.body.height // 3, m.px(140), space.height // 2)
        picture = pygame.Rect(0, 0, picture_side, picture_side)
        picture.midtop = (space.centerx, space.top)
        self.draw_picture(surface, picture)
        heading_height = round(m.font_size("title") * 1.5)
        heading = pygame.Rect(space.left, picture.bottom + m.gap, space.width, heading_height)
        look.text.draw_fitted(
            surface,
            self.heading(),
            heading,
            p.text,
            m.font_size("title"),
            m.min_font_size,
            "bold",
            "center",
            "middle",
        )
        text_box = pygame.Rect(
            space.left, heading.bottom + m.gap, space.width, space.bottom - heading.bottom - m.gap
        )
        look.text.draw_fitted(
            surface, self.message(), text_box, p.text, m.font_size("heading"), m.min_font_size, align="center"
        )

    def draw_picture(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        pygame.draw.circle(surface, (255, 255, 255), rect.center, rect.width // 2)
        pygame.draw.circle(surface, self.app.look.palette.border, rect.center, rect.width // 2, 1)
        side = rect.width * 2 // 3
        image = self.table.art.image(self.icon, (side, side))
        draw_image_or_placeholder(surface, image, rect, self.app.look.palette.text)


class BreatherScene(MomentScene):
    name = "breather"
    phases = ("breather",)
    initial_focus = ("continue",)

    def title(self) -> str:
        return self._("Breather")

    def heading(self) -> str:
        return self._("Take a breather")

    def message(self) -> str:
        return self._(
            "Nothing is asked on this space. Stretch, breathe, have a sip of water — "
            "carry on when you feel like it."
        )


class ArrivalScene(MomentScene):
    name = "arrived"
    phases = ("arrived",)
    icon = "icons/space-goal.svg"
    initial_focus = ("continue",)

    def title(self) -> str:
        return self._("Goal")

    def heading(self) -> str:
        return self._("{name} reached the goal").format(
            name=self.table.player_name(self.table.state.current_player)
        )

    def message(self) -> str:
        return self._(
            "Your path ends here, but you are still part of the game: answer along with the others "
            "and give strengths."
        )

    def draw_picture(self, surface: pygame.Surface, rect: pygame.Rect) -> None:
        current = self.table.state.current_player
        draw_token(
            surface,
            rect.center,
            rect.width // 2,
            self.table.player_token(current),
            self.app.look,
            self.table.art,
            current=True,
        )


class ThemeButton(Button):
    """A theme's button: the label keeps clear of the colour-and-icon swatch at its right end."""

    def __init__(self, *args, swatch: pygame.Rect, **options) -> None:
        super().__init__(*args, **options)
        self.swatch = swatch

    def label_rect(self, rect: pygame.Rect) -> pygame.Rect:
        # ``rect`` is the drawn button (it shifts down while pressed); the swatch ends the label.
        return pygame.Rect(rect.left, rect.top, self.swatch.left - rect.left, rect.height)


class FreeChoiceScene(GameScene):
    """A free-choice space: the player picks the theme of their card (number keys 1–9)."""

    name = "free-choice"
    opaque = False
    phases = ("choose_theme",)
    initial_focus = ("theme-1",)

    def title(self) -> str:
        return self._("Free choice")

    def build(self) -> None:
        m, _ = self.app.look.metrics, self._
        body = m.body
        self.panel = body.copy()
        inner = body.inflate(-2 * m.pad, -2 * m.pad)
        self.prompt_rect = pygame.Rect(
            inner.left, inner.top, inner.width, round(m.font_size("heading") * 1.6)
        )
        reason_height = round(m.font_size("body") * 2.6) if self.reason() else 0
        self.reason_rect = pygame.Rect(inner.left, self.prompt_rect.bottom, inner.width, reason_height)
        bottom = add_buttons(
            self,
            [("pass", _("Pass"), lambda: self.send(Pass()), "next")],
            pygame.Rect(inner.centerx - inner.width // 6, inner.top, inner.width // 3, inner.height),
        )
        grid = pygame.Rect(
            inner.left,
            self.reason_rect.bottom + m.gap,
            inner.width,
            bottom - m.pad - self.reason_rect.bottom - m.gap,
        )
        themes = self.table.state.theme_choices
        min_width = round(m.font_size("button") * 8)
        columns = max(1, min(3, (grid.width + m.gap) // (min_width + m.gap), len(themes)))
        rows = max(1, -(-len(themes) // columns))
        height = min(m.button_height * 2, (grid.height - m.gap * (rows - 1)) // rows)
        width = (grid.width - m.gap * (columns - 1)) // columns
        self.tiles: list[tuple[str, pygame.Rect]] = []
        for index, theme_id in enumerate(themes):
            row, column = divmod(index, columns)
            rect = pygame.Rect(
                grid.left + column * (width + m.gap), grid.top + row * (height + m.gap), width, height
            )
            side = rect.height - 2 * max(4, m.gap // 2)
            swatch = pygame.Rect(rect.right - side - m.gap // 2, rect.centery - side // 2, side, side)
            self.form.add(
                ThemeButton(
                    f"theme-{index + 1}",
                    self.table.theme_name(theme_id),
                    lambda t=theme_id: self.send(ChooseTheme(t)),
                    rect=rect,
                    shortcut=index + 1 if index < 9 else None,
                    align="left",
                    swatch=swatch,
                )
            )
            self.tiles.append((theme_id, swatch))

    def draw_content(self, surface: pygame.Surface) -> None:
        look = self.app.look
        m, p = look.metrics, look.palette
        draw_soft_panel(surface, self.panel, p, m.radius * 2)
        look.text.draw_fitted(
            surface,
            self._("Which theme would you like to talk about?"),
            self.prompt_rect,
            p.text,
            m.font_size("heading"),
            m.min_font_size,
            "bold",
            valign="middle",
        )
        reason = self.reason()
        if reason:
            look.text.draw_fitted(
                surface,
                reason,
                self.reason_rect,
                p.text,
                m.font_size("body"),
                m.min_font_size,
                valign="middle",
            )

    def reason(self) -> str:
        """Why a theme space became a free choice: its theme is not in play (the engine's
        ``space_type`` says "free" while the board's space is a theme space)."""
        state = self.table.state
        board = self.table.library.boards.get(state.rules.board_id)
        if board is None or state.space_type != "free" or not state.players:
            return ""
        position = state.players[state.current_player].position
        if not 0 <= position < len(board.spaces) or board.spaces[position].type != "theme":
            return ""
        return self._(
            "The theme of this space, {theme}, is not in play in this game, "
            "so you can choose the theme yourself."
        ).format(theme=self.table.theme_name(board.spaces[position].theme))

    def draw(self, surface: pygame.Surface) -> None:
        super().draw(surface)
        # The theme's colour and icon sit on the button's right end: colour never alone.
        look = self.app.look
        for theme_id, swatch in self.tiles:
            theme = self.table.theme(theme_id)
            if theme is None:
                continue
            colour = parse_hex(theme.colour)
            side = swatch.width
            pygame.draw.rect(surface, colour, swatch, border_radius=look.metrics.radius)
            pygame.draw.circle(surface, (255, 255, 255), swatch.center, side * 2 // 5)
            icon = self.table.art.theme_icon(theme, side * 3 // 5, self.table.library.icons.get(theme.id))
            draw_image_or_placeholder(surface, icon, swatch, readable_on(colour))
