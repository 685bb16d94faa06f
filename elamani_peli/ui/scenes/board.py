"""The board: the path of spaces, the tokens, whose turn it is, the die and its roll.

The board is the hub of a session (see :mod:`..game_flow`). After every action it looks at
the engine's phase and opens the scene for it on top (a card, a story scene, a free
choice …); when that scene closes, the board looks again. A roll is shown as a short
tumble of the die and the token stepping along the path — skipped with any key or click,
and not played at all with reduced motion — and only then does the space's scene open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from elamani_peli.engine.actions import Roll
from elamani_peli.engine.content_rules import playable_themes
from elamani_peli.engine.events import DieRolled, TokenMoved

from ...vocabulary import space_type_names
from .. import game_flow
from ..anim import DieRoll, Glow, TokenWalk
from ..board_draw import (
    SpaceLook,
    board_label_size,
    draw_die,
    draw_path,
    draw_space,
    draw_space_ring,
    draw_token,
)
from ..board_geometry import BoardLayout, serpentine_layout, token_spots
from ..card_face import draw_soft_panel
from ..game_scene import GameScene
from ..gift_feedback import draw_marked, gift_sentence, strength_count, strengths_received
from ..icons import draw_icon
from ..palette import parse_hex
from ..table import Table
from ..widgets import Button

if TYPE_CHECKING:
    from ...engine.session import Session
    from ...engine.state import StrengthGift
    from ..host import SceneHost
    from ..registry import SceneRegistry


READY_FACE = 5
"""The face a die at rest shows while it waits to be rolled (drawn softened)."""


class BoardScene(GameScene):
    name = "board"
    phases = ("roll",)
    hub = True  # never closes itself; it opens the scene for each phase on top
    initial_focus = ("roll",)

    def __init__(self, app: SceneHost, table: Table) -> None:
        super().__init__(app, table)
        self.die: DieRoll | None = None
        self.walk: TokenWalk | None = None
        self.walker: int | None = None
        self.layout: BoardLayout | None = None
        self.board_area = pygame.Rect(0, 0, 0, 0)
        self.panel = pygame.Rect(0, 0, 0, 0)
        self.die_rect = pygame.Rect(0, 0, 0, 0)
        self._layer: pygame.Surface | None = None
        self._layer_key: tuple | None = None
        self._still: pygame.Surface | None = None  # the scene without the die and walking token
        self._drawing_still = False
        self._gifts_seen = len(table.state.strengths)
        self.gift: StrengthGift | None = None
        """The last strength given since the last roll (said in the panel and aloud); memory only."""
        self.gift_receivers: frozenset[int] = frozenset()
        """Who received those strengths: their rows stay marked until the next roll."""
        self.gift_glow: Glow | None = None
        self.gift_rect = pygame.Rect(0, 0, 0, 0)

    # -- life cycle -------------------------------------------------------------------------
    def enter(self) -> None:
        # A session saved from the pause menu was saved paused; the board on top plays on
        # (built paused, its Roll button would stay disabled after Continue).
        self.table.resume()
        super().enter()
        self.show_phase()

    def rebuild(self) -> None:
        """After a roll the Roll button is disabled: the focus waits instead of jumping to the
        header's Help, where an impatient Enter would open it."""
        was = self.form.focus_id
        super().rebuild()
        roll = self.form.find("roll")
        if was in ("roll", None) and roll is not None and not roll.enabled:
            self.form.focus(None)

    def resume(self) -> None:
        if self.app.scenes.top is self:
            # the scene above (help, the check-in) stopped the clock; the game goes on now, and
            # Roll must be built enabled — built paused, it lost the focus and Enter did nothing
            self.table.resume()
        super().resume()
        roll = self.form.find("roll")
        if roll is not None and roll.enabled and self.app.scenes.top is self:
            self.form.focus("roll")  # back from a card: the next player rolls with Enter or Space
        if not self.animating:
            self.show_phase()

    def title(self) -> str:
        board = self.table.library.boards.get(self.table.state.rules.board_id)
        return self.table.text(board.title) if board else ""

    def utterances(self) -> list[str]:
        """Whose turn it is, where the session stands, and the die once it was rolled."""
        _, state = self._, self.table.state
        name = self.table.player_name(state.current_player)
        gift = [self.gift_text()] if self.gift is not None else []  # a strength just given, first
        said = [*gift, _("{name}'s turn").format(name=name), self.progress_text()]
        if state.phase != "roll" and state.last_roll is not None:
            said.append(_("{name} rolled {value}").format(name=name, value=state.last_roll))
        return said

    @property
    def animating(self) -> bool:
        return (self.die is not None and not self.die.done) or (self.walk is not None and not self.walk.done)

    def show_phase(self) -> None:
        """Open the scene for the engine's phase on top of the board (or the summary at the end)."""
        game_flow.show_phase(self)

    # -- layout -----------------------------------------------------------------------------
    def build(self) -> None:
        self._still = None
        if self.app.scenes.top is self:
            self._notice_gifts()
        m, _ = self.app.look.metrics, self._
        body = m.body
        # As wide as at 100 % type whatever the type size: a wider panel shrank the spaces, and
        # with them their names, at 200 %. The panel's texts wrap instead.
        panel_width = max(round(body.width * 0.25), round(m.font_size("body") / m.text_scale * 7))
        panel_width = min(panel_width, body.width * 2 // 5)
        self.board_area = pygame.Rect(body.left, body.top, body.width - panel_width - m.pad, body.height)
        self.panel = pygame.Rect(self.board_area.right + m.pad, body.top, panel_width, body.height)
        spaces = self._board_spaces()
        self.layout = (
            serpentine_layout(len(spaces), _box(self.board_area.inflate(-m.gap, -m.gap))) if spaces else None
        )
        inner = self.panel.inflate(-2 * m.gap, -2 * m.gap)
        roll_rect = pygame.Rect(inner.left, inner.bottom - m.button_height, inner.width, m.button_height)
        die_side = min(inner.width // 3, m.px(96))
        self.die_rect = pygame.Rect(0, 0, die_side, die_side)
        self.die_rect.midbottom = (inner.centerx, roll_rect.top - m.gap)
        can_roll = self.table.state.phase == "roll" and not self.table.state.paused
        self.form.add(
            Button(
                "roll",
                _("Roll the die"),
                self.roll,
                icon="die",
                style="primary",
                rect=roll_rect,
                enabled=can_roll,
            )
        )

    def _notice_gifts(self) -> None:
        """Strengths given since the board last looked (on the Strengths space, or from a card
        that just closed): say the last one and mark its receiver, with one soft halo. Taken
        back (undo): forget them."""
        gifts = self.table.state.strengths
        if len(gifts) > self._gifts_seen:
            new = gifts[self._gifts_seen :]
            self.gift = new[-1]
            self.gift_receivers = self.gift_receivers | {gift.receiver for gift in new}
            self.gift_glow = Glow.once(reduced_motion=self.app.look.reduced_motion)
        elif len(gifts) < self._gifts_seen:
            self.gift, self.gift_receivers, self.gift_glow = None, frozenset(), None
        self._gifts_seen = len(gifts)

    def gift_text(self) -> str:
        return gift_sentence(self._, self.table, self.gift) if self.gift is not None else ""

    def _board_spaces(self) -> list:
        board = self.table.library.boards.get(self.table.state.rules.board_id)
        return list(board.spaces) if board else []

    def space_looks(self) -> list[SpaceLook]:
        names = space_type_names(self._, self.app.translator.pgettext)
        in_play = set(playable_themes(self.table.library, self.table.state.rules))
        looks = []
        for space in self._board_spaces():
            theme = self.table.theme(space.theme) if space.type == "theme" else None
            if theme is not None:
                icon = self.table.library.icons.get(theme.id) or theme.icon or f"icons/{theme.id}.svg"
                looks.append(
                    SpaceLook(
                        self.table.text(theme.name),
                        icon,
                        parse_hex(theme.colour),
                        out_of_play=theme.id not in in_play,
                    )
                )
            else:
                looks.append(
                    SpaceLook(names.get(space.type, space.type), f"icons/space-{space.type}.svg", None)
                )
        return looks

    # -- input and animation ----------------------------------------------------------------
    def roll(self) -> None:
        outcome = self.table.send(Roll())
        if outcome.rejected is not None:
            self.rebuild()
            return
        self.gift, self.gift_receivers, self.gift_glow = None, frozenset(), None
        reduced = self.app.look.reduced_motion
        for event in outcome.events:
            if isinstance(event, DieRolled):
                self.die = DieRoll.landing_on(event.value, reduced_motion=reduced)
            elif isinstance(event, TokenMoved):
                self.walk = TokenWalk.between(event.from_space, event.to_space, reduced_motion=reduced)
                self.walker = event.player
        self.rebuild()
        if not self.animating:
            self.show_phase()

    def skip_animation(self) -> None:
        for animation in (self.die, self.walk):
            if animation is not None:
                animation.skip()

    def handle_event(self, event: pygame.event.Event) -> bool:
        if self.animating and event.type in (pygame.KEYDOWN, pygame.MOUSEBUTTONDOWN, pygame.FINGERDOWN):
            if event.type == pygame.KEYDOWN and event.key == pygame.K_ESCAPE:
                self.skip_animation()
                return False  # Esc still pauses
            self.skip_animation()
            self.show_phase()
            return True
        if event.type == pygame.KEYDOWN and event.key == pygame.K_r and self.table.state.phase == "roll":
            self.roll()
            return True
        used = super().handle_event(event)
        if used:
            self._still = None  # a hover or focus change shows on the next frame
        return used

    def update(self, dt: float) -> bool:
        super().update(dt)
        if self.gift_glow is not None and not self.gift_glow.done and not self.animating:
            self.gift_glow.update(dt)
            return True
        if not self.animating:
            return False
        if self.die is not None and not self.die.done:
            self.die.update(dt)
        elif self.walk is not None:
            self.walk.update(dt)
        if not self.animating:
            self.show_phase()
        return True

    # -- drawing ----------------------------------------------------------------------------
    def draw(self, surface: pygame.Surface) -> None:
        """While the die and the token move, nothing else on the board does: the rest of the
        scene is drawn once into a window-sized picture, and each animation frame is that
        picture, the die and the walking token (1920×1080: ~1.6 → ~0.6 ms a frame)."""
        if not self.animating:
            self._still = None
            super().draw(surface)
            return
        if self._still is None or self._still.get_size() != surface.get_size():
            self._drawing_still = True
            try:
                super().draw(surface)
            finally:
                self._drawing_still = False
            self._still = surface.copy()
        else:
            surface.blit(self._still, (0, 0))
        self._draw_walker(surface)
        self._draw_die(surface)

    def draw_content(self, surface: pygame.Surface) -> None:
        look = self.app.look
        if self.layout is not None:
            surface.blit(self._board_layer(), self.board_area.topleft)
            state = self.table.state
            if state.phase != "ended" and not self.animating:
                mover = min(state.players[state.current_player].position, len(self.layout.tiles) - 1)
                draw_space_ring(surface, pygame.Rect(self.layout.tiles[mover]), look)
            self._draw_tokens(surface)
            if not self._drawing_still:
                self._draw_walker(surface)
        self._draw_panel(surface)

    def _board_layer(self) -> pygame.Surface:
        """The path and its spaces, drawn once per layout, language and look, then only blitted:
        a frame of the rolling die or the walking token redraws tokens and the panel, not 40 spaces."""
        look, area = self.app.look, self.board_area
        key = (area.size, look.palette, look.metrics, self.app.language)
        if self._layer is None or self._layer_key != key:
            assert self.layout is not None, "drawn only with a board"
            layer = pygame.Surface(area.size)
            layer.fill(look.palette.background)
            local = serpentine_layout(
                len(self.layout.tiles),
                _box(pygame.Rect((0, 0), area.size).inflate(-look.metrics.gap, -look.metrics.gap)),
            )
            draw_path(layer, local, look)
            looks = self.space_looks()
            size = board_label_size([s.name for s in looks], pygame.Rect(local.tiles[0]), look)
            for tile, space in zip(local.tiles, looks, strict=False):
                draw_space(
                    layer, pygame.Rect(tile), space, look, self.table.art, highlight=False, label_size=size
                )
            self._layer, self._layer_key = layer, key
        return self._layer

    def _draw_tokens(self, surface: pygame.Surface) -> None:
        assert self.layout is not None
        state, look = self.table.state, self.app.look
        walking = self._walking()
        by_space: dict[int, list[int]] = {}
        for index, player in enumerate(state.players):
            if index != walking:
                by_space.setdefault(min(player.position, len(self.layout.tiles) - 1), []).append(index)
        scale = look.metrics.text_scale
        for space, players in by_space.items():
            spots = token_spots(len(players), self.layout.tiles[space], scale)
            for index, (x, y, radius) in zip(players, spots, strict=True):
                draw_token(
                    surface,
                    (x, y),
                    radius,
                    self.table.player_token(index),
                    look,
                    self.table.art,
                    current=index == state.current_player,
                )

    def _walking(self) -> int | None:
        """The player whose token is on its way (drawn by :meth:`_draw_walker`), if any."""
        return self.walker if self.walk is not None and not self.walk.done else None

    def _draw_walker(self, surface: pygame.Surface) -> None:
        """The token on its way, hopping from space to space."""
        walking = self._walking()
        if walking is not None and self.walk is not None and self.layout is not None:
            look = self.app.look
            x, y = self.layout.point_along(self.walk.position)
            tile = self.layout.tiles[0]
            radius = token_spots(1, tile)[0][2]
            hop = abs((self.walk.position % 1.0) - 0.5) * 2  # 1 on a space, 0 mid-step
            draw_token(
                surface,
                (x, y - tile[3] * 0.3 - (1 - hop) * radius),
                radius,
                self.table.player_token(walking),
                look,
                self.table.art,
                current=True,
            )

    def _draw_panel(self, surface: pygame.Surface) -> None:
        look, _ = self.app.look, self._
        m, p, state = look.metrics, look.palette, self.table.state
        draw_soft_panel(surface, self.panel, p, m.radius)
        inner = self.panel.inflate(-2 * m.gap, -2 * m.gap)
        current = state.current_player
        # With large type the turn's token does not grow past a quarter of the panel: the
        # room goes to the list of players below.
        token_side = min(round(m.font_size("heading") * 1.6), max(inner.width // 4, m.px(40)))
        draw_token(
            surface,
            (inner.left + token_side // 2, inner.top + token_side // 2),
            token_side // 2,
            self.table.player_token(current),
            look,
            self.table.art,
            current=True,
        )
        # The list of players keeps at least its height at 100 % type; the turn's heading (up
        # to 2.6 lines) and the status line share what is left.
        players_room = len(state.players) * round(m.font_size("body") / m.text_scale * 1.8)
        spare = self.die_rect.top - 2 * m.gap - players_room - inner.top - m.gap // 2
        turn = _("{name}'s turn").format(name=self.table.player_name(current))
        heading, name_width = m.font_size("heading"), inner.width - token_side - m.gap
        wanted = look.text.fit(turn, (name_width, round(heading * 2.6)), heading, m.min_font_size, "bold")
        name_height = max(token_side, min(wanted.height, spare - round(m.font_size("small") * 1.3)))
        name_box = pygame.Rect(inner.left + token_side + m.gap, inner.top, name_width, name_height)
        look.text.draw_fitted(
            surface, turn, name_box, p.text, heading, m.min_font_size, "bold", valign="middle"
        )
        status_room = spare - name_height
        status_room = max(m.min_font_size * 2, min(round(m.font_size("small") * 2.6), status_room))
        status = look.text.fit(
            self.progress_text(), (inner.width, status_room), m.font_size("small"), m.min_font_size
        )
        status_box = pygame.Rect(inner.left, name_box.bottom + m.gap // 2, inner.width, status.height)
        look.text.draw(surface, status, status_box, p.text_muted)
        players_top = status_box.bottom + m.gap
        players_bottom = self.die_rect.top - m.gap
        self._draw_players(
            surface, pygame.Rect(inner.left, players_top, inner.width, players_bottom - players_top)
        )
        if not self._drawing_still:
            self._draw_die(surface)

    def _draw_die(self, surface: pygame.Surface) -> None:
        state = self.table.state
        rolling = self.die is not None and not self.die.done
        if not rolling and state.phase == "roll":  # paused too: the pause menu dims it
            # Waiting for this player's roll: a real die at rest, softened, not the last
            # player's number (and not an empty square before the first roll).
            draw_die(surface, self.die_rect, READY_FACE, 0.0, self.app.look, self.table.art, resting=True)
            return
        face = self.die.face if self.die is not None else state.last_roll
        tilt = self.die.tilt if self.die is not None else 0.0
        draw_die(surface, self.die_rect, face, tilt, self.app.look, self.table.art)

    def progress_text(self) -> str:
        _, state = self._, self.table.state
        rules = state.rules
        if rules.length_unit == "rounds":
            return _("Round {round} of {rounds}").format(round=state.round, rounds=rules.length)
        minutes = self.table.play_seconds() // 60
        return _("Round {round} · {minutes} of {total} min").format(
            round=state.round, minutes=minutes, total=rules.length
        )

    def _draw_players(self, surface: pygame.Surface, area: pygame.Rect) -> None:
        look, _ = self.app.look, self._
        m, state = look.metrics, self.table.state
        count = len(state.players)
        if count == 0 or area.height < count * m.min_font_size:
            return  # no room for readable rows (200 % type in a short window); the heading names the turn
        row_height = min(area.height // count, round(m.font_size("body") * 1.8))
        for index, player in enumerate(state.players):
            row = pygame.Rect(area.left, area.top + index * row_height, area.width, row_height)
            radius = max(6, row_height * 2 // 5)
            draw_token(
                surface,
                (row.left + radius + 2, row.centery),
                radius,
                self.table.player_token(index),
                look,
                self.table.art,
                current=index == state.current_player,
            )
            label = self.table.player_name(index)
            if player.arrived:
                label = _("{name} (at the goal)").format(name=label)
            text_box = pygame.Rect(
                row.left + 2 * radius + m.gap, row.top, row.width - 2 * radius - m.gap, row.height
            )
            if index in self.gift_receivers:  # a strength just landed here: the row is marked
                pill = text_box.inflate(0, -max(2, row_height // 8))
                pill.x, pill.width = pill.x - m.gap // 2, pill.width + m.gap // 2
                draw_marked(surface, pill, look, self.gift_glow)
            bold = index == state.current_player or index in self.gift_receivers
            box = pygame.Rect(text_box.left, text_box.top, text_box.width - m.gap // 2, text_box.height)
            self._draw_player_label(surface, box, index, label, "bold" if bold else "regular")
        self._draw_gift_notice(surface, pygame.Rect(area.left, area.top + count * row_height, area.width, 0))

    def _draw_player_label(
        self, surface: pygame.Surface, box: pygame.Rect, index: int, label: str, weight: str
    ) -> None:
        """The name, and the strengths received: in words ("Aino · 2 strengths") where they fit
        at the body size, else a star and the number after the name, so large type does not
        shrink the row below its neighbours."""
        look = self.app.look
        m, p = look.metrics, look.palette
        size = m.font_size("body")
        count = strengths_received(self.table, index)
        if count:
            worded = f"{label} · {strength_count(self.app.ngettext, self.table, index)}"
            if not look.text.fit(worded, box.size, size, size, weight).below_min:
                label, count = worded, 0
        if count:
            number = look.text.layout_at(str(count), size, box.width, "bold")
            star = pygame.Rect(0, 0, size, size)
            chip = pygame.Rect(0, box.top, star.width + m.gap // 3 + number.width, box.height)
            chip.right = box.right
            star.midleft = (chip.left, box.centery)
            draw_icon(surface, "star", star, p.accent)
            look.text.draw(surface, number, chip, p.text, "right", "middle")
            box = pygame.Rect(box.left, box.top, chip.left - m.gap // 2 - box.left, box.height)
        look.text.draw_fitted(surface, label, box, p.text, size, m.min_font_size, weight, valign="middle")

    def _draw_gift_notice(self, surface: pygame.Surface, below: pygame.Rect) -> None:
        """The gift said in words under the players, if the panel has room at the 100 % size or
        more (it is said aloud in any case, and the receiver's row is marked)."""
        self.gift_rect = pygame.Rect(0, 0, 0, 0)
        said = self.gift_text()
        if not said:
            return
        look = self.app.look
        m = look.metrics
        top = below.top + m.gap // 2
        room = pygame.Rect(below.left, top, below.width, self.die_rect.top - m.gap - top)
        if room.height < look.text.layout_at(said, m.floor("small"), room.width).line_height:
            return  # not even a line (large type, many players): said aloud and marked only
        layout = look.text.fit(said, room.size, m.font_size("small"), m.floor("small"))
        if layout.below_min:
            return
        self.gift_rect = pygame.Rect(room.left, room.top, room.width, layout.height)
        look.text.draw(surface, layout, self.gift_rect, look.palette.text, "left", "top")


def _box(rect: pygame.Rect) -> tuple[int, int, int, int]:
    """A rectangle as the pygame-free board geometry takes it."""
    return rect.x, rect.y, rect.width, rect.height


def open_board(app: SceneHost, session: Session | None = None) -> GameScene:
    """The board for ``session`` (default: the host's running session); see :func:`game_flow.open_session`."""
    session = session if session is not None else app.session
    if session is None:
        raise game_flow.FlowError("the board needs a running session")
    return game_flow.open_session(app, session)


def register(registry: SceneRegistry) -> None:
    registry.add("board", lambda app, **options: open_board(app))
    registry.add("resume", lambda app, **options: game_flow.resume_saved(app))
