"""A card on the table: its theme, type and level, the text in large type, and what can be done.

Done, Pass, Another card, Follow-up, Bookmark and Give strength each have a button, a
number key (1–6) and a letter key (D, P, A, F, B, S). Pass is always there and never asks
why. The closing card of a session uses the same scene.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pygame

from elamani_peli.content.models import Card, Theme
from elamani_peli.content.text import localize
from elamani_peli.engine.actions import (
    AnotherCard,
    Bookmark,
    Done,
    GiveStrength,
    Pass,
    RemoveBookmark,
    ShowFollowUp,
)
from elamani_peli.engine.events import CardDrawn
from elamani_peli.engine.legal import legal_actions

from ...vocabulary import card_type_name, level_label, level_name
from .. import game_flow
from ..anim import Glow
from ..bilingual import shown_text
from ..card_face import CardFace, CardLayout, CardRegions, draw_card_face, layout_card_face
from ..card_flip import CardFlip
from ..game_scene import GameScene, button_rows
from ..gift_feedback import draw_marked, gift_sentence, strength_count
from ..palette import parse_hex
from ..widgets import Button
from .strength import StrengthDialog

if TYPE_CHECKING:
    from ..registry import SceneRegistry

LETTER_KEYS = {
    pygame.K_d: "done",
    pygame.K_p: "pass",
    pygame.K_a: "another",
    pygame.K_f: "follow-up",
    pygame.K_b: "bookmark",
    pygame.K_s: "strength",
}


def card_face(scene: GameScene) -> CardFace:
    """The card on the table in the player's language, ready to draw."""
    table = scene.table
    state = table.state
    card = table.card()
    assert card is not None, "the card scene opens only while a card is on the table"
    return face_of(
        scene._,
        card,
        table.theme(state.card_theme),
        table.language(),
        bilingual=scene.app.prefs.cards_in_both_languages,
        closing=state.phase == "closing",
        follow_up_shown=state.follow_up_shown,
        own_icon=table.library.icons.get(state.card_theme or ""),
    )


def face_of(
    _,
    card: Card,
    theme: Theme | None,
    language: str,
    *,
    bilingual: bool,
    closing: bool = False,
    follow_up_shown: bool = False,
    own_icon: Path | None = None,
) -> CardFace:
    """Any card as the game prints it (the deck browser shows cards through this too)."""
    shown = shown_text(card.text, language, _, bilingual)
    if theme is not None:
        band, colour = localize(theme.name, language)[0], parse_hex(theme.colour)
        icon: str | Path = own_icon or theme.icon or f"icons/{theme.id}.svg"
    else:
        band = _("Closing card") if closing else _("Reflection")
        colour, icon = None, "icons/space-reflection.svg"
    type_label = card_type_name(_, card.type)
    if type_label == band:  # "Reflection / Reflection" said the same word twice
        type_label = _("A moment to look back")
    return CardFace(
        text=shown.primary,
        type_label=type_label,
        level=card.level,
        level_label=level_label(_, card.level),
        band_title=band,
        band_colour=colour,
        icon=icon,
        follow_up=localize(card.follow_up, language)[0] if follow_up_shown and card.follow_up else None,
        follow_up_title=_("Follow-up question"),
        language_note=shown.note,
        second_text=shown.second,
    )


