"""Where the parts of a story view go, measured once: frozen data made by pure functions of
the view's boxes, its words, the metrics and the text cache.

A story scene draws every frame, but its layout only changes with the window size, the
language, the type scale or the story's step. Measuring here and painting in
:mod:`.scenes.story` lets the scene keep one :class:`StoryLayout` between those changes and
lets tests read the layout as data.
"""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from .bilingual import ShownText
from .layout import Metrics
from .text import TextCache, TextLayout


@dataclass(frozen=True)
class Fitted:
    """A text fitted to its box: where it goes and how its lines fall."""

    rect: pygame.Rect
    layout: TextLayout


@dataclass(frozen=True)
class StoryWords:
    """Every string the view shows at one step, already translated: what the layout depends on
    besides sizes (so it is part of the cache key)."""

    step: str  # "scene", "discuss" or "ended"
    name: str  # the character's name
    detail: str  # "15 years · Title"
    label: str = ""  # "Let's talk" / "The end"
    said: str = ""  # "You chose: …" while the table talks
    prompt: str = ""  # the question the table talks about
    prompt_shown: ShownText | None = None  # that question in both languages, when asked
    told: ShownText | None = None  # the scene (and at an ending, its ending) as shown
    hope: str = ""  # the note of hope under an ending


@dataclass(frozen=True)
class PortraitLayout:
    """The portrait panel: picture box, then the name and the age and title under it."""

    panel: pygame.Rect
    picture: pygame.Rect
    name: Fitted
    detail: Fitted


@dataclass(frozen=True)
class DiscussLayout:
    """After a choice: a quiet label, the choice said back, and the question."""

    label: Fitted
    said: Fitted | None
    rest: pygame.Rect  # the question's box
    prompt: Fitted | None  # None when the question is drawn in both languages into ``rest``


@dataclass(frozen=True)
class EndingLayout:
    """An ending: "The end", the scene with its ending, and the note of hope in its panel."""

    label: Fitted
    story: pygame.Rect
    hope_panel: pygame.Rect
    hope: Fitted


@dataclass(frozen=True)
class StoryLayout:
    """The whole story view at one size, language and step."""

    portrait: PortraitLayout
    text_panel: pygame.Rect
    text_box: pygame.Rect
    discuss: DiscussLayout | None
    ending: EndingLayout | None


def _fit(
    text: TextCache, words: str, rect: pygame.Rect, size: int, least: int, weight: str = "regular"
) -> Fitted:
    """``words`` fitted into ``rect`` between ``least`` and ``size`` pixels."""
    return Fitted(rect, text.fit(words, rect.size, size, least, weight))


def layout_portrait(panel: pygame.Rect, words: StoryWords, m: Metrics, text: TextCache) -> PortraitLayout:
    """The picture takes what the name and the detail line leave of the panel."""
    inner = panel.inflate(-2 * m.pad, -2 * m.pad)
    name_height = round(m.font_size("heading") * 1.4)
    detail_height = round(m.font_size("small") * 1.5)
    picture = pygame.Rect(
        inner.left, inner.top, inner.width, inner.height - name_height - detail_height - m.gap
    )
    name = pygame.Rect(inner.left, picture.bottom + m.gap, inner.width, name_height)
    detail = pygame.Rect(inner.left, name.bottom, inner.width, detail_height)
    return PortraitLayout(
        pygame.Rect(panel),
        picture,
        _fit(text, words.name, name, m.font_size("heading"), m.min_font_size, "bold"),
        _fit(text, words.detail, detail, m.font_size("small"), m.min_font_size),
    )


def layout_discuss(box: pygame.Rect, words: StoryWords, m: Metrics, text: TextCache) -> DiscussLayout:
    """The label on top, the choice said back under it in its natural height, the question below."""
    label_rect = pygame.Rect(box.left, box.top, box.width, round(m.font_size("small") * 1.6))
    label = _fit(text, words.label, label_rect, m.font_size("small"), m.min_font_size, "bold")
    top, said = label_rect.bottom, None
    if words.said:  # a short, calm confirmation of what happened: the choice, in its own words
        said_layout = text.layout_at(words.said, m.font_size("small"), box.width, "italic")
        said = Fitted(pygame.Rect(box.left, top + m.gap, box.width, said_layout.height), said_layout)
        top = said.rect.bottom + m.gap
    rest = pygame.Rect(box.left, top, box.width, box.bottom - top)
    if words.prompt_shown is not None:
        return DiscussLayout(label, said, rest, None)
    prompt = _fit(text, words.prompt, rest, m.font_size("title"), m.min_font_size, "bold")
    return DiscussLayout(label, said, rest, prompt)


def layout_ending(box: pygame.Rect, words: StoryWords, m: Metrics, text: TextCache) -> EndingLayout:
    """ "The end" on top, the note of hope in the bottom quarter, the story between them."""
    hope_height = box.height // 4
    hope_panel = pygame.Rect(box.left, box.bottom - hope_height, box.width, hope_height)
    # Marked as an ending, so a reader knows the story is over here.
    end_rect = pygame.Rect(box.left, box.top, box.width, round(m.font_size("small") * 1.6))
    story = pygame.Rect(box.left, end_rect.bottom, box.width, hope_panel.top - m.gap - end_rect.bottom)
    return EndingLayout(
        _fit(text, words.label, end_rect, m.font_size("small"), m.min_font_size, "bold"),
        story,
        hope_panel,
        # quieter than the ending, which is never below the 100 % body size (finding 25)
        _fit(
            text,
            words.hope,
            hope_panel.inflate(-2 * m.gap, -m.gap),
            min(m.font_size("small"), m.floor("body")),
            m.min_font_size,
        ),
    )


def layout_story(
    portrait_panel: pygame.Rect,
    text_panel: pygame.Rect,
    text_box: pygame.Rect,
    words: StoryWords,
    metrics: Metrics,
    text: TextCache,
) -> StoryLayout:
    """Measure the story view once for its boxes (from the scene's build) and its words."""
    box = pygame.Rect(text_box)
    return StoryLayout(
        layout_portrait(portrait_panel, words, metrics, text),
        pygame.Rect(text_panel),
        box,
        layout_discuss(box, words, metrics, text) if words.step == "discuss" else None,
        layout_ending(box, words, metrics, text) if words.step == "ended" else None,
    )
