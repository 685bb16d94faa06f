"""A character's story: portrait and name, the scene text, choices (keys 1–3), then talk.

The same view serves a Story space on the board (:class:`StoryScene`, over the engine's
session) and the Stories mode from the title (:class:`StoryModeScene`, over the engine's
story mode). After each choice the table talks — the scene's own ``discuss`` question or
a general one. An ending is shown with care: calm colours, the ending text, and a note of
hope with the way to help one key away.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

import pygame

from elamani_peli.content.models import Story
from elamani_peli.engine.actions import ChooseOption, Continue, Pass
from elamani_peli.engine.story_mode import StoryState, apply_story, start_story
from elamani_peli.engine.story_moves import story_recap

from .. import game_flow
from ..art import Art, draw_image_or_placeholder
from ..bilingual import SECOND_SHARE, SECOND_SIZE, ShownText, draw_shown_text, shown_text
from ..card_face import draw_soft_panel
from ..focus import Form
from ..game_scene import GameScene
from ..label_fit import fit_label
from ..scene import Scene
from ..scroll import Block, ScrollText
from ..story_layout import DiscussLayout, StoryLayout, StoryWords, layout_story
from ..table import Table
from ..widgets import Button, label_boxes

if TYPE_CHECKING:
    from ..host import SceneHost
    from ..registry import SceneRegistry

StoryStep = str  # "scene" (choices), "discuss" (talk about the choice), "ended" (an ending)


class StoryView:
    """Layout and drawing shared by both story scenes; subclasses say where the story stands."""

    app: SceneHost
    form: Form
    art: Art

    chosen: int | None = None
    """The choice just made (shown back while the table talks about it); memory only."""

    recap_rect = pygame.Rect(0, 0, 0, 0)
    """Where "Last time in this story" is said (no height when there is nothing to say)."""

    _story_layout: tuple[tuple[object, ...], StoryLayout] | None = None
    """The last layout and what it was measured for (see :meth:`story_layout`)."""

    def said_back(self) -> str:
        """ "You chose: …" while the table talks about the choice just made ("" otherwise)."""
        if self.step() != "discuss" or self.chosen is None:
            return ""
        choices = self.story().scene(self.scene_id()).choices
        if self.chosen >= len(choices):
            return ""
        return self.app._("You chose: {choice}").format(choice=self.localize(choices[self.chosen].text))

    def recap(self) -> str:
        """ "Last time in this story: …" at a Story space of a story already begun ("" else)."""
        return ""

    # -- what a subclass answers ----------------------------------------------------------
    def story(self) -> Story:
        raise NotImplementedError

    def step(self) -> StoryStep:
        raise NotImplementedError

    def scene_id(self) -> str:
        raise NotImplementedError

    def localize(self, text: Mapping[str, str] | None) -> str:
        raise NotImplementedError

    def choose(self, index: int) -> None:
        raise NotImplementedError

    def go_on(self) -> None: ...
    def can_pass(self) -> bool:
        return False

    def pass_scene(self) -> None:
        """Only where passing exists (on the board)."""

    def utterances(self) -> list[str]:
        """The scene's text and its choices; the discussion question; an ending and its note."""
        _ = self.app.translator.gettext
        story, step = self.story(), self.step()
        scene = story.scene(self.scene_id())
        if step == "scene":
            choices = [
                _("Choice {number}: {text}").format(number=index + 1, text=self.localize(choice.text))
                for index, choice in enumerate(scene.choices[:9])
            ]
            recap = [said] if (said := self.recap()) else []
            return [story.character.name, *recap, self.shown(scene.text).primary, *choices]
        if step == "discuss":
            prompt = (
                self.localize(scene.discuss)
                if scene.discuss
                else _("Why that choice? What would you have done?")
            )
            return [_("Let's talk"), prompt]
        if step == "ended":
            return [self.shown(scene.text).primary, self.shown(scene.ending).primary]
        return [self.shown(scene.text).primary]

    def side_button(self) -> tuple[str, str, object, str] | None:
        """The small button beside Continue: Pass on the board (``id, label, callback, icon``)."""
        if not self.can_pass():
            return None
        return ("pass", self.app.translator.gettext("Pass"), self.pass_scene, "next")

    def shown(self, text) -> ShownText:
        """A story text marked when it fell back, with the other language under it if asked."""
        app = self.app
        return shown_text(
            text, app.content_language, app.translator.gettext, app.prefs.cards_in_both_languages
        )

    # -- layout ---------------------------------------------------------------------------
    def build_story(self) -> None:
        m, _ = self.app.look.metrics, self.app.translator.gettext
        body = m.body
        portrait_width = min(round(body.width * 0.3), round(body.height * 0.75))
        self.portrait_panel = pygame.Rect(body.left, body.top, portrait_width, body.height)
        self.text_panel = pygame.Rect(
            self.portrait_panel.right + m.pad, body.top, body.width - portrait_width - m.pad, body.height
        )
        inner = self.text_panel.inflate(-2 * m.pad, -2 * m.pad)
        scene = self.story().scene(self.scene_id())
        step = self.step()
        # The bottom row: Continue (after a choice, at an ending) and Pass (on the board).
        row: list[tuple] = []
        if step != "scene":
            row.append(("continue", _("Continue"), self.go_on, "next", "primary"))
        side = self.side_button()
        if side is not None:
            row.append((*side, "normal"))
        row_top = inner.bottom - m.button_height
        row_width = inner.width if len(row) > 1 or step != "scene" else inner.width // 3
        widths = (
            [row_width * 2 // 3 - m.gap // 2, row_width // 3 - m.gap // 2] if len(row) == 2 else [row_width]
        )
        x = inner.right - sum(widths) - m.gap * (len(widths) - 1)
        for (widget_id, label, callback, icon, style), width in zip(row, widths, strict=False):
            self.form.add(
                Button(
                    widget_id,
                    label,
                    callback,
                    icon=icon,
                    style=style,
                    rect=pygame.Rect(x, row_top, width, m.button_height),
                )
            )
            x += width + m.gap
        bottom = row_top - m.gap if row else inner.bottom
        text_top = self._lay_out_recap(inner) if step == "scene" else inner.top
        choices = scene.choices[:9] if step == "scene" else []
        top = bottom
        if choices:
            labels = []
            for choice in choices:
                labels.append(self.shown(choice.text).on_one_line)  # both languages when the cards are
            reserved = m.button_height + m.gap if row else 0
            top, height = self._choice_rows(bottom, len(choices), inner.height // 2 - reserved)
            text_box = pygame.Rect(inner.left, text_top, inner.width, top - m.pad - text_top)
            if self._choices_shrink(labels, inner.width, height) and self._scrolls(
                self.shown(scene.text), text_box
            ):
                # the text scrolls anyway: the choices, what the table acts on, get the room to
                # keep their 100 % size (two languages: 20 and 18 px beside 44 px text)
                top, height = self._choice_rows(bottom, len(choices), inner.height * 2 // 3 - reserved)
            for index, label in enumerate(labels):
                rect = pygame.Rect(inner.left, top + index * (height + m.gap), inner.width, height)
                self.form.add(
                    Button(
                        f"choice-{index + 1}",
                        label,
                        partial(self.choose, index),
                        rect=rect,
                        shortcut=index + 1,
                        align="left",
                    )
                )
        self.text_box = pygame.Rect(inner.left, text_top, inner.width, top - m.pad - text_top)
        self.scrolling = False
        if step == "scene":
            self._scroll_if_too_long(self.shown(scene.text))
        elif step == "ended":
            self._scroll_long_ending()

    def _lay_out_recap(self, inner: pygame.Rect) -> int:
        """A quiet band above the scene with the choice made last time; where the scene starts."""
        self.recap_rect = pygame.Rect(inner.left, inner.top, inner.width, 0)
        recap = self.recap()
        if not recap:
            return inner.top
        m = self.app.look.metrics
        layout = self.app.look.text.layout_at(recap, m.font_size("small"), inner.width - 2 * m.gap)
        self.recap_rect.height = layout.height + m.gap
        return self.recap_rect.bottom + m.gap

    def _choice_rows(self, bottom: int, count: int, budget: int) -> tuple[int, int]:
        """The top of ``count`` choices stacked up from ``bottom`` in ``budget``, and their height."""
        m = self.app.look.metrics
        each = (budget - m.gap * (count - 1)) // count
        height = max(m.px(44), min(round(m.font_size("button") * 2.6), each))
        return bottom - count * height - (count - 1) * m.gap, height

    def _choices_shrink(self, labels: list[str], width: int, height: int) -> bool:
        """Would a choice's label fall below its 100 % size in a button this big?"""
        look = self.app.look
        rect = pygame.Rect(0, 0, width, height)
        return any(
            fit_label(look, label, label_boxes(look, rect, False, index + 1, "left").text.size).size
            < look.metrics.floor("button")
            for index, label in enumerate(labels)
        )

    def _scrolls(self, shown: ShownText, box: pygame.Rect) -> bool:
        """Large type never makes the story smaller than at 100 %: a scene that does not fit at
        the 100 % heading size becomes scrollable text at the current body size (≥ that size)."""
        m = self.app.look.metrics
        return m.text_scale > 1.0 and self._shrinks(shown, box, m.floor("heading"))

    def _scroll_if_too_long(self, shown: ShownText) -> None:
        if self._scrolls(shown, self.text_box):
            self._scroll(shown, self.text_box, recap=True)

    def _scroll_long_ending(self) -> None:
        """An ending (the scene and how it ends, in two languages when asked) that would fall
        below the 100 % body size scrolls at the body size instead — at 960×600 with 200 %
        type and both languages it was drawn at 13 and 10 px."""
        words = self.story_words()
        ending = self.story_layout(words).ending
        if ending is None or words.told is None:
            return
        if self._shrinks(words.told, ending.story, self.app.look.metrics.floor("body")):
            self._scroll(words.told, ending.story)

    def _shrinks(self, shown: ShownText, rect: pygame.Rect, least: int) -> bool:
        """Would ``shown`` (drawn as :func:`draw_shown_text` does, from the heading size) fall
        below ``least``, or its second language below the 100 % small size?"""
        look = self.app.look
        m, fit = look.metrics, look.text.fit
        box = rect.size
        if shown.second:  # both languages: the first takes the larger share
            second = (box[0], round(box[1] * SECOND_SHARE))
            if fit(
                shown.second, second, round(m.font_size("heading") * SECOND_SIZE), m.floor("small")
            ).below_min:
                return True
            box = (box[0], box[1] * 3 // 5)
        return fit(shown.primary, box, m.font_size("heading"), least).below_min

    def _scroll(self, shown: ShownText, rect: pygame.Rect, recap: bool = False) -> None:
        """Show ``shown`` as scrolling text in ``rect`` (the body size, the other language as a
        note); ``recap``: the scene's text, which takes the recap band above it along."""
        blocks = [Block("paragraph", shown.primary)]
        if shown.second:
            blocks.append(Block("note", shown.second))
        box = pygame.Rect(rect)
        if recap and self.recap_rect.height:  # the recap scrolls with the scene, first, instead of a band
            blocks.insert(0, Block("note", self.recap()))
            self.text_box.union_ip(self.recap_rect)
            box = self.text_box
            self.recap_rect = pygame.Rect(self.recap_rect.topleft, (self.recap_rect.width, 0))
        self.form.add(ScrollText("story-text", blocks, rect=box))
        self.scrolling = True

    # -- drawing --------------------------------------------------------------------------
    def story_words(self) -> StoryWords:
        """Every string of the current step, translated: what the layout is measured for."""
        _ = self.app.translator.gettext
        story, step = self.story(), self.step()
        scene = story.scene(self.scene_id())
        detail = self.localize(story.title)
        if story.character.age is not None:
            detail = _("{age} years · {title}").format(age=story.character.age, title=detail)
        words = StoryWords(step, story.character.name, detail)
        if step == "scene":
            return replace(words, told=self.shown(scene.text))
        if step == "discuss":
            prompt = (
                self.localize(scene.discuss)
                if scene.discuss
                else _("Why that choice? What would you have done?")
            )
            # Cards in both languages: the question the table talks about too, not only the story.
            both = (
                self.shown(scene.discuss)
                if scene.discuss and self.app.prefs.cards_in_both_languages
                else None
            )
            return replace(
                words, label=_("Let's talk"), said=self.said_back(), prompt=prompt, prompt_shown=both
            )
        if step == "ended":
            hope = _(
                "Every story can still go on. If something here feels close to you, you can talk "
                "about it — here, or with someone you trust. Help is always one key away (F1)."
            )
            told, ending = self.shown(scene.text), self.shown(scene.ending)
            second = f"{told.second}\n\n{ending.second}" if told.second and ending.second else None
            text = ShownText(
                f"{told.primary}\n\n{ending.primary}", told.language, told.note or ending.note, second
            )
            return replace(words, label=_("The end"), told=text, hope=hope)
        return words

    def story_layout(self, words: StoryWords) -> StoryLayout:
        """The view measured once per size, type scale, language and step (the words say which):
        a frame then only paints."""
        look = self.app.look
        panels = (tuple(self.portrait_panel), tuple(self.text_panel), tuple(self.text_box))
        key = (panels, words, look.metrics, id(look.text))
        cached = self._story_layout
        if cached is None or cached[0] != key:
            measured = layout_story(
                self.portrait_panel, self.text_panel, self.text_box, words, look.metrics, look.text
            )
            cached = self._story_layout = (key, measured)
        return cached[1]

    def draw_story(self, surface: pygame.Surface) -> None:
        """Paint the portrait panel, then the text panel for the current step, from the layout."""
        look = self.app.look
        m, p, text = look.metrics, look.palette, look.text
        story, words = self.story(), self.story_words()
        layout = self.story_layout(words)
        portrait = layout.portrait
        draw_soft_panel(surface, portrait.panel, p, m.radius * 2, fill=p.surface_alt)
        image = self.art.portrait(story, portrait.picture.size, self.app.library.portraits.get(story.id))
        draw_image_or_placeholder(surface, image, portrait.picture, p.text_muted)
        text.draw(surface, portrait.name.layout, portrait.name.rect, p.text, "center", "middle")
        text.draw(surface, portrait.detail.layout, portrait.detail.rect, p.text_muted, "center", "middle")
        draw_soft_panel(surface, layout.text_panel, p, m.radius * 2)
        shown_at = partial(draw_shown_text, text=text, palette=p, metrics=m)
        recap = self.recap() if words.step == "scene" and self.recap_rect.height else ""
        if recap:
            pygame.draw.rect(surface, p.surface_alt, self.recap_rect, border_radius=m.radius)
            said = text.layout_at(recap, m.font_size("small"), self.recap_rect.width - 2 * m.gap)
            text.draw(surface, said, self.recap_rect.inflate(-2 * m.gap, 0), p.text_muted, "left", "middle")
        if words.step == "scene" and not self.scrolling and words.told is not None:
            shown_at(surface, words.told, layout.text_box, m.font_size("heading"))
        if layout.discuss is not None:
            self._draw_discuss(surface, layout.discuss, words)
        if layout.ending is not None and words.told is not None:
            ending = layout.ending
            text.draw(surface, ending.label.layout, ending.label.rect, p.text_muted)
            if not self.scrolling:  # else the scrolling text (a widget) shows it
                shown_at(surface, words.told, ending.story, m.font_size("heading"), min_size=m.floor("body"))
            pygame.draw.rect(surface, p.surface_alt, ending.hope_panel, border_radius=m.radius)
            # The note of hope stays quieter than the ending itself.
            text.draw(surface, ending.hope.layout, ending.hope.rect, p.text, "left", "middle")

    def _draw_discuss(self, surface: pygame.Surface, discuss: DiscussLayout, words: StoryWords) -> None:
        """Paint the label, the choice said back and the question the table talks about."""
        look = self.app.look
        m, p, text = look.metrics, look.palette, look.text
        text.draw(surface, discuss.label.layout, discuss.label.rect, p.text_muted)
        if discuss.said is not None:
            text.draw(surface, discuss.said.layout, discuss.said.rect, p.text_muted)
        if discuss.prompt is not None:
            text.draw(surface, discuss.prompt.layout, discuss.prompt.rect, p.text, "left", "middle")
        elif words.prompt_shown is not None:
            draw_shown_text(
                surface,
                words.prompt_shown,
                discuss.rest,
                m.font_size("title"),
                text=text,
                palette=p,
                metrics=m,
                weight="bold",
            )


class StoryScene(StoryView, GameScene):
    """A Story space on the board."""

    name = "story"
    phases = ("scene", "discuss", "story_end")
    initial_focus = ("choice-1", "continue")

    def __init__(self, app: SceneHost, table: Table) -> None:
        super().__init__(app, table)
        self.art = table.art

    def title(self) -> str:
        story = self.story()
        return self.table.text(story.title)

    def story(self) -> Story:
        story = self.table.story()
        assert story is not None, "the story scene opens only in a story phase"
        return story

    def step(self) -> StoryStep:
        return {"scene": "scene", "discuss": "discuss", "story_end": "ended"}[self.table.state.phase]

    def scene_id(self) -> str:
        assert self.table.state.scene is not None
        return self.table.state.scene

    def localize(self, text) -> str:
        return self.table.text(text)

    def recap(self) -> str:
        """The choice made the last time this story went on, before the story goes on now."""
        recap = story_recap(self.table.library, self.table.state)
        if recap is None:
            return ""
        choice = self.shown(self.story().scene(recap.scene).choices[recap.choice].text).on_one_line
        return self._("Last time in this story: “{choice}”").format(choice=choice)

    def choose(self, index: int) -> None:
        self.chosen = index
        self.send(ChooseOption(index))

    def go_on(self) -> None:
        self.send(Continue())

    def can_pass(self) -> bool:
        return self.table.state.phase in ("scene", "discuss")

    def pass_scene(self) -> None:
        self.send(Pass())

    def build(self) -> None:
        self.build_story()

    def draw_content(self, surface: pygame.Surface) -> None:
        self.draw_story(surface)


class StoryModeScene(StoryView, Scene):
    """Stories mode: one character's story straight through, like the original visual novel."""

    name = "story-mode"
    initial_focus = ("choice-1", "continue")

    def __init__(self, app: SceneHost, story_id: str) -> None:
        super().__init__(app)
        self.state: StoryState = start_story(app.library, story_id)
        self.art = Art()

    def title(self) -> str:
        return self.localize(self.story().title)

    def story(self) -> Story:
        return self.app.library.stories[self.state.story]

    def step(self) -> StoryStep:
        return self.state.phase

    def help_topics(self) -> tuple[str, ...]:
        return self.app.library.topics_of(story_id=self.state.story)

    def scene_id(self) -> str:
        return self.state.scene

    def localize(self, text) -> str:
        from elamani_peli.content.text import localize

        return localize(text, self.app.content_language)[0] if text else ""

    def _apply(self, action) -> None:
        outcome = apply_story(self.app.library, self.state, action)
        self.state = outcome.state
        self.rebuild()
        self.form.focus(None)
        self.form.ensure_focus(self.initial_focus)
        self.app.request_redraw()

    def choose(self, index: int) -> None:
        self.chosen = index
        self._apply(ChooseOption(index))

    def go_on(self) -> None:
        if self.state.phase == "ended":
            self.dismiss()
            return
        self._apply(Continue())

    def side_button(self) -> tuple[str, str, object, str] | None:
        """A visible way out of the story, back to the story picker, at every step."""
        if self.state.phase == "ended":
            return None  # Continue itself leads back
        return ("leave", self.app._("Back to the stories"), self.dismiss, "back")

    def build(self) -> None:
        self.build_story()

    def draw_content(self, surface: pygame.Surface) -> None:
        self.draw_story(surface)


def register(registry: SceneRegistry) -> None:
    registry.add("story", lambda app, **options: game_flow.open_session(app, game_flow.running(app)))
