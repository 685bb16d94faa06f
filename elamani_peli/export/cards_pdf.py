"""Printable cards: an A4 PDF, 3×3 cards a page with cut marks, for playing without a computer.

Cards are poker size (63 × 88 mm) so that they fit ordinary card sleeves. The front carries
the theme colour band with the theme's icon and name, the card type, the level as filled
dots *and* a number (colour is never the only signal), the text shrunk until it fits, and the
follow-up question in smaller type. A card whose deck carries a content note says so on its
face, under the band, because once the cards are cut nobody can tell a deep card about
substance use from a light one about food. Decks with content notes are left out unless
the notes are named (as in the game, where they are off until the worker allows them).
Bilingual cards carry the labels and the follow-up in both languages. An optional backs
page per fronts page is mirrored so that long-edge duplex printing puts every back behind
its own front.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from fpdf import FPDF

from elamani_peli.content import files
from elamani_peli.content.library import ContentLibrary
from elamani_peli.content.models import Card, Deck
from elamani_peli.content.text import localize
from elamani_peli.paths import assets_dir
from elamani_peli.vocabulary import card_type_name, level_short

CARD_W, CARD_H = 63.0, 88.0
COLUMNS, ROWS = 3, 3
PAGE_W, PAGE_H = 210.0, 297.0
MARGIN_X = (PAGE_W - COLUMNS * CARD_W) / 2
MARGIN_Y = (PAGE_H - ROWS * CARD_H) / 2
BAND_H = 15.0
PAD = 4.5
CUT_MARK = 5.0
FONT = "Atkinson"
INK = (43, 42, 40)
SECONDARY_INK = (95, 90, 84)
NEUTRAL_COLOUR = "#6b625a"
"""Band colour for decks without a theme (general reflection decks): warm grey, AA on white."""
MAX_TEXT_PT, MIN_TEXT_PT = 15.0, 6.5
SECONDARY_SCALE = 0.72
"""The second language and the follow-up, relative to the card text."""
LINE_FACTOR = 0.42
"""Line height in mm per point of type: about 1.2 × the type size."""
PART_GAP = 2.5
NOTE_H = 5.0
"""Height of the content-note strip under the band."""

Gettext = Callable[[str], str]


def _noop_gettext(message: str) -> str:
    return message


def _type_label(card_type: str, gettext: Gettext) -> str:
    """The card type as the screens name it (one vocabulary: print once said "Action")."""
    return card_type_name(gettext, card_type)


@dataclass(frozen=True)
class PrintableCard:
    """One card with the deck facts its front needs."""

    card: Card
    deck: Deck
    band_colour: str
    band_label: str
    icon: Path | None

    @property
    def content_notes(self) -> list[str]:
        return list(self.deck.content_notes)


def _hex_to_rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def select_cards(
    library: ContentLibrary,
    *,
    language: str,
    theme_ids: Sequence[str] = (),
    deck_ids: Sequence[str] = (),
    content_notes: Sequence[str] = (),
) -> list[PrintableCard]:
    """The cards to print, deck by deck in load order, filtered by theme and deck ids.

    A deck with content notes is printed only when every one of its notes is in
    ``content_notes``.
    """
    chosen: list[PrintableCard] = []
    for deck in library.decks.values():
        if not set(deck.content_notes) <= set(content_notes):
            continue
        if theme_ids and deck.theme not in theme_ids:
            continue
        if deck_ids and deck.id not in deck_ids:
            continue
        theme = library.themes.get(deck.theme) if deck.theme else None
        if theme is not None:
            colour, label = theme.colour, localize(theme.name, language)[0]
            icon = library.icons.get(theme.id) or (assets_dir() / theme.icon if theme.icon else None)
        else:
            colour, label = NEUTRAL_COLOUR, localize(deck.title, language)[0]
            icon = assets_dir() / "icons" / "space-reflection.svg"
        icon = icon if icon is not None and files.is_file(icon) else None  # never raises (ENAMETOOLONG …)
        chosen.extend(PrintableCard(card, deck, colour, label, icon) for card in deck.cards)
    return chosen


def _part_sizes(size: float, count: int) -> list[float]:
    """The card text at ``size``, the other parts (translation, follow-ups) a fixed share of it."""
    return [size] + [size * SECONDARY_SCALE] * (count - 1)


class CardSheet(FPDF):
    """An A4 document that lays cards out 3×3 with cut marks."""

    def __init__(self) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        fonts = assets_dir() / "fonts"
        self.add_font(FONT, "", str(fonts / "AtkinsonHyperlegible-Regular.ttf"))
        self.add_font(FONT, "B", str(fonts / "AtkinsonHyperlegible-Bold.ttf"))
        self.add_font(FONT, "I", str(fonts / "AtkinsonHyperlegible-Italic.ttf"))
        self.set_auto_page_break(False)
        self.set_margins(0, 0, 0)
        self.set_creator("Elämäni peli")
        self.shortened: list[str] = []
        """Ids of cards whose texts did not all fit on the printed card."""

    def cut_marks(self) -> None:
        """Short hairlines in the margins, in line with every card edge."""
        self.set_draw_color(150, 150, 150)
        self.set_line_width(0.2)
        for column in range(COLUMNS + 1):
            x = MARGIN_X + column * CARD_W
            self.line(x, MARGIN_Y - CUT_MARK - 1, x, MARGIN_Y - 1)
            self.line(x, PAGE_H - MARGIN_Y + 1, x, PAGE_H - MARGIN_Y + CUT_MARK + 1)
        for row in range(ROWS + 1):
            y = MARGIN_Y + row * CARD_H
            self.line(MARGIN_X - CUT_MARK - 1, y, MARGIN_X - 1, y)
            self.line(PAGE_W - MARGIN_X + 1, y, PAGE_W - MARGIN_X + CUT_MARK + 1, y)

    def _lines(self, text: str, width: float, style: str, size: float) -> int:
        self.set_font(FONT, style, size)
        lines = self.multi_cell(width, size * LINE_FACTOR, text, align="C", dry_run=True, output="LINES")
        assert isinstance(lines, list)  # output="LINES" gives the list of lines
        return len(lines)

    def _needed(self, parts: Sequence[tuple[str, str]], w: float, size: float) -> float:
        sizes = _part_sizes(size, len(parts))
        return sum(
            self._lines(text, w, style, part_size) * part_size * LINE_FACTOR
            for (text, style), part_size in zip(parts, sizes, strict=True)
        ) + PART_GAP * (len(parts) - 1)

    def fitted_texts(self, parts: Sequence[tuple[str, str]], x: float, y: float, w: float, h: float) -> bool:
        """Write the parts centred in the box, the first at the largest size at which all of them fit.

        The others stay at a fixed fraction of the first, so that the card text always leads.
        What does not fit even at the smallest size is left off the card rather than printed
        over its edge: the last parts first (follow-ups, the second language), then the end of
        the card's own text, cut after a word with "…". Returns False when anything was left off.
        """
        parts = list(parts)
        size = MAX_TEXT_PT
        while size > MIN_TEXT_PT and self._needed(parts, w, size) > h:
            size -= 0.5
        whole = True
        while len(parts) > 1 and self._needed(parts, w, size) > h:
            parts.pop()
            whole = False
        text, style = parts[0]
        if self._needed([(text, style)], w, size) > h:
            words = text.split()

            def cut(count: int) -> str:
                return " ".join(words[:count]).rstrip(",.;:–—-") + "…"

            low, high = 1, len(words) - 1  # the most words that fit (binary: a long text stays fast)
            while low < high:
                middle = (low + high + 1) // 2
                low, high = (
                    (middle, high)
                    if self._needed([(cut(middle), style)], w, size) <= h
                    else (low, middle - 1)
                )
            text, whole = cut(low), False
        parts[0] = (text, style)
        sizes = _part_sizes(size, len(parts))
        self.set_y(y)
        for index, ((text, style), part_size) in enumerate(zip(parts, sizes, strict=True)):
            self.set_text_color(*(INK if index == 0 else SECONDARY_INK))
            self.set_font(FONT, style, part_size)
            self.set_x(x)
            self.multi_cell(w, part_size * LINE_FACTOR, text, align="C")
            self.set_y(self.get_y() + PART_GAP)
        return whole

    def front(
        self,
        item: PrintableCard,
        x: float,
        y: float,
        languages: Sequence[str],
        gettexts: Sequence[Gettext],
        note_name: Callable[[str], str],
    ) -> None:
        card = item.card
        self.set_draw_color(200, 196, 190)
        self.set_line_width(0.2)
        self.rect(x + 1.5, y + 1.5, CARD_W - 3, CARD_H - 3, style="D", round_corners=True, corner_radius=3)
        self.set_fill_color(*_hex_to_rgb(item.band_colour))
        self.rect(
            x + 1.5,
            y + 1.5,
            CARD_W - 3,
            BAND_H,
            style="F",
            round_corners=("TOP_LEFT", "TOP_RIGHT"),  # type: ignore[arg-type]  # fpdf2 takes corner names too
            corner_radius=3,
        )
        text_x = x + PAD
        if item.icon is not None:
            self.set_fill_color(255, 255, 255)
            self.ellipse(x + PAD, y + 3.5, 11, 11, style="F")
            self.image(str(item.icon), x + PAD + 1.5, y + 5, 8, 8)
            text_x = x + PAD + 13
        self.set_text_color(255, 255, 255)
        self.set_font(FONT, "B", 10)
        self.set_xy(text_x, y + 4)
        self.cell(x + CARD_W - PAD - text_x, 5, item.band_label)
        self.set_font(FONT, "", 7.5)
        self.set_xy(text_x, y + 9)
        self.cell(x + CARD_W - PAD - text_x, 4, _both(gettexts, lambda _: _type_label(card.type, _)))
        self.set_text_color(*INK)
        self._level_marks(card.level, x + PAD, y + CARD_H - PAD - 3.5, gettexts)
        body_x, body_w = x + PAD, CARD_W - 2 * PAD
        body_top, body_bottom = y + BAND_H + 4, y + CARD_H - PAD - 6
        if item.content_notes:
            self._note_strip(item, x, y + BAND_H + 2, gettexts, note_name)
            body_top += NOTE_H
        primary, *others = languages
        main_text = localize(card.text, primary)[0]
        second = localize(card.text, others[0])[0] if others else None
        parts = [(main_text, "B" if others else "")]
        if second:
            parts.append((second, "I"))
        if card.follow_up:
            for language, gettext in zip(languages, gettexts, strict=True):
                follow = localize(card.follow_up, language)[0]
                parts.append((f"{gettext('Follow-up')}: {follow}", "I"))
        if not self.fitted_texts(parts, body_x, body_top, body_w, body_bottom - body_top):
            self.shortened.append(card.id)

    def _note_strip(
        self,
        item: PrintableCard,
        x: float,
        y: float,
        gettexts: Sequence[Gettext],
        note_name: Callable[[str], str],
    ) -> None:
        """The deck's content notes in a framed strip under the band, in words (not colour)."""
        names = ", ".join(note_name(note) for note in item.content_notes)
        heading = _both(gettexts, lambda _: _("Content note"))
        label = f"{heading}: {names}"
        self.set_draw_color(*INK)
        self.set_line_width(0.3)
        self.rect(x + PAD, y, CARD_W - 2 * PAD, NOTE_H - 1, style="D", round_corners=True, corner_radius=1)
        self.set_font(FONT, "B", 6.5)
        self.set_text_color(*INK)
        self.set_xy(x + PAD, y)
        self.cell(CARD_W - 2 * PAD, NOTE_H - 1, label, align="C")

    def _level_marks(self, level: int, x: float, y: float, gettexts: Sequence[Gettext]) -> None:
        """Three dots, ``level`` of them filled, then the number: readable in black and white."""
        self.set_draw_color(*INK)
        self.set_fill_color(*INK)
        for index in range(3):
            self.ellipse(x + index * 4, y, 2.6, 2.6, style="DF" if index < level else "D")
        self.set_font(FONT, "", 7)
        self.set_xy(x + 12.5, y - 0.8)
        self.cell(40, 4, _both(gettexts, lambda _: level_short(_, level)))

    def back(self, item: PrintableCard, x: float, y: float) -> None:
        self.set_fill_color(*_hex_to_rgb(item.band_colour))
        self.rect(x + 1.5, y + 1.5, CARD_W - 3, CARD_H - 3, style="F", round_corners=True, corner_radius=3)
        self.set_fill_color(255, 255, 255)
        self.ellipse(x + CARD_W / 2 - 11, y + 22, 22, 22, style="F")
        if item.icon is not None:
            self.image(str(item.icon), x + CARD_W / 2 - 7.5, y + 25.5, 15, 15)
        self.set_text_color(255, 255, 255)
        self.set_font(FONT, "B", 11)
        self.set_xy(x + PAD, y + 52)
        self.multi_cell(CARD_W - 2 * PAD, 5, item.band_label, align="C")
        self.set_font(FONT, "", 8)
        self.set_xy(x + PAD, y + CARD_H - 14)
        self.cell(CARD_W - 2 * PAD, 4, "Elämäni peli", align="C")


