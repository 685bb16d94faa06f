"""The deck browser's rows and filter buttons: text first, the search's matches marked.

A card row leads with the card's own text — what a facilitator recognises — and keeps the
technical parts quiet: deck, level and the card's id (needed to find the card in a YAML
file) in small muted type at the end of the row, or under the text when the row has two
lines. The words a search found are drawn on a highlight, so a row shows *why* it is in the
list; a word found only elsewhere (the other language, the follow-up, the deck's name or the
id) is named in a small tag on the row. A long text whose match lies past the row's end is
shown from a little before the match ("…"), so the mark is never cut off.

A :class:`FilterButton` shows a filter's value and opens a list to choose from (the filter
chooser), instead of stepping −/+ through every theme.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pygame

from ..content.shown_text import for_display
from .accessible import Described
from .deck_filter import Span
from .look import Look
from .widgets import Button, _draw_label

Quote = tuple[str, str, tuple[Span, ...]]
"""What a row quotes: the place's name ("Follow-up", "English"), its text and the marks in it."""
ELLIPSIS = "…"
LEAD = 12
"""Characters of context kept before a match when a long text is shown from the match on."""


def fit_one_line(look: Look, text: str, width: int, size: int, weight: str = "regular") -> str:
    """``text`` cut with an ellipsis so it fits ``width`` on one line at ``size`` (rows keep one size)."""
    return marked_window(look.text.fonts.get(size, weight), text, (), width)[0]


def _longest_fitting(font: pygame.font.Font, text: str, width: int, suffix: str) -> int:
    """The longest prefix of ``text`` that fits ``width`` with ``suffix`` after it (binary search)."""
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if font.size(text[:middle].rstrip() + suffix)[0] <= width:
            low = middle
        else:
            high = middle - 1
    return low


def marked_window(
    font: pygame.font.Font, text: str, spans: Sequence[Span], width: int
) -> tuple[str, tuple[Span, ...]]:
    """The part of one line of ``text`` that fits ``width``, and ``spans`` moved into it.

    The text is cut at the end with "…"; when that would hide the first marked span, it
    starts a little before that span, with "…" in front. Spans (partly) cut away are
    clipped to what is shown. Measures O(log n) prefixes: cheap for any length.
    """
    text = " ".join(for_display(text).split("\n"))
    if font.size(text)[0] <= width:
        return text, tuple(spans)
    start = 0
    prefix = ""
    keep = _longest_fitting(font, text, width, ELLIPSIS)
    if spans and spans[0][1] > keep:
        start = max(0, spans[0][0] - LEAD)
        space = text.find(" ", start, spans[0][0])
        if start > 0 and space >= 0:  # begin at a word
            start = space + 1
        prefix = ELLIPSIS if start > 0 else ""
    rest = text[start:]
    if font.size(prefix + rest)[0] <= width:
        shown, end = prefix + rest, len(text)
    else:
        cut = _longest_fitting(font, rest, width - font.size(prefix)[0], ELLIPSIS)
        shown, end = prefix + rest[:cut].rstrip() + ELLIPSIS, start + len(rest[:cut].rstrip())
    shift = len(prefix) - start
    moved = tuple((max(a, start) + shift, min(b, end) + shift) for a, b in spans if b > start and a < end)
    return shown, moved


