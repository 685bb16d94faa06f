"""Text that always fits: word wrap, then shrink until the box holds it — never clip.

Card and story texts are written by facilitators and may be long; the player may have
set 200 % type on a 960×600 window. :meth:`TextCache.fit` finds the largest size between
``max_size`` and ``min_size`` at which the wrapped text fits the box, and goes below
``min_size`` (reporting it) rather than cut a word off. Layouts and rendered surfaces are
cached, because re-rendering wrapped text every frame costs twice as much as blitting.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from dataclasses import dataclass
from typing import Literal

import pygame

from ..content.shown_text import for_display
from .fonts import MIN_PIXEL_SIZE, FontBook

Align = Literal["left", "center", "right"]
CACHE_SIZE = 600
SURFACE_BUDGET = 24 * 1024 * 1024
"""Bytes of rendered text kept. A count alone let a long session hold ~100 MB of big card
texts (each new card adds its own); 24 MB keeps a full 4K screen of text and more."""
BREAK_AFTER = ("/", "\\", "-", "_", ".")

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class TextLayout:
    """Where the lines of a text go at one font size, relative to the box's top-left."""

    text: str
    weight: str
    size: int
    lines: tuple[str, ...]
    line_height: int
    width: int  # the widest line
    height: int
    fits: bool  # False only when even the smallest legible size overflows
    below_min: bool  # True when it had to go under the asked ``min_size``


def wrap_words(text: str, font: pygame.font.Font, width: int, max_lines: int | None = None) -> list[str]:
    """Greedy word wrap by measured width; a word longer than a line is split by letters.

    Linear in the length of a word: where a long word is cut is found by galloping and
    then halving over its prefixes (a few measurements of at most a line's length each),
    never by shortening it one letter at a time — a 10,000-letter word once took minutes.
    With ``max_lines``, it stops as soon as there are more lines than that (the text does
    not fit; the rest need not be measured).
    """
    lines: list[str] = []
    limit = max_lines if max_lines is not None else len(text) + 1
    for paragraph in text.split("\n"):
        if len(lines) > limit:
            return lines
        words = paragraph.split(" ")
        line = ""
        for word in words:
            candidate = f"{line} {word}" if line else word
            if font.size(candidate)[0] <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
                if len(lines) > limit:
                    return lines
            line = ""
            cut = 0
            while len(word) > 1:
                cut = _fitting_prefix(word, font, width, cut)
                if cut >= len(word):
                    break
                # a path or a hyphenated word breaks after a separator when one is in reach
                separator = max(word.rfind(mark, 0, cut) for mark in BREAK_AFTER)
                if separator > 0:
                    cut = separator + 1
                lines.append(word[:cut])
                word = word[cut:]
                if len(lines) > limit:
                    return lines
            line = word
        lines.append(line)
    return lines


def _fitting_prefix(word: str, font: pygame.font.Font, width: int, hint: int = 0) -> int:
    """The most letters of ``word`` that fit ``width`` (at least 1), in O(log line) measurements.

    ``hint``: where the previous line of the same word was cut; the next cut is usually
    there too, which then costs two measurements instead of a dozen.
    """

    def fits(letters: int) -> bool:
        return font.size(word[:letters])[0] <= width

    fitting, too_long = 1, 2
    if 1 < hint < len(word):
        if fits(hint):
            if not fits(hint + 1):
                return hint
            fitting, too_long = hint + 1, 2 * hint + 2
        else:
            too_long = hint
    else:
        hint = 0
    if hint == 0 or too_long > hint:  # gallop up until a prefix is too long
        while too_long <= len(word) and fits(too_long):
            fitting, too_long = too_long, too_long * 2
        too_long = min(too_long, len(word) + 1)
    while too_long - fitting > 1:
        middle = (fitting + too_long) // 2
        if fits(middle):
            fitting = middle
        else:
            too_long = middle
    return fitting


def cuts_a_word(text: str, font: pygame.font.Font, width: int) -> bool:
    """True if some word is wider than ``width``, so wrapping must cut it between letters.

    Words with a separator (a path, a hyphenated name) may break after it and don't count.
    """
    return any(
        font.size(word)[0] > width for word in text.split() if not any(mark in word for mark in BREAK_AFTER)
    )


def placement(
    layout: TextLayout, rect: pygame.Rect, align: Align = "left", valign: Literal["top", "middle"] = "top"
) -> pygame.Rect:
    """Where a layout lands in ``rect``, unclipped (a fit check compares it with ``rect``)."""
    x = {
        "left": rect.left,
        "center": rect.centerx - layout.width // 2,
        "right": rect.right - layout.width,
    }[align]
    y = rect.top if valign == "top" else rect.centery - layout.height // 2
    return pygame.Rect(x, y, layout.width, layout.height)


