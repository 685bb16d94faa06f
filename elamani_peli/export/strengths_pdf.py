"""Take-home cards: after a session, one card per player with the strengths they received.

A card holds the player's nickname (optional), each strength with who gave it, and a line
from the closing card; nothing else — no answers (the program never had them), no pass
counts, no themes. Two cards to an A4 page (A5 halves) with a dashed line to cut along.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from elamani_peli.content.library import ContentLibrary
from elamani_peli.content.text import localize
from elamani_peli.engine.setup import SessionSetup
from elamani_peli.engine.state import GameState
from elamani_peli.i18n import Translator
from elamani_peli.paths import user_data_dir

from .a4 import FONT, INK, MUTED, RULE, A4Document
from .summary_files import SUMMARY_FOLDER

HALF = 297.0 / 2
BAND = (47, 122, 79)
"""The forest green of the palette, white text on it at AA."""


@dataclass(frozen=True)
class TakeHomeCard:
    heading: str
    name: str | None
    gifts: tuple[str, ...]
    """"Courage — from Aino", one a line."""
    empty: str
    """Said when no strength was named, with room to write one in by hand."""
    closing: str | None
    footer: str


def build_cards(
    library: ContentLibrary,
    setup: SessionSetup,
    state: GameState,
    translator: Translator,
    *,
    closing_card: str | None,
    names: bool = True,
    when: dt.date | None = None,
) -> list[TakeHomeCard]:
    """A card per player, in seat order, in the translator's language."""
    _, language = translator.gettext, translator.language
    closing = None
    if closing_card is not None:
        try:
            closing = _("“{text}”").format(text=localize(library.card(closing_card).text, language)[0])
        except KeyError:
            closing = None
    footer = _("Elämäni peli · played on {date}").format(date=translator.date(when or dt.date.today()))
    cards = []
    for index, player in enumerate(setup.players):
        gifts = []
        for gift in state.strengths:
            if gift.receiver != index or gift.strength not in library.strengths:
                continue
            strength = localize(library.strengths[gift.strength].name, language)[0]
            if names:
                giver = setup.players[gift.giver].nickname
                gifts.append(_("{strength} — from {name}").format(strength=strength, name=giver))
            else:  # without names means none: not the giver's either
                gifts.append(strength)
        cards.append(
            TakeHomeCard(
                heading=_("My strengths"),
                name=player.nickname if names else None,
                gifts=tuple(gifts),
                empty=_("A strength I noticed in myself today:"),
                closing=closing,
                footer=footer,
            )
        )
    return cards


def write_cards(cards: Sequence[TakeHomeCard], out: Path) -> int:
    """Write the cards, two to a page; returns the number of pages."""
    doc = A4Document()
    doc.set_auto_page_break(False)
    for index, card in enumerate(cards):
        if index % 2 == 0:
            doc.add_page()
            doc.set_draw_color(*RULE)
            doc.set_line_width(0.3)
            doc.set_dash_pattern(dash=2, gap=2)
            doc.line(8, HALF, doc.w - 8, HALF)
            doc.set_dash_pattern()
        _card(doc, card, top=(index % 2) * HALF)
    out.parent.mkdir(parents=True, exist_ok=True)
    doc.output(str(out))
    return doc.pages_count


def _card(doc: A4Document, card: TakeHomeCard, top: float) -> None:
    left, width = 20.0, doc.w - 40.0
    doc.set_fill_color(*BAND)
    doc.rect(left, top + 14, width, 16, style="F", round_corners=True, corner_radius=3)
    doc.set_text_color(255, 255, 255)
    doc.set_font(FONT, "B", 16)
    doc.set_xy(left + 6, top + 14)
    doc.cell(width - 12, 16, card.heading)
    y = top + 38
    doc.set_text_color(*INK)
    if card.name:
        doc.set_font(FONT, "B", 20)
        doc.set_xy(left, y)
        doc.multi_cell(width, 9, card.name, align="L", new_x="LMARGIN", new_y="NEXT")
        y = doc.get_y() + 3
    doc.set_font(FONT, "", 13)
    if card.gifts:
        for gift in card.gifts[:8]:
            doc.set_xy(left, y)
            doc.multi_cell(width, 6.5, "•  " + gift, align="L", new_x="LMARGIN", new_y="NEXT")
            y = doc.get_y() + 1
        if len(card.gifts) > 8:
            doc.set_xy(left, y)
            doc.cell(width, 6.5, f"+ {len(card.gifts) - 8}")
            y += 7.5
    else:
        doc.set_xy(left, y)
        doc.multi_cell(width, 6.5, card.empty, align="L", new_x="LMARGIN", new_y="NEXT")
        doc.set_draw_color(*RULE)
        doc.line(left, doc.get_y() + 9, left + width, doc.get_y() + 9)
        y = doc.get_y() + 12
    if card.closing:
        doc.set_font(FONT, "I", 12)
        doc.set_text_color(*MUTED)
        doc.set_xy(left, max(y + 4, top + HALF - 42))
        doc.multi_cell(width, 6, card.closing, align="L", new_x="LMARGIN", new_y="NEXT")
    doc.set_font(FONT, "", 9)
    doc.set_text_color(*MUTED)
    doc.set_xy(left, top + HALF - 16)
    doc.cell(width, 5, card.footer)
    doc.set_text_color(*INK)


def export_cards(cards: Sequence[TakeHomeCard], when: dt.datetime, folder: Path | None = None) -> Path:
    """Write ``strengths-<date-time>.pdf`` beside the saved summaries; returns its path."""
    target = folder or user_data_dir() / SUMMARY_FOLDER
    target.mkdir(parents=True, exist_ok=True)
    out = target / f"elamani-peli-strengths-{when:%Y-%m-%d-%H%M%S}.pdf"
    write_cards(cards, out)
    return out