class CardScene(GameScene):
    name = "card"
    opaque = False
    phases = ("card", "closing")
    initial_focus = ("done",)

    def __init__(self, app, table) -> None:
        super().__init__(app, table)
        self.card_rect = pygame.Rect(0, 0, 0, 0)
        self.regions: CardRegions | None = None
        self._layout_cache: tuple[tuple[object, ...], CardLayout] | None = None
        self.notice = ""
        """A short, calm confirmation of the last strength given on this card (memory only)."""
        self.notice_rect = pygame.Rect(0, 0, 0, 0)
        self.flip: CardFlip | None = None
        self.flipped_card: str | None = None  # the card the flip was decided for
        self.chip = ""
        """The receiver's count beside the notice ("Mikko · 2 strengths"), marked as it changes."""
        self.chip_rect = pygame.Rect(0, 0, 0, 0)
        self.glow: Glow | None = None

    def title(self) -> str:
        if self.table.state.phase == "closing":
            return self._("The closing card")
        answerer = self.table.state.answerer
        if answerer is not None:  # a card everyone answers in turn: say whose turn it is now
            return self._("Everyone answers · {name}'s turn").format(name=self.table.player_name(answerer))
        return self._("{name}'s card").format(name=self.table.player_name(self.table.state.current_player))

    def utterances(self) -> list[str]:
        """Whose card, its theme, type and level in words, the text, and the follow-up once shown."""
        face, _ = card_face(self), self._
        level = _("{type}, level {level}: {name}").format(
            type=face.type_label, level=face.level, name=level_name(_, face.level)
        )
        said = [self.title(), face.band_title, level, face.text]
        if face.follow_up:
            said += [face.follow_up_title, face.follow_up]
        return [self.notice, self.chip, *said] if self.notice else said

    def build(self) -> None:
        m, _, state = self.app.look.metrics, self._, self.table.state
        if state.card != self.flipped_card:  # turn over a card just drawn, not a resumed one
            outcome = self.table.last_outcome
            events = outcome.events if outcome is not None else ()
            drawn = any(isinstance(e, CardDrawn) and e.card_id == state.card for e in events)
            self.flip = CardFlip(self.app.look.reduced_motion) if drawn else None
            if drawn:
                self.app.sounds.play("card")
            self.flipped_card = state.card
        card = self.table.card()
        legal = {type(action) for action in legal_actions(self.table.library, state)}
        bookmarked = state.card in state.bookmarks
        specs = [
            ("done", _("Done"), lambda: self.send(Done()), "check", True),
            ("pass", _("Pass"), lambda: self.send(Pass()), "next", True),
            (
                "another",
                _("Another card"),
                lambda: self.send(AnotherCard()),
                "cards",
                AnotherCard in legal and state.phase == "card",
            ),
            (
                "follow-up",
                _("Follow-up"),
                lambda: self.send(ShowFollowUp()),
                "plus",
                bool(card and card.follow_up) and not state.follow_up_shown,
            ),
            (  # a bookmark can be taken off again: a mis-click is not final
                "bookmark",
                _("Remove bookmark") if bookmarked else _("Bookmark"),
                (lambda: self.send(RemoveBookmark())) if bookmarked else (lambda: self.send(Bookmark())),
                "bookmark",
                True,
            ),
            ("strength", _("Give strength"), self.give_strength, "star", GiveStrength in legal),
        ]
        body = m.body
        width = min(body.width, max(round(body.width * 0.78), round(m.font_size("body") * 22)))
        area = pygame.Rect(body.centerx - width // 2, body.top, width, body.height)
        # Slimmer than the standard button (still a fingertip): the card's text gets the room.
        height = max(m.px(44), round(m.font_size("button") * 1.5))
        rects = button_rows(area, len(specs), height=height, gap=m.gap, min_width=self._button_width(specs))
        for index, ((widget_id, label, callback, icon, enabled), rect) in enumerate(
            zip(specs, rects, strict=True)
        ):
            self.form.add(
                Button(
                    widget_id,
                    label,
                    callback,
                    icon=icon,
                    rect=rect,
                    enabled=enabled,
                    style="primary" if widget_id == "done" else "normal",
                    shortcut=index + 1,
                )
            )
        top = min(r.top for r in rects)
        self.card_rect = pygame.Rect(area.left, area.top, area.width, top - area.top - m.gap)
        if self.notice:
            self._lay_out_notice(area)

    def _lay_out_notice(self, area: pygame.Rect) -> None:
        """The notice under the card: the sentence, and the receiver's new count as a chip at
        its right (beside it while there is room, under it in a narrow window or large type)."""
        m, text = self.app.look.metrics, self.app.look.text
        size = m.font_size("small")
        chip = text.layout_at(self.chip, size, area.width - 2 * m.gap, "bold")
        chip_size = (chip.width + 2 * m.gap, chip.height + m.gap)
        beside = area.width - chip_size[0] - m.gap
        sentence = text.layout_at(self.notice, size, beside, "bold")
        if len(sentence.lines) > 2 or beside < area.width // 2:  # no room beside: the chip goes under
            sentence = text.layout_at(self.notice, size, area.width, "bold")
            height = sentence.height + m.gap + chip_size[1]
        else:
            height = max(sentence.height + m.gap, chip_size[1])
        self.card_rect.height -= height + m.gap
        self.notice_rect = pygame.Rect(area.left, self.card_rect.bottom + m.gap, area.width, height)
        self.chip_rect = pygame.Rect((0, 0), chip_size)
        self.chip_rect.bottomright = self.notice_rect.bottomright

    def _button_width(self, specs: list[tuple]) -> int:
        """Wide enough that every word of a label fits whole at 3/4 size beside its number and
        icon: Finnish labels ("Jatkokysymys") must not be cut between letters."""
        m, text = self.app.look.metrics, self.app.look.text
        size = m.font_size("button")
        words = [word for spec in specs for word in spec[1].split()]
        widest = max(text.layout_at(word, size * 3 // 4, 10_000, "bold").width for word in words)
        badge = text.layout_at(str(len(specs)), m.font_size("small"), 10_000, "bold").width
        chrome = 3 * m.gap + badge + round(size * 1.05) + m.gap // 2
        return max(round(size * 5.5), widest + chrome)

    def update(self, dt: float) -> bool:
        """The card turning over and the mark on a strength just given, while they last."""
        moving = super().update(dt)
        for animation in (self.flip, self.glow):
            if animation is not None and animation.update(dt):
                moving = True
        return moving

    def handle_event(self, event: pygame.event.Event) -> bool:
        if self.flip is not None and event.type in (pygame.KEYDOWN, pygame.MOUSEBUTTONDOWN):
            self.flip.finish()  # and the key or click does what it does on the still card
        if event.type == pygame.KEYDOWN and event.key in LETTER_KEYS and not event.mod & pygame.KMOD_CTRL:
            button = self.form.find(LETTER_KEYS[event.key])
            if button is not None and button.enabled:
                self.form.focus(button.id)
                return button.activate(None)
        return super().handle_event(event)

    def give_strength(self) -> None:
        state = self.table.state
        players = range(len(state.players))
        if state.phase == "closing":
            givers, receivers = list(players), list(players)
        else:
            answering = state.current_player if state.answerer is None else state.answerer
            givers = [i for i in players if i != answering]
            receivers = [answering]
        self.app.scenes.push(StrengthDialog(self.app, self.table, givers, receivers), self._strength_chosen)

    def _strength_chosen(self, gift: tuple[int, int, str] | None) -> None:
        if gift is not None and self.send(GiveStrength(*gift)):
            given = self.table.state.strengths[-1]
            self.notice = gift_sentence(self._, self.table, given)
            self.chip = f"{self.table.player_name(given.receiver)} · " + strength_count(
                self.app.ngettext, self.table, given.receiver
            )
            self.glow = Glow.once(reduced_motion=self.app.look.reduced_motion)
            self.rebuild()

    def draw_content(self, surface: pygame.Surface) -> None:
        look = self.app.look
        if self.notice:
            self._draw_notice(surface)
        face = card_face(self)

        def draw_face(target: pygame.Surface) -> None:
            self.regions = draw_card_face(
                target,
                self.card_rect,
                face,
                text=look.text,
                palette=look.palette,
                metrics=look.metrics,
                art=self.table.art,
                layout=self._card_layout(face),
            )

        if self.flip is None or not self.flip.turning:
            draw_face(surface)
            return
        back = self.table.art.image("cards/back.svg", self.card_rect.size)
        self.flip.draw(surface, self.card_rect, draw_face, back)

    def _draw_notice(self, surface: pygame.Surface) -> None:
        look = self.app.look
        m, p = look.metrics, look.palette
        pygame.draw.rect(surface, p.surface_alt, self.notice_rect, border_radius=m.radius)
        size = m.font_size("small")
        under = self.chip_rect.top > self.notice_rect.top + m.gap  # the chip on a line of its own
        text_box = pygame.Rect(self.notice_rect)
        if under:
            text_box.height = self.chip_rect.top - text_box.top
        else:
            text_box.width = self.chip_rect.left - text_box.left
        layout = look.text.layout_at(self.notice, size, text_box.width - m.gap, "bold")
        look.text.draw(surface, layout, text_box, p.text, "center", "middle")
        draw_marked(surface, self.chip_rect, look, self.glow)
        chip = look.text.layout_at(self.chip, size, self.chip_rect.width, "bold")
        look.text.draw(surface, chip, self.chip_rect, p.text, "center", "middle")

    def _card_layout(self, face: CardFace) -> CardLayout:
        """The card measured once per rect, face (its language and reveal) and metrics (size and
        type scale): a frame then only paints, without fitting every text again."""
        look = self.app.look
        key = (tuple(self.card_rect), face, look.metrics, id(look.text))
        if self._layout_cache is None or self._layout_cache[0] != key:
            self._layout_cache = (key, layout_card_face(self.card_rect, face, look.metrics, look.text))
        return self._layout_cache[1]


def register(registry: SceneRegistry) -> None:
    registry.add("card", lambda app, **options: game_flow.open_session(app, game_flow.running(app)))
