"""The session summary, readable at a glance: who received which strengths, themes visited,
cards answered and passed, bookmarked cards, and the stories with their endings.

Everything comes from the engine's :func:`summarize` — numbers and ids, since nothing a
player *said* exists in the program. Strengths are drawn as tokens (pills) per player.
"""

from __future__ import annotations

import datetime
from typing import TYPE_CHECKING

import pygame

from elamani_peli.engine.summary import Summary, summarize

from ..board_draw import draw_token
from ..card_face import draw_soft_panel
from ..game_scene import GameScene, add_buttons
from ..look import Look
from ..palette import parse_hex, readable_on

if TYPE_CHECKING:
    from ..registry import SceneRegistry


def draw_pills(
    surface: pygame.Surface, look: Look, area: pygame.Rect, pills: list[tuple[str, tuple | None]], size: int
) -> int:
    """Rounded labels flowing left to right, wrapping; returns the bottom of the last row."""
    m, p = look.metrics, look.palette
    height = round(size * 1.6)
    x, y = area.left, area.top
    for label, colour in pills:
        layout = look.text.fit(label, (area.width - height, height), size, m.min_font_size, "bold")
        width = layout.width + height
        if x > area.left and x + width > area.right:
            x, y = area.left, y + height + m.gap // 2
        if y + height > area.bottom:
            break
        rect = pygame.Rect(x, y, width, height)
        fill = colour or p.surface_alt
        pygame.draw.rect(surface, fill, rect, border_radius=height // 2)
        pygame.draw.rect(surface, p.border, rect, 1, border_radius=height // 2)
        look.text.draw(surface, layout, rect, readable_on(fill, dark=p.text), "center", "middle")
        x += width + m.gap // 2
    return y + height


class SummaryScene(GameScene):
    name = "summary"
    initial_focus = ("title",)

    def title(self) -> str:
        return self._("Session summary")

    @property
    def summary(self) -> Summary:
        table = self.table
        return summarize(table.library, table.session.setup, table.state)

    def build(self) -> None:
        m = self.app.look.metrics
        specs = [("title", self._("Back to the title"), self.finish, "door")]
        if self.app.registry.has("summary-export"):
            specs.insert(0, ("export", self._("Save the summary…"), self.export, "save"))
        body = m.body
        width = min(body.width, round(m.font_size("button") * 12) * len(specs))
        self.buttons_top = add_buttons(
            self, specs, pygame.Rect(body.right - width, body.top, width, body.height), primary="title"
        )

    def facts(self, summary: Summary) -> str:
        """The day, the play time and the rounds, in the language's own formats (Babel/CLDR)."""
        translator = self.app.translator
        rounds = self.app.ngettext("{count} round", "{count} rounds", summary.rounds)
        return " · ".join(
            (
                translator.date(datetime.date.today()),
                self._("Play time: {duration}").format(duration=translator.duration(summary.elapsed_seconds)),
                rounds.format(count=summary.rounds),
            )
        )

    def export(self) -> None:
        self.app.open_scene("summary-export", summary=self.summary)

    def finish(self) -> None:
        store = self.app.save_store
        if store is not None and hasattr(store, "discard"):
            store.discard()
        self.app.session = None
        self.app.back_to_title()

    def draw_content(self, surface: pygame.Surface) -> None:
        look, _ = self.app.look, self._
        m, p = look.metrics, look.palette
        summary = self.summary
        body = pygame.Rect(m.body.left, m.body.top, m.body.width, self.buttons_top - m.pad - m.body.top)
        left = pygame.Rect(body.left, body.top, body.width * 11 // 20, body.height)
        right = pygame.Rect(left.right + m.pad, body.top, body.right - left.right - m.pad, body.height)
        buttons_left = min(
            (w.rect.left for w in self.form.widgets if w.rect.top >= self.buttons_top), default=0
        )
        facts = pygame.Rect(body.left, self.buttons_top, buttons_left - m.pad - body.left, m.button_height)
        if facts.width > 0:
            look.text.draw_fitted(
                surface,
                self.facts(summary),
                facts,
                p.text_muted,
                m.font_size("body"),
                m.min_font_size,
                valign="middle",
            )

        # Players: token, name, answered and passed, strengths as pills.
        draw_soft_panel(surface, left, p, m.radius * 2)
        inner = left.inflate(-2 * m.pad, -2 * m.pad)
        count = max(1, len(summary.players))
        row_height = (inner.height - m.gap * (count - 1)) // count
        for index, player in enumerate(summary.players):
            row = pygame.Rect(inner.left, inner.top + index * (row_height + m.gap), inner.width, row_height)
            radius = min(row_height // 3, round(m.font_size("heading") * 0.8))
            draw_token(
                surface,
                (row.left + radius, row.top + radius),
                radius,
                self.table.player_token(index),
                look,
                self.table.art,
                current=False,
            )
            text_left = row.left + 2 * radius + m.gap
            name_rect = pygame.Rect(
                text_left, row.top, row.right - text_left, round(m.font_size("heading") * 1.3)
            )
            look.text.draw_fitted(
                surface,
                player.nickname,
                name_rect,
                p.text,
                m.font_size("heading"),
                m.min_font_size,
                "bold",
                valign="middle",
            )
            counts = _("{answered} answered · {passed} passed").format(
                answered=player.cards_answered, passed=player.cards_passed
            )
            counts_rect = pygame.Rect(
                text_left, name_rect.bottom, name_rect.width, round(m.font_size("small") * 1.5)
            )
            look.text.draw_fitted(
                surface, counts, counts_rect, p.text_muted, m.font_size("small"), m.min_font_size
            )
            pills = [(self.table.strength_name(s), None) for s in player.strengths]
            if not pills:
                pills = [(_("No strengths yet"), None)]
            pill_area = pygame.Rect(
                text_left,
                counts_rect.bottom + m.gap // 2,
                name_rect.width,
                row.bottom - counts_rect.bottom - m.gap // 2,
            )
            draw_pills(surface, look, pill_area, pills, m.font_size("small"))

        # Themes, bookmarks, stories.
        draw_soft_panel(surface, right, p, m.radius * 2)
        inner = right.inflate(-2 * m.pad, -2 * m.pad)
        heading_height = round(m.font_size("body") * 1.4)
        y = inner.top
        sections = [
            (
                _("Themes visited"),
                [(self.table.theme_name(t), _theme_colour(self.table, t)) for t in summary.themes]
                or [(_("None yet"), None)],
            ),
        ]
        for title, pills in sections:
            look.text.draw_fitted(
                surface,
                title,
                pygame.Rect(inner.left, y, inner.width, heading_height),
                p.text,
                m.font_size("body"),
                m.min_font_size,
                "bold",
                valign="middle",
            )
            y = (
                draw_pills(
                    surface,
                    look,
                    pygame.Rect(inner.left, y + heading_height, inner.width, inner.height // 3),
                    pills,
                    m.font_size("small"),
                )
                + m.gap
            )
        lines = [self.table.text(self.table.library.card(card_id).text) for card_id in summary.bookmarks]
        stories = []
        for story_summary in summary.stories:
            story = self.table.story(story_summary.story_id)
            name = story.character.name if story else story_summary.story_id
            stories.append(
                _("{name}: an ending reached").format(name=name)
                if story_summary.ending
                else _("{name}: the story goes on").format(name=name)
            )
        rest = pygame.Rect(inner.left, y, inner.width, inner.bottom - y)
        blocks = [(_("Bookmarked cards"), lines or [_("None")]), (_("Stories"), stories or [_("None")])]
        block_height = rest.height // 2
        for index, (title, items) in enumerate(blocks):
            top = rest.top + index * block_height
            look.text.draw_fitted(
                surface,
                title,
                pygame.Rect(inner.left, top, inner.width, heading_height),
                p.text,
                m.font_size("body"),
                m.min_font_size,
                "bold",
                valign="middle",
            )
            text = "\n".join(f"• {item}" for item in items)
            look.text.draw_fitted(
                surface,
                text,
                pygame.Rect(
                    inner.left, top + heading_height, inner.width, block_height - heading_height - m.gap
                ),
                p.text,
                m.font_size("small"),
                m.min_font_size,
            )


def _theme_colour(table, theme_id: str):
    theme = table.theme(theme_id)
    return parse_hex(theme.colour) if theme else None


def register(registry: SceneRegistry) -> None:
    from ..sample_session import sample_summary

    registry.add("summary", _summary_of_app, sample_summary)


def _summary_of_app(app, **options) -> GameScene:
    from ..table import Table

    return SummaryScene(app, Table(app.session, lambda: app.language))