def draw_marked(
    surface: pygame.Surface,
    look: Look,
    text: str,
    spans: Sequence[Span],
    rect: pygame.Rect,
    size: int,
    ink: tuple[int, int, int],
    *,
    weight: str = "regular",
    align: str = "left",
) -> tuple[pygame.Rect, ...]:
    """One line of ``text`` in ``rect``, its ``spans`` on the highlight colour; returns the marks drawn."""
    font = look.text.fonts.get(size, weight)
    shown, moved = marked_window(font, text, spans, rect.width)
    layout = look.text.layout_at(shown, size, rect.width + 1, weight)
    left = rect.left if align == "left" else rect.right - font.size(shown)[0]
    top = rect.centery - layout.line_height // 2
    marks = []
    for a, b in moved:
        x = left + font.size(shown[:a])[0]
        mark = pygame.Rect(x - 2, top, font.size(shown[a:b])[0] + 4, layout.line_height)
        pygame.draw.rect(surface, look.palette.highlight, mark, border_radius=max(2, size // 6))
        marks.append(mark)
    look.text.draw(
        surface, layout, pygame.Rect(left, rect.top, rect.right - left, rect.height), ink, "left", "middle"
    )
    return tuple(marks)


def draw_row_box(surface: pygame.Surface, look: Look, row: Button) -> tuple[int, int, int]:
    """A list row's background and border (thicker under the pointer); returns its ink colour."""
    m, p = look.metrics, look.palette
    base, ink = row.colours(look)
    pygame.draw.rect(surface, base, row.rect, border_radius=m.radius // 2)
    pygame.draw.rect(surface, p.border, row.rect, width=2 if row.hovered else 1, border_radius=m.radius // 2)
    return ink


class CardRow(Button):
    """One card in the list: its text (matches marked), then deck · level · id quietly, and why."""

    def __init__(
        self,
        widget_id: str,
        text: str,
        on_activate: Callable[[], Any],
        *,
        rect: pygame.Rect,
        spans: Sequence[Span] = (),
        quiet: str = "",
        quiet_spans: Sequence[Span] = (),
        card_id: str = "",
        reasons: Sequence[str] = (),
        snippet: Quote | None = None,
        two_lines: bool = False,
    ) -> None:
        super().__init__(widget_id, text, on_activate, rect=rect, align="left")
        self.spans, self.quiet, self.quiet_spans = tuple(spans), quiet, tuple(quiet_spans)
        self.card_id, self.reasons, self.two_lines = card_id, tuple(reasons), two_lines
        self.snippet = snippet
        self.marks: tuple[pygame.Rect, ...] = ()
        self.quiet_shown = False

    def describe(self) -> Described:
        """The text, then why it matched, then deck · level · id (the id last: it is for the YAML)."""
        quoted = f"{self.snippet[0]}: {self.snippet[1]}" if self.snippet else ""
        parts = [self.label, *self.reasons, quoted, self.quiet]
        return Described("button", ", ".join(part for part in parts if part), enabled=self.enabled)

    def draw(self, surface: pygame.Surface, look: Look) -> None:
        m = look.metrics
        ink = draw_row_box(surface, look, self)
        inner = self.rect.inflate(-2 * m.gap, -m.gap // 2)
        small, body = m.font_size("small"), m.font_size("button")
        tags = "  ".join(self.reasons)
        if self.snippet is not None:
            tags = f"{self.snippet[0]}: {self.snippet[1]}"
        quiet = self.quiet
        self.marks = ()
        if self.two_lines:
            top, bottom = inner.copy(), inner.copy()
            top.height = round(inner.height * 0.56)
            bottom.top, bottom.height = top.bottom, inner.height - top.height
            self.marks += draw_marked(surface, look, self.label, self.spans, top, body, ink)
            line = bottom
        else:
            line = inner
        tag_width = 0
        if tags:
            wanted = look.text.fonts.get(small, "bold").size(tags)[0] + 2 * m.gap
            # the quiet part keeps its room when the tag can still have two fifths of the line
            quiet_room = look.text.fonts.get(small).size(quiet)[0] + m.gap if self.two_lines and quiet else 0
            tag_width = min(wanted, line.width // 2, max(line.width * 2 // 5, line.width - quiet_room))
            tag = pygame.Rect(line.right - tag_width, line.top, tag_width, line.height)
            line = pygame.Rect(line.left, line.top, line.width - tag_width - m.gap, line.height)
            self._draw_tag(surface, look, tags, tag)
        if self.two_lines:
            self._draw_quiet(surface, look, quiet, line, small, align="left")
            return self.draw_focus(surface, look)
        # one line: the text takes what the quiet part leaves; in a narrow row (large type)
        # the quiet part gives way altogether (the card view and read-aloud still name the id)
        font = look.text.fonts.get(small)
        if line.width < m.font_size("button") * 24:
            quiet = ""
        quiet_width = min(font.size(quiet)[0], line.width * 2 // 5) if quiet else 0
        text_rect = pygame.Rect(
            line.left, line.top, line.width - quiet_width - (m.gap if quiet else 0), line.height
        )
        self.marks += draw_marked(surface, look, self.label, self.spans, text_rect, body, ink)
        if quiet:
            quiet_rect = pygame.Rect(text_rect.right + m.gap, line.top, quiet_width, line.height)
            self._draw_quiet(surface, look, quiet, quiet_rect, small, align="right")
        self.draw_focus(surface, look)

    def _draw_quiet(
        self, surface: pygame.Surface, look: Look, quiet: str, rect: pygame.Rect, size: int, *, align: str
    ) -> None:
        """Deck · level · id, muted; a match in the deck's name or the id is marked there too."""
        self.quiet_shown = bool(quiet)
        if quiet:
            self.marks += draw_marked(
                surface, look, quiet, self.quiet_spans, rect, size, look.palette.text_muted, align=align
            )

    def _draw_tag(self, surface: pygame.Surface, look: Look, tags: str, rect: pygame.Rect) -> None:
        """Where else the search words were found, as a small outlined tag at the row's end.

        A quote (the follow-up or the translation that holds the word) is drawn with its
        words marked, after the place's name in bold; a match in the deck's name or the id
        is a tag on the highlight colour.
        """
        m, p = look.metrics, look.palette
        small = m.font_size("small")
        bold = look.text.fonts.get(small, "bold")
        height = min(rect.height, bold.get_linesize() + m.gap // 2)
        if self.snippet is None:
            shown = fit_one_line(look, tags, rect.width - 2 * m.gap, small, "bold")
            box = pygame.Rect(0, 0, bold.size(shown)[0] + 2 * m.gap, height)
            box.midright = rect.midright
            pygame.draw.rect(surface, p.highlight, box, border_radius=box.height // 2)
            pygame.draw.rect(surface, p.text_muted, box, width=1, border_radius=box.height // 2)
            look.text.draw(
                surface, look.text.layout_at(shown, small, box.width, "bold"), box, p.text, "center", "middle"
            )
            return
        name, text, spans = self.snippet
        name = fit_one_line(look, f"{name}:", rect.width // 2 - 2 * m.gap, small, "bold")
        name_width = bold.size(name)[0]
        room = rect.width - 2 * m.gap - name_width - m.gap // 2
        quote, _moved = marked_window(look.text.fonts.get(small), text, spans, room)
        width = min(
            rect.width, 2 * m.gap + name_width + m.gap // 2 + look.text.fonts.get(small).size(quote)[0]
        )
        box = pygame.Rect(0, 0, width, height)
        box.midright = rect.midright
        pygame.draw.rect(surface, p.surface_alt, box, border_radius=box.height // 2)
        pygame.draw.rect(surface, p.text_muted, box, width=1, border_radius=box.height // 2)
        inner = box.inflate(-2 * m.gap, 0)
        look.text.draw(
            surface, look.text.layout_at(name, small, name_width + 1, "bold"), inner, p.text, "left", "middle"
        )
        quote_rect = pygame.Rect(inner.left + name_width + m.gap // 2, inner.top, room, inner.height)
        self.marks += draw_marked(surface, look, text, spans, quote_rect, small, p.text)


class ListRow(Button):
    """A story in the list: its title first, then quietly at the row's end its scene count."""

    def __init__(self, widget_id: str, key: str, label: str, on_activate: Any, *, rect: pygame.Rect) -> None:
        super().__init__(widget_id, label, on_activate, rect=rect, align="left")
        self.key = key

    def describe(self) -> Described:
        return Described("button", f"{self.label}, {self.key}", enabled=self.enabled)

    def draw(self, surface: pygame.Surface, look: Look) -> None:
        m, p = look.metrics, look.palette
        ink = draw_row_box(surface, look, self)
        inner = self.rect.inflate(-2 * m.gap, 0)
        small, body = m.font_size("small"), m.font_size("button")
        key_width = min(inner.width * 2 // 5, look.text.fonts.get(small).size(self.key)[0])
        key_rect = pygame.Rect(inner.right - key_width, inner.top, key_width, inner.height)
        text_rect = pygame.Rect(inner.left, inner.top, inner.width - key_width - m.gap, inner.height)
        draw_marked(surface, look, self.label, (), text_rect, body, ink)
        draw_marked(surface, look, self.key, (), key_rect, small, p.text_muted, align="right")
        self.draw_focus(surface, look)


class FilterButton(Button):
    """A filter's current value, with a ▾: Enter, a click or a tap opens the list to choose from."""

    def __init__(
        self,
        widget_id: str,
        name: str,
        value: str,
        on_activate: Callable[[], Any],
        *,
        rect: pygame.Rect,
        inline_name: bool = False,
        active: bool = False,
    ) -> None:
        label = f"{name}: {value}" if inline_name else value
        super().__init__(widget_id, label, on_activate, rect=rect, align="left")
        self.name, self.value, self.active = name, value, active

    def describe(self) -> Described:
        return Described("choice", self.name, self.value, enabled=self.enabled)

    def draw(self, surface: pygame.Surface, look: Look) -> None:
        m, p = look.metrics, look.palette
        base, ink = self.colours(look)
        base = p.surface if not (self.hovered or self.pressed) else base
        pygame.draw.rect(surface, base, self.rect, border_radius=m.radius)
        border = p.accent if self.active else p.border
        pygame.draw.rect(
            surface,
            border,
            self.rect,
            width=3 if self.active else (2 if self.hovered else 1),
            border_radius=m.radius,
        )
        side = min(self.rect.height // 2, round(m.font_size("button") * 0.7))
        arrow = pygame.Rect(self.rect.right - m.gap - side, self.rect.centery - side // 2, side, side)
        pygame.draw.polygon(
            surface,
            ink,
            [
                (arrow.left, arrow.top + side // 4),
                (arrow.right, arrow.top + side // 4),
                (arrow.centerx, arrow.bottom - side // 4),
            ],
        )
        label = pygame.Rect(self.rect.left, self.rect.top, arrow.left - self.rect.left, self.rect.height)
        _draw_label(surface, look, label, self.label, ink, "check" if self.active else None, None, "left")
        self.draw_focus(surface, look)
