"""Stories mode, first step: the picker of whose story to play (registered as ``stories``).

Apart from :mod:`.story` because it shows no story: it lays out a page of portraits and
intros from the library and hands the chosen one to :class:`.story.StoryModeScene`, asking
first when the story has content notes.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

import pygame

from elamani_peli.content.models import Story

from ...content.text import localize
from ...vocabulary import notes_in_sentence
from ..art import Art, draw_image_or_placeholder
from ..card_face import draw_soft_panel
from ..label_fit import shared_cap
from ..layout import split_bottom, split_left
from ..scene import Scene
from ..text import TextLayout
from ..widgets import Button, page_buttons
from .story import StoryModeScene

if TYPE_CHECKING:
    from ..host import SceneHost
    from ..registry import SceneRegistry


class StoryPickerScene(Scene):
    """Stories mode, first step: choose whose story to play.

    Built-in and facilitators' stories alike (a facilitator's shows its folder), a page of
    at most :attr:`MOST_PER_PAGE` side by side, fewer in a small window with large type, so
    that each portrait and intro stays readable.
    """

    name = "stories"
    escape_goes_back = True
    MOST_PER_PAGE = 3

    def __init__(self, app: SceneHost) -> None:
        super().__init__(app)
        self.art = Art()
        self.page = 0

    def title(self) -> str:
        return self.app._("Stories")

    def build(self) -> None:
        m, _ = self.app.look.metrics, self.app._
        every = list(self.app.library.stories.values())
        body, bottom = split_bottom(m.body, m.button_height, m.pad)
        back = bottom.copy()
        back.width = min(bottom.width, max(m.px(260), m.font_size("button") * 8))
        self.form.add(Button("back", _("Back"), self.dismiss, icon="back", rect=back))
        self.cards: list[tuple[Story, pygame.Rect]] = []
        self._texts: list[PickerCard] | None = None  # measured on the first frame after a build
        if not every:
            return
        self.per_page = max(1, min(self.MOST_PER_PAGE, body.width // (m.font_size("body") * 10)))
        pages = -(-len(every) // self.per_page)
        self.page = min(self.page, pages - 1)
        stories = every[self.page * self.per_page : (self.page + 1) * self.per_page]
        if pages > 1:
            right = bottom.right - back.right - m.gap
            turn = pygame.Rect(back.right + m.gap, bottom.top, right, bottom.height)
            previous, nxt = split_left(turn, turn.width // 2 - m.gap // 2, m.gap)
            labels = (_("Previous"), _("Next"))
            for turner in page_buttons("stories", (previous, nxt), labels, self.page, pages, self.turn):
                self.form.add(turner)
        gap = m.pad
        width = (
            (body.width - gap * (self.per_page - 1)) // self.per_page
            if pages > 1
            else ((body.width - gap * (len(stories) - 1)) // len(stories))
        )
        for index, story in enumerate(stories):
            rect = pygame.Rect(body.left + index * (width + gap), body.top, width, body.height)
            button = pygame.Rect(
                rect.left + m.gap,
                rect.bottom - m.gap - m.button_height,
                rect.width - 2 * m.gap,
                m.button_height,
            )
            self.form.add(
                Button(
                    f"story-{self.page * self.per_page + index + 1}",
                    story.character.name,
                    partial(self.choose, story),
                    icon="play",
                    rect=button,
                    shortcut=index + 1,
                    style="primary",
                )
            )
            self.cards.append((story, rect))

    def turn(self, by: int) -> None:
        self.page += by
        self.rebuild()

    def choose(self, story: Story) -> None:
        """Play ``story``; one with content notes asks first (sensitive content is never shown unasked)."""
        if not story.content_notes:
            self.app.scenes.push(StoryModeScene(self.app, story.id))
            return

        def question() -> str:
            notes = notes_in_sentence(self.app._, story.content_notes)
            title = localize(story.title, self.app.content_language)[0]
            return self.app._("{title} deals with: {notes}. Play it?").format(title=title, notes=notes)

        self.app.open_scene(
            "confirm",
            lambda play: play and self.app.scenes.push(StoryModeScene(self.app, story.id)),
            question=question,
            confirm=lambda: self.app._("Play the story"),
        )

    def card_texts(self) -> list[PickerCard]:
        """Each card's picture box, title line and intro, measured once per build.

        Each kind of text comes in one size on the page (fitted one by one, the intros came
        out in three sizes), and the intro gets the room it needs at its size — down to its
        100 % size — from the picture, which keeps at least 3/10 of the card: at 200 % type
        the picture kept 11/20 and the intro fell to 11 px.
        """
        if self._texts is not None:
            return self._texts
        look = self.app.look
        m, text = look.metrics, look.text
        words = [(story, self._title_of(story), self._intro_of(story)) for story, _ in self.cards]
        if not words:
            return []
        inner = self._inner(self.cards[0][1])  # the cards of a page are all one size
        title_height = round(m.font_size("body") * 1.5)
        room = inner.height - title_height - m.gap - m.gap // 2  # for the picture and the intro
        least_picture, most_picture = inner.height * 3 // 10, inner.height * 11 // 20

        def picture_height(size: int) -> int:
            needed = max(text.layout_at(intro, size, inner.width).height for _, _, intro in words)
            return min(most_picture, room - needed)

        small, floor = m.font_size("small"), min(m.floor("small"), m.font_size("small"))
        intro_size = next(
            (size for size in range(small, floor - 1, -1) if picture_height(size) >= least_picture), floor
        )
        picture_h = max(least_picture, picture_height(intro_size))
        titles, parts = [], []
        for (story, title, intro), (_, rect) in zip(words, self.cards, strict=True):
            box = self._inner(rect)
            picture = pygame.Rect(box.left, box.top, box.width, picture_h)
            heading = pygame.Rect(box.left, picture.bottom + m.gap, box.width, title_height)
            below = heading.bottom + m.gap // 2
            intro_rect = pygame.Rect(box.left, below, box.width, box.bottom - below)
            titles.append(text.fit(title, heading.size, m.font_size("body"), m.min_font_size, "bold"))
            parts.append(
                (story, picture, heading, intro_rect, text.fit(intro, intro_rect.size, intro_size, 8))
            )
        cap = shared_cap(look, [t.size for t in titles], "body")
        if cap is not None:
            titles = [
                text.fit(t.text, p[2].size, cap, m.min_font_size, "bold")
                for t, p in zip(titles, parts, strict=True)
            ]
        self._texts = [
            PickerCard(story, picture, heading, title, intro_rect, intro)
            for (story, picture, heading, intro_rect, intro), title in zip(parts, titles, strict=True)
        ]
        return self._texts

    def _inner(self, rect: pygame.Rect) -> pygame.Rect:
        """A card's inside above its Play button."""
        m = self.app.look.metrics
        inner = rect.inflate(-2 * m.gap, -2 * m.gap)
        inner.height -= m.button_height + m.gap
        return inner

    def _title_of(self, story: Story) -> str:
        title = localize(story.title, self.app.content_language)[0]
        if story.character.age is not None:
            title = self.app._("{age} years · {title}").format(age=story.character.age, title=title)
        return title

    def _intro_of(self, story: Story) -> str:
        intro = localize(story.character.intro, self.app.content_language)[0] if story.character.intro else ""
        folder = self.app.library.folder_of("story", story.id)
        return f"({folder}) {intro}" if folder else intro  # a facilitator's story says where it comes from

    def draw_content(self, surface: pygame.Surface) -> None:
        look = self.app.look
        m, p = look.metrics, look.palette
        for (_, rect), card in zip(self.cards, self.card_texts(), strict=True):
            draw_soft_panel(surface, rect, p, m.radius * 2)
            image = self.art.portrait(
                card.story, card.picture.size, self.app.library.portraits.get(card.story.id)
            )
            draw_image_or_placeholder(surface, image, card.picture, p.text_muted)
            look.text.draw(surface, card.title, card.title_rect, p.text, "center", "middle")
            look.text.draw(surface, card.intro, card.intro_rect, p.text_muted, "center")


@dataclass(frozen=True)
class PickerCard:
    """One story's card on the picker: where its picture goes, its title line and its intro."""

    story: Story
    picture: pygame.Rect
    title_rect: pygame.Rect
    title: TextLayout
    intro_rect: pygame.Rect
    intro: TextLayout


def register(registry: SceneRegistry) -> None:
    registry.add("stories", lambda app, **options: StoryPickerScene(app))