def _both(gettexts: Sequence[Gettext], label: Callable[[Gettext], str]) -> str:
    """A label in each card language, "Kysymys / Question" (the same word once)."""
    return " / ".join(dict.fromkeys(label(gettext) for gettext in gettexts))


def _slot(index: int, mirrored: bool = False) -> tuple[float, float]:
    column, row = index % COLUMNS, index // COLUMNS
    if mirrored:
        column = COLUMNS - 1 - column
    return MARGIN_X + column * CARD_W, MARGIN_Y + row * CARD_H


def _pages(cards: Sequence[PrintableCard]) -> Iterable[Sequence[PrintableCard]]:
    per_page = COLUMNS * ROWS
    for start in range(0, len(cards), per_page):
        yield cards[start : start + per_page]


class Printed(NamedTuple):
    pages: int
    shortened: tuple[str, ...]
    """Cards printed without all of their text (what did not fit even at the smallest size)."""


def write_cards_pdf(
    cards: Sequence[PrintableCard],
    out: Path,
    *,
    languages: Sequence[str],
    backs: bool = False,
    gettext: Gettext = _noop_gettext,
    gettexts: Sequence[Gettext] = (),
    note_name: Callable[[str], str] = str,
) -> Printed:
    """Write the PDF; returns its number of pages and the cards that had to be shortened.

    ``languages`` is one language, or two for bilingual cards (the first above, larger);
    ``gettexts`` translate the labels into each of them (default: ``gettext`` for all).
    ``note_name`` gives a content note id its words for the card face.
    """
    translations = list(gettexts) or [gettext] * len(languages)
    sheet = CardSheet()
    for page in _pages(cards):
        sheet.add_page()
        sheet.cut_marks()
        for index, item in enumerate(page):
            sheet.front(item, *_slot(index), languages, translations, note_name)
        if backs:
            sheet.add_page()
            sheet.cut_marks()
            for index, item in enumerate(page):
                sheet.back(item, *_slot(index, mirrored=True))
    out.parent.mkdir(parents=True, exist_ok=True)
    sheet.output(str(out))
    return Printed(sheet.pages_count, tuple(sheet.shortened))
