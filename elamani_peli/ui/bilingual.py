"""A content text as the player sees it: in their language, marked when it fell back to
another, and — with *Cards in both languages* on — with the other language below it.

Young people who read Finnish as a second language, and presenters showing the game to a
mixed room, see both at once: the primary text above in full size, the other below,
smaller and muted. A text missing in the current language is shown in the language it
has (never blank, never an id) with a small note such as "in Finnish" (see issue 5).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

import pygame

from ..content.models import EASY_FINNISH
from ..content.text import FALLBACK_ORDER, localize
from ..i18n import language_name
from .layout import Metrics
from .palette import Palette
from .text import Align, TextCache, TextLayout

SECOND_SHARE = 0.42
"""Part of the box the second language gets: less than half, so the primary text leads."""
SECOND_SIZE = 0.72
"""The second language's type size relative to the primary's."""


@dataclass(frozen=True)
class ShownText:
    primary: str
    language: str  # the language ``primary`` is in
    note: str | None = None  # "in English" when the current language had no text
    second: str | None = None  # the same text in the other language (bilingual setting)

    @property
    def on_one_line(self) -> str:
        """Both languages as one label ("Hän lähtee / He leaves"), or the one there is."""
        return f"{self.primary} / {self.second}" if self.second else self.primary


def language_note(gettext: Callable[[str], str], language: str) -> str:
    """ "in Finnish" / "in English" in the player's language; another language by its own name."""
    notes = {
        "fi": gettext("in Finnish"),
        "en": gettext("in English"),
        EASY_FINNISH: gettext("in easy Finnish"),
    }
    return notes.get(language) or language_name(language)


def shown_text(
    text: Mapping[str, str] | None, language: str, gettext: Callable[[str], str], bilingual: bool
) -> ShownText:
    """What to print for a content ``text`` in ``language``; empty only for an empty text."""
    if not text:
        return ShownText("", language)
    primary, used = localize(text, language)
    if language == EASY_FINNISH and used == "fi":
        note: str | None = gettext("not in easy Finnish")  # subtle, as a missing translation is
    else:
        note = language_note(gettext, used) if used != language else None
    second = None
    if bilingual:
        # beside easy Finnish the other language is English, not the same text in harder Finnish
        skip = {used, "fi"} if used == EASY_FINNISH else {used}
        for other in (*FALLBACK_ORDER, *text):
            value = text.get(other, "")
            if other not in skip and value.strip() and value != primary:
                second = value
                break
    return ShownText(primary, used, note, second)


def draw_shown_text(
    surface: pygame.Surface,
    shown: ShownText,
    rect: pygame.Rect,
    max_size: int,
    *,
    text: TextCache,
    palette: Palette,
    metrics: Metrics,
    align: Align = "left",
    weight: str = "regular",
    min_size: int | None = None,
) -> TextLayout:
    """The primary text (and the second language under a thin rule) fitted into ``rect``.

    ``min_size`` is the smallest the primary text may shrink to where it fits at all
    (default: the legible minimum); callers pass the size at 100 % type so that larger type
    never makes a text smaller.

    A fallback note goes as a small muted tag in the top-right corner of ``rect``.
    Returns the primary text's layout.
    """
    m, p = metrics, palette
    least = m.min_font_size if min_size is None else min_size
    box = pygame.Rect(rect)
    if shown.note:
        tag_height = round(m.font_size("small") * 1.3)
        tag = pygame.Rect(box.left, box.top, box.width, tag_height)
        text.draw_fitted(surface, shown.note, tag, p.text_muted, m.font_size("small"), 8, "italic", "right")
        box = pygame.Rect(box.left, tag.bottom, box.width, box.height - tag_height)
    if not shown.second:
        layout = text.fit(shown.primary, box.size, max_size, least, weight)
        text.draw(surface, layout, box, p.text, align, "middle")
        return layout
    second_height = round(box.height * SECOND_SHARE)
    first = pygame.Rect(box.left, box.top, box.width, box.height - second_height - m.gap)
    second = pygame.Rect(box.left, first.bottom + m.gap, box.width, second_height)
    layout = text.fit(shown.primary, first.size, max_size, least, weight)
    text.draw(surface, layout, first, p.text, align, "middle")
    rule_y = first.bottom + m.gap // 2
    pygame.draw.line(
        surface, p.border, (box.left + box.width // 4, rule_y), (box.right - box.width // 4, rule_y)
    )
    small = text.fit(shown.second, second.size, round(max_size * SECOND_SIZE), m.min_font_size, "italic")
    text.draw(surface, small, second, p.text_muted, align, "middle")
    return layout