class TextCache:
    """Fitting and rendering of text, cached; one per App (it owns the fonts)."""

    def __init__(self, fonts: FontBook) -> None:
        self.fonts = fonts
        self._layouts: OrderedDict[tuple, TextLayout] = OrderedDict()
        self._surfaces: OrderedDict[tuple, pygame.Surface] = OrderedDict()
        self.surface_bytes = 0  # the size of the cached surfaces (kept under SURFACE_BUDGET)
        self.overflows: list[str] = []  # texts that did not fit even at the smallest size (tests read it)

    def layout_at(
        self, text: str, size: int, width: int, weight: str = "regular", max_lines: int | None = None
    ) -> TextLayout:
        """The wrapped text at exactly ``size`` pixels (height unconstrained).

        With ``max_lines``, wrapping stops once there are more lines than that: the layout is
        then incomplete, only good for telling that the text does not fit.
        """
        font = self.fonts.get(size, weight)
        lines = wrap_words(for_display(text), font, max(1, width), max_lines)
        line_height = font.get_linesize()
        widest = max((font.size(line)[0] for line in lines), default=0)
        return TextLayout(
            text, weight, size, tuple(lines), line_height, widest, line_height * len(lines), True, False
        )

    def fit(
        self, text: str, box: tuple[int, int], max_size: int, min_size: int, weight: str = "regular"
    ) -> TextLayout:
        """The largest size in ``[min_size, max_size]`` at which ``text`` fits ``box``.

        Below ``min_size`` only if it must (``below_min``); ``fits`` is False only if even
        the smallest pixel size overflows, in which case the smallest layout is returned.
        """
        width, height = max(1, int(box[0])), max(1, int(box[1]))
        max_size, min_size = int(max_size), max(MIN_PIXEL_SIZE, int(min(min_size, max_size)))
        key = (text, width, height, max_size, min_size, weight)
        cached = self._layouts.get(key)
        if cached is not None:
            self._layouts.move_to_end(key)
            return cached

        def fits(size: int) -> TextLayout | None:
            room = height // max(1, self.fonts.get(size, weight).get_linesize())
            layout = self.layout_at(text, size, width, weight, max_lines=room)  # costs what the box holds
            return layout if layout.height <= height and layout.width <= width else None

        def fits_whole_words(size: int) -> TextLayout | None:
            if cuts_a_word(text, self.fonts.get(size, weight), width):
                return None
            return fits(size)

        # A smaller size that keeps every word whole reads better than a word cut in two
        # (long Finnish compounds: "Poi/sta"); only when no size in range does, cut one.
        best = self._largest_fitting(fits_whole_words, min_size, max_size) or self._largest_fitting(
            fits, min_size, max_size
        )
        below_min = False
        if best is None:
            best = (
                self._largest_fitting(fits, MIN_PIXEL_SIZE, min_size - 1)
                if min_size > MIN_PIXEL_SIZE
                else None
            )
            below_min = True
            if best is None:
                smallest = self.layout_at(text, MIN_PIXEL_SIZE, width, weight)
                best = TextLayout(**{**smallest.__dict__, "fits": False})
                self.overflows.append(text)
                log.warning(
                    "Text does not fit %sx%s even at %spx: %.40r", width, height, MIN_PIXEL_SIZE, text
                )
        if below_min:
            best = TextLayout(**{**best.__dict__, "below_min": True})
        self._remember(self._layouts, key, best)
        return best

    @staticmethod
    def _largest_fitting(fits, low: int, high: int) -> TextLayout | None:
        """Binary search: fitting is monotonic in size (smaller text never needs more room)."""
        found = None
        while low <= high:
            middle = (low + high) // 2
            layout = fits(middle)
            if layout is not None:
                found, low = layout, middle + 1
            else:
                high = middle - 1
        return found

    def render(
        self, layout: TextLayout, colour: tuple[int, int, int], align: Align = "left"
    ) -> pygame.Surface:
        """The layout drawn on a transparent surface of the layout's size."""
        key = (layout, colour, align)
        surface = self._surfaces.get(key)
        if surface is not None:
            self._surfaces.move_to_end(key)
            return surface
        font = self.fonts.get(layout.size, layout.weight)
        surface = pygame.Surface((max(1, layout.width), max(1, layout.height)), pygame.SRCALPHA)
        for index, line in enumerate(layout.lines):
            if not line or font.size(line)[0] == 0:
                continue  # SDL_ttf refuses to draw a line of zero width (only combining marks …)
            rendered = font.render(line, True, colour)
            x = {
                "left": 0,
                "center": (layout.width - rendered.get_width()) // 2,
                "right": layout.width - rendered.get_width(),
            }[align]
            surface.blit(rendered, (x, index * layout.line_height))
        self._keep_surface(key, surface)
        return surface

    def _keep_surface(self, key: tuple, surface: pygame.Surface) -> None:
        """Remember a rendered text; the least recently used go past the count or byte budget."""
        self._surfaces[key] = surface
        self.surface_bytes += surface.get_pitch() * surface.get_height()
        while len(self._surfaces) > 1 and (
            len(self._surfaces) > CACHE_SIZE or self.surface_bytes > SURFACE_BUDGET
        ):
            _, dropped = self._surfaces.popitem(last=False)
            self.surface_bytes -= dropped.get_pitch() * dropped.get_height()

    def draw(
        self,
        surface: pygame.Surface,
        layout: TextLayout,
        rect: pygame.Rect,
        colour: tuple[int, int, int],
        align: Align = "left",
        valign: Literal["top", "middle"] = "top",
    ) -> pygame.Rect:
        """Blit a layout into ``rect``; returns where it went."""
        rendered = self.render(layout, colour, align)
        return surface.blit(rendered, placement(layout, rect, align, valign).topleft)

    def draw_fitted(
        self,
        surface: pygame.Surface,
        text: str,
        rect: pygame.Rect,
        colour: tuple[int, int, int],
        max_size: int,
        min_size: int,
        weight: str = "regular",
        align: Align = "left",
        valign: Literal["top", "middle"] = "top",
    ) -> TextLayout:
        """Fit and draw in one call; the common case for labels and paragraphs."""
        layout = self.fit(text, rect.size, max_size, min_size, weight)
        self.draw(surface, layout, rect, colour, align, valign)
        return layout

    @staticmethod
    def _remember(cache: OrderedDict, key: tuple, value) -> None:
        cache[key] = value
        if len(cache) > CACHE_SIZE:
            cache.popitem(last=False)
