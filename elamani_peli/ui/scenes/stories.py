"""Stories mode, first step: the picker of whose story to play (registered as ``stories``).

Apart from :mod:`.story` because it shows no story: it lays out a page of portraits and
intros from the library and hands the chosen one to :class:`.story.StoryModeScene`, asking
first when the story has content notes.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

import pygame

from elamani_peli.content.models import Story

from ...content.text import localize
from ...vocabulary import notes_in_sentence
from ..art import Art, draw_image_or_placeholder
from ..card_face import draw_soft_panel
from ..layout import split_bottom, split_left
from ..scene import Scene
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

    def draw_content(self, surface: pygame.Surface) -> None:
        look = self.app.look
        m, p = look.metrics, look.palette
        for story, rect in self.cards:
            draw_soft_panel(surface, rect, p, m.radius * 2)
            inner = rect.inflate(-2 * m.gap, -2 * m.gap)
            inner.height -= m.button_height + m.gap
            picture = pygame.Rect(inner.left, inner.top, inner.width, inner.height * 11 // 20)
            image = self.art.portrait(story, picture.size, self.app.library.portraits.get(story.id))
            draw_image_or_placeholder(surface, image, picture, p.text_muted)
            title = localize(story.title, self.app.content_language)[0]
            if story.character.age is not None:
                title = self.app._("{age} years · {title}").format(age=story.character.age, title=title)
            heading = pygame.Rect(
                inner.left, picture.bottom + m.gap, inner.width, round(m.font_size("body") * 1.5)
            )
            look.text.draw_fitted(
                surface,
                title,
                heading,
                p.text,
                m.font_size("body"),
                m.min_font_size,
                "bold",
                "center",
                "middle",
            )
            intro = (
                localize(story.character.intro, self.app.content_language)[0] if story.character.intro else ""
            )
            folder = self.app.library.folder_of("story", story.id)
            if folder:  # a facilitator's story says where it comes from
                intro = f"({folder}) {intro}"
            look.text.draw_fitted(
                surface,
                intro,
                pygame.Rect(
                    inner.left,
                    heading.bottom + m.gap // 2,
                    inner.width,
                    inner.bottom - heading.bottom - m.gap // 2,
                ),
                p.text_muted,
                m.font_size("small"),
                m.min_font_size,
                align="center",
            )


def register(registry: SceneRegistry) -> None:
    registry.add("stories", lambda app, **options: StoryPickerScene(app))
