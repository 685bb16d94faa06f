"""The session summary, readable at a glance: who received which strengths, themes visited,
cards answered and passed, bookmarked cards, and the stories with their endings.

Everything comes from the engine's :func:`summarize` — numbers and ids, since nothing a
player *said* exists in the program. Strengths are drawn as tokens (pills) per player.
"""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import TYPE_CHECKING

import pygame

from elamani_peli.engine.summary import Summary, summarize

from .. import game_flow
from ..board_draw import draw_token
from ..card_face import draw_soft_panel, theme_fill
from ..feelings import draw_weather, weather_words
from ..game_scene import GameScene, add_buttons
from ..look import Look
from ..palette import parse_hex, readable_on
from ..widgets import ToggleGroup

if TYPE_CHECKING:
    from ..registry import SceneRegistry


def draw_pills(
    surface: pygame.Surface | None,
    look: Look,
    area: pygame.Rect,
    pills: list[tuple[str, tuple | None]],
    size: int,
) -> int:
    """Rounded labels flowing left to right, wrapping; returns the bottom of the last row.

    With ``surface`` None nothing is drawn: the caller measures how tall the pills would be.
    """
    m, p = look.metrics, look.palette
    height = round(size * 1.6)
    x, y = area.left, area.top
    for label, colour in pills:
        layout = look.text.fit(label, (area.width - height, height), size, m.min_font_size, "bold")
        width = layout.width + height
        if x > area.left and x + width > area.right:
            x, y = area.left, y + height + m.gap // 2
        rect = pygame.Rect(x, y, width, height)
        x += width + m.gap // 2
        if surface is None or rect.bottom > area.bottom:
            continue  # measuring; or out of room even at the smallest size: left out, never overlapping
        fill = theme_fill(colour, p) if colour else p.surface_alt
        pygame.draw.rect(surface, fill, rect, border_radius=height // 2)
        pygame.draw.rect(surface, p.border, rect, 1, border_radius=height // 2)
        look.text.draw(surface, layout, rect, readable_on(fill, dark=p.text), "center", "middle")
    return y + height


def pill_size(look: Look, area: pygame.Rect, pills: list[tuple[str, tuple | None]], size: int) -> int:
    """The largest type size (down to the legible minimum) at which the pills fit ``area``'s height."""
    minimum = look.metrics.min_font_size
    while size > minimum and draw_pills(None, look, area, pills, size) > area.bottom:
        size -= 1
    return size


def counted(names: list[str]) -> list[str]:
    """``[Courage, Courage, Humour]`` → ``[Courage ×2, Humour]``: a strength given twice shows once."""
    counts: dict[str, int] = {}
    for name in names:
        counts[name] = counts.get(name, 0) + 1
    return [name if count == 1 else f"{name} ×{count}" for name, count in counts.items()]


class SummaryScene(GameScene):
    name = "summary"
    phases = ("ended",)
    initial_focus = ("title",)

    def title(self) -> str:
        return self._("Session summary")

    def utterances(self) -> list[str]:
        """The title, then each player and the strengths they received (what the screen lists)."""
        _, table = self._, self.table
        said = [self.title()]
        for player in self.summary.players:
            names = [table.strength_name(strength) for strength in player.strengths]
            said.append(
                _("{name} received: {strengths}").format(name=player.nickname, strengths=", ".join(names))
                if names
                else _("{name}: no strengths this time").format(name=player.nickname)
            )
        return said

    @property
    def summary(self) -> Summary:
        table = self.table
        return summarize(table.library, table.session.setup, table.state)

    def __init__(self, app, table) -> None:
        super().__init__(app, table)
        self.page = "players"
        self.saved: Path | None = None  # where the summary was saved, once the worker chose to
        self.saved_note = ""

    @property
    def compact(self) -> bool:
        """Large type in a small window: one panel at a time (players, or themes and cards)."""
        m = self.app.look.metrics
        return m.body.width < m.font_size("body") * 40

    def build(self) -> None:
        m = self.app.look.metrics
        specs = [
            ("export", self.export_label(), self.export, "save"),
            ("strengths", self._("Print strengths"), self.print_strengths, "save"),
            ("title", self._("Back to the title"), self.finish, "door"),
        ]
        body = m.body
        facts = self.saved_note or self.facts(self.summary)
        if self.compact:  # the page switch gets a row of its own above the two buttons
            buttons_top = add_buttons(self, specs, body, primary="title")
            pages = [("players", self._("Players")), ("themes", self._("Themes")), ("cards", self._("Cards"))]
            buttons_top -= m.button_height + m.gap
            rect = pygame.Rect(body.left, buttons_top, body.width, m.button_height)
            self.form.add(
                ToggleGroup("page", pages, self.page, self._show_page, rect=rect)
            ).accessible_name = self.title()
            self.panels_bottom = self._facts_strip(buttons_top, facts)
        else:
            width = min(body.width, round(m.font_size("button") * 11) * len(specs))
            buttons_top = add_buttons(
                self, specs, pygame.Rect(body.right - width, body.top, width, body.height), primary="title"
            )
            buttons_left = min(w.rect.left for w in self.form.widgets)
            self.facts_rect = pygame.Rect(
                body.left, buttons_top, buttons_left - m.pad - body.left, m.button_height
            )
            self.panels_bottom = buttons_top
            shown = self.app.look.text.fit(facts, self.facts_rect.size, m.font_size("body"), 6)
            if shown.size < m.floor("small"):  # too narrow beside the buttons: a strip above them
                self.panels_bottom = self._facts_strip(buttons_top, facts)
        export = self.form.find("export")
        if export is not None:
            export.enabled = self.saved is None

    def _facts_strip(self, above: int, facts: str) -> int:
        """``facts`` (the thank-you, the day and the play time, or what was just saved) on up to
        three lines of their own above ``above``, so a small window or large type never drops
        them; returns where the panels must end."""
        m, text = self.app.look.metrics, self.app.look.text
        shown = text.layout_at(facts, m.floor("body"), m.body.width)
        strip = min(3, len(shown.lines)) * shown.line_height  # a saved file's path may take three
        self.facts_rect = pygame.Rect(m.body.left, above - m.gap - strip, m.body.width, strip)
        return self.facts_rect.top

    def export_label(self) -> str:
        if self.saved is not None:
            return self._("Summary saved")
        return self._("Save the summary")

    def _show_page(self, page: str) -> None:
        self.page = page
        self.app.request_redraw()

    def facts(self, summary: Summary) -> str:
        """The day, the play time and the rounds, in the language's own formats (Babel/CLDR)."""
        translator = self.app.translator
        rounds = self.app.ngettext("{count} round", "{count} rounds", summary.rounds)
        return " · ".join(
            (
                self._("Thank you for playing together"),  # a closing moment, not only numbers
                translator.date(datetime.date.today()),
                self._("Play time: {duration}").format(duration=translator.duration(summary.elapsed_seconds)),
                rounds.format(count=summary.rounds),
            )
        )

    def export(self) -> None:
        """Opt-in: the worker saves the summary (Markdown and PDF) in the user's data folder."""
        if self.app.registry.has("summary-export"):
            self.app.open_scene("summary-export", summary=self.summary)
            return
        from elamani_peli.export.summary_files import export_summary

        try:
            markdown, _pdf = export_summary(
                self.table.library,
                self.summary,
                self.app.translator,
                datetime.datetime.now(),
                feelings=self.feeling_lines(),
            )
        except OSError as error:
            self.saved_note = self._("Could not save the summary: {error}").format(error=error)
        else:
            self.saved = markdown
            self.saved_note = self._("Saved in your data folder: {name}").format(name=markdown)
        self.rebuild()
        self.app.request_redraw()

    def enter(self) -> None:
        """The check-out comes first if anyone checked in (beside nothing, it would mean little)."""
        super().enter()
        game_flow.summary_shown(self.table)
        self.app.sounds.play("end")  # a closing chord for the thank-you (with sounds on)
        feelings = self.table.feelings
        if feelings is not None and feelings.check_in and not feelings.asked_out:
            from .feelings import FeelingsScene

            self.app.scenes.push(FeelingsScene(self.app, self.table, "out"))

    def feeling_lines(self) -> tuple[str, ...]:
        """ "Aino: Sunny → Cloudy" per player who picked, for the saved summary (words, no numbers)."""
        feelings = self.table.feelings
        if feelings is None:
            return ()
        words = weather_words(self._)
        lines = []
        for index in range(len(self.table.session.setup.players)):
            picks = [feelings.check_in.get(index), feelings.check_out.get(index)]
            if any(picks):
                shown = [words[p] if p else "–" for p in picks]
                lines.append(f"{self.table.player_name(index)}: {shown[0]} → {shown[1]}")
        return tuple(lines)

    def print_strengths(self) -> None:
        """Asks first whether the players' names go on the cards: a card taken home may be
        seen by someone it should not be, and the worker knows whether it can."""
        _ = self._

        def answered(answer: object) -> None:
            if answer in (True, "other"):
                self.write_strength_cards(names=answer is True)

        self.app.open_scene(
            "confirm",
            answered,
            question=lambda: _(
                "Put the players' names on the take-home cards? Leave them off if a card could be "
                "seen by someone it should not be."
            ),
            confirm=lambda: _("With names"),
            other=lambda: _("Without names"),
        )

    def write_strength_cards(self, names: bool) -> None:
        """Take-home cards: one per player with the strengths they received (a PDF)."""
        from elamani_peli.engine.history import cards_drawn
        from elamani_peli.export.strengths_pdf import build_cards, export_cards

        session = self.table.session
        drawn = cards_drawn(session.library, session.setup, session.log)
        closing = drawn[-1] if drawn and self.table.state.end_reason else None
        cards = build_cards(
            session.library,
            session.setup,
            session.state,
            self.app.translator,
            closing_card=closing,
            names=names,
        )
        try:
            out = export_cards(cards, datetime.datetime.now())
        except OSError as error:
            message = self._("Could not save the cards: {error}")
            self.saved_note = message.format(error=error.strerror or error)
        else:
            self.saved_note = self._("Strength cards saved: {path}").format(path=out)
        self.rebuild()
        self.app.request_redraw()

    def finish(self) -> None:
        game_flow.finish(self.app)

    def draw_content(self, surface: pygame.Surface) -> None:
        look, _ = self.app.look, self._
        m, p = look.metrics, look.palette
        summary = self.summary
        body = pygame.Rect(m.body.left, m.body.top, m.body.width, self.panels_bottom - m.pad - m.body.top)
        left = pygame.Rect(body.left, body.top, body.width * 11 // 20, body.height)
        right = pygame.Rect(left.right + m.pad, body.top, body.right - left.right - m.pad, body.height)
        if self.compact:
            left = right = body
        if self.facts_rect.width > 0:
            look.text.draw_fitted(
                surface,
                self.saved_note or self.facts(summary),
                self.facts_rect,
                p.text_muted,
                m.font_size("body"),
                m.min_font_size,
                valign="middle",
            )

        if not self.compact or self.page == "players":
            self._draw_players(surface, summary, left)
        if not self.compact or self.page != "players":
            self._draw_session(surface, summary, right)

    def _draw_players(self, surface: pygame.Surface, summary: Summary, left: pygame.Rect) -> None:
        """Token, name, answered and passed, strengths as pills — per player."""
        look, _ = self.app.look, self._
        m, p = look.metrics, look.palette
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
            # One line: the name, and beside it how many cards were answered and passed.
            text_left = row.left + 2 * radius + m.gap
            line = pygame.Rect(text_left, row.top, row.right - text_left, min(row_height // 2, 2 * radius))
            name_rect = pygame.Rect(line.left, line.top, line.width * 2 // 5, line.height)
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
                name_rect.right + m.gap, line.top, line.right - name_rect.right - m.gap, line.height
            )
            weather = self._draw_feelings(surface, index, line)
            if weather is not None:
                counts_rect.width = max(0, weather.left - m.gap - counts_rect.left)
            look.text.draw_fitted(
                surface,
                counts,
                counts_rect,
                p.text_muted,
                m.font_size("small"),
                m.min_font_size,
                align="right",
                valign="middle",
            )
            pills: list[tuple[str, tuple | None]] = [
                (name, None) for name in counted([self.table.strength_name(s) for s in player.strengths])
            ]
            pill_area = pygame.Rect(
                text_left, line.bottom + m.gap // 2, line.width, row.bottom - line.bottom - m.gap // 2
            )
            if not pills:  # said as a quiet line, not drawn as if it were a strength
                look.text.draw_fitted(
                    surface,
                    _("No strengths this time"),
                    pill_area,
                    p.text_muted,
                    m.font_size("small"),
                    m.min_font_size,
                    "italic",
                )
                continue
            draw_pills(
                surface, look, pill_area, pills, pill_size(look, pill_area, pills, m.font_size("small"))
            )

    def _draw_feelings(self, surface: pygame.Surface, index: int, line: pygame.Rect) -> pygame.Rect | None:
        """Check-in and check-out side by side at the end of the player's line: two pictures
        with an arrow between them (a pass leaves its place empty). Returns where they went."""
        feelings = self.table.feelings
        if feelings is None:
            return None
        picks = (feelings.check_in.get(index), feelings.check_out.get(index))
        if not any(picks):
            return None
        look = self.app.look
        side = line.height
        area = pygame.Rect(line.right - side * 3, line.top, side * 3, side)
        for slot, pick in zip((area.left, area.right - side), picks, strict=True):
            if pick:
                draw_weather(surface, pick, pygame.Rect(slot, area.top, side, side), look.palette.text)
        arrow_y = area.centery
        left, right = area.left + side + side // 6, area.right - side - side // 6
        pygame.draw.line(surface, look.palette.text_muted, (left, arrow_y), (right, arrow_y), 2)
        head = side // 6
        tip = [(right, arrow_y), (right - head, arrow_y - side // 8), (right - head, arrow_y + side // 8)]
        pygame.draw.polygon(surface, look.palette.text_muted, tip)
        return area

    def _draw_session(self, surface: pygame.Surface, summary: Summary, right: pygame.Rect) -> None:
        """Themes, bookmarks, stories: each section as tall as it needs, the pills shrinking first."""
        look, _ = self.app.look, self._
        m, p = look.metrics, look.palette
        draw_soft_panel(surface, right, p, m.radius * 2)
        inner = right.inflate(-2 * m.pad, -2 * m.pad)
        heading_height = round(m.font_size("body") * 1.4)
        themes = [(self.table.theme_name(t), _theme_colour(self.table, t)) for t in summary.themes]
        themes = themes or [(_("None yet"), None)]
        y = inner.top
        if not self.compact or self.page == "themes":
            share = inner.height - heading_height if self.compact else inner.height * 2 // 5
            pill_area = pygame.Rect(inner.left, inner.top + heading_height, inner.width, share)
            size = pill_size(look, pill_area, themes, m.font_size("small"))
            self._heading(
                surface, _("Themes visited"), pygame.Rect(inner.left, inner.top, inner.width, heading_height)
            )
            y = draw_pills(surface, look, pill_area, themes, size) + m.gap
        if self.compact and self.page == "themes":
            return
        bookmarks = []
        for card_id in summary.bookmarks:  # with the follow-up question, as the guide promises
            card = self.table.library.card(card_id)
            line = self.table.text(card.text)
            if card.follow_up:
                line += " — " + _("Follow-up: {question}").format(question=self.table.text(card.follow_up))
            bookmarks.append(line)
        stories = []
        for story_summary in summary.stories:
            story = self.table.story(story_summary.story_id)
            name = story.character.name if story else story_summary.story_id
            stories.append(
                _("{name}: an ending reached").format(name=name)
                if story_summary.ending
                else _("{name}: the story goes on").format(name=name)
            )
        blocks = [(_("Bookmarked cards"), bookmarks or [_("None")]), (_("Stories"), stories or [_("None")])]
        room = inner.bottom - y - len(blocks) * heading_height
        # Stories (a line per character) get what they need at the small size; bookmarks the rest.
        stories_text = "\n".join(f"• {item}" for item in blocks[1][1])
        stories_height = min(
            room // 2, look.text.layout_at(stories_text, m.font_size("small"), inner.width).height
        )
        heights = [room - stories_height, stories_height]
        for (title, items), height in zip(blocks, heights, strict=True):
            self._heading(surface, title, pygame.Rect(inner.left, y, inner.width, heading_height))
            box = pygame.Rect(inner.left, y + heading_height, inner.width, height)
            layout = self._fitting_list(items, box)
            look.text.draw(surface, layout, box, p.text)
            y = box.bottom

    def _fitting_list(self, items: list[str], box: pygame.Rect):
        """As many items as fit legibly, then "… and N more" (the saved summary file has them all)."""
        look = self.app.look
        m = look.metrics
        for shown in range(len(items), 0, -1):
            lines = [f"• {item}" if item != self._("None") else item for item in items[:shown]]
            if shown < len(items):
                rest = len(items) - shown
                lines.append(
                    self.app.ngettext("… and {count} more", "… and {count} more", rest).format(count=rest)
                )
            layout = look.text.fit("\n".join(lines), box.size, m.font_size("small"), m.min_font_size)
            if layout.fits and not layout.below_min:
                return layout
        return layout

    def _heading(self, surface: pygame.Surface, text: str, rect: pygame.Rect) -> None:
        look = self.app.look
        m = look.metrics
        look.text.draw_fitted(
            surface,
            text,
            rect,
            look.palette.text,
            m.font_size("body"),
            m.min_font_size,
            "bold",
            valign="middle",
        )


def _theme_colour(table, theme_id: str):
    theme = table.theme(theme_id)
    return parse_hex(theme.colour) if theme else None


def register(registry: SceneRegistry) -> None:
    registry.add("summary", lambda app, **options: game_flow.open_session(app, game_flow.running(app)))
