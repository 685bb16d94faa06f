"""Setting up a session: players, length, deepest level, themes, stories, content notes.

The defaults (two players, 45 minutes, level 2, every theme, the gentle stories) are
ready to play: from the title, Enter on *New game* and Enter on *Start* begin a session.
Longer lists (players, themes, stories, content notes) open in their own dialog, so the
screen stays calm and fits at 960×600 with 200 % type.
"""

from __future__ import annotations

import random
from dataclasses import replace
from typing import TYPE_CHECKING

import pygame

from elamani_peli.engine.setup import (
    PlayerSetup,
    SessionSetup,
    default_setup,
    setup_problems,
)

from ...vocabulary import MAX_LEVEL, level_name, notes_in_sentence, role_names
from ...vocabulary import content_note_names as note_names
from ...vocabulary import problem_message as problem_text
from .. import game_flow
from ..card_face import draw_soft_panel
from ..feelings import Feelings
from ..game_scene import button_rows
from ..scene import Scene
from ..unfinished import confirm_replacing
from ..widgets import Button, Stepper, Toggle
from .board_choice import BoardChoiceDialog, board_facts
from .checklist import ChecklistDialog, ChecklistTexts
from .feelings import FeelingsScene
from .players import PlayersDialog

if TYPE_CHECKING:
    from ..host import SceneHost
    from ..registry import SceneRegistry

LENGTH_LIMITS = {"minutes": (10, 120, 5), "rounds": (1, 20, 1)}


def default_nicknames(_, players: tuple[PlayerSetup, ...]) -> tuple[PlayerSetup, ...]:
    """The engine's default players named in the player's language (the engine holds no
    words): the young person and the worker by their role, any others by number."""
    roles = role_names(_)
    return tuple(
        replace(
            player,
            nickname=roles[player.role] if index < 2 else _("Player {number}").format(number=index + 1),
        )
        for index, player in enumerate(players)
    )


class SetupScene(Scene):
    name = "setup"
    escape_goes_back = True  # like Back, and like Esc in every dialog; Pause stays in the header
    initial_focus = ("start",)

    def __init__(self, app: SceneHost, replace_confirmed: bool = False) -> None:
        super().__init__(app)
        self.replace_confirmed = replace_confirmed
        """True when the worker already agreed to replace the unfinished session (on the title)."""
        seed = app.seed if app.seed is not None else random.SystemRandom().randrange(2**31)
        setup = default_setup(app.library, seed=seed)
        self.setup: SessionSetup = replace(setup, players=default_nicknames(app._, setup.players))
        self.problems: list[str] = []
        self.check_in = True
        self.page = 0
        self.lengths = {"minutes": 45, "rounds": 6}
        """The length of each unit, kept while the other one is chosen."""
        """Check-in and check-out: on by default for a new session (memory only, never saved)."""
        self.plan_note = ""

    def title(self) -> str:
        return self.app._("New game")

    # -- layout -----------------------------------------------------------------------------
    def build(self) -> None:
        m, _ = self.app.look.metrics, self.app._
        body = m.body
        start_rects = button_rows(
            body, 3, height=m.button_height, gap=m.gap, min_width=round(m.font_size("button") * 7)
        )
        self.form.add(Button("back", _("Back"), self.app.back_to_title, icon="back", rect=start_rects[0]))
        self.form.add(Button("plan", _("Print plan"), self.print_plan, icon="save", rect=start_rects[1]))
        self.form.add(
            Button("start", _("Start"), self.start, icon="play", style="primary", rect=start_rects[2])
        )
        top = min(r.top for r in start_rects)
        self.message_rect = pygame.Rect(
            body.left,
            top - m.gap - round(m.font_size("small") * 1.6),
            body.width,
            round(m.font_size("small") * 1.6),
        )
        area = pygame.Rect(body.left, body.top, body.width, self.message_rect.top - m.gap - body.top)
        left_items, right_items = self._items()
        # Two soft panels — who plays and about what; how long and how deep — or one when narrow.
        two_columns = area.width >= round(m.font_size("button") * 22)
        heading_height = round(m.font_size("body") * 1.5)
        room = area.height - 2 * m.gap - heading_height
        fit = max(2, (room + m.gap) // (m.button_height + m.gap))  # rows at full button height
        if two_columns and fit >= len(left_items):  # calm and airy: panels as tall as they need
            needed = 2 * m.gap + heading_height + m.focus_width + len(left_items) * (m.button_height + m.gap)
            area.height = min(area.height, needed)
            left = pygame.Rect(area.left, area.top, (area.width - m.pad) // 2, area.height)
            right = pygame.Rect(left.right + m.pad, area.top, area.width - left.width - m.pad, area.height)
            self.panels = [(_("Who plays, and about what"), left), (_("How long, and how deep"), right)]
            for items, panel in ((left_items, left), (right_items, right)):
                for widget, rect in zip(items, self._rows(panel, len(items), heading_height), strict=False):
                    widget.rect = rect
                    self.form.add(widget)
            return
        # Large type in a small window: the rows keep their full size and turn pages instead
        # of shrinking their labels (the "More" button is the last slot of a page).
        self.panels = [(_("This session"), area)]
        items = left_items + right_items
        columns = 2 if two_columns else 1
        per_page = len(items) if columns * fit >= len(items) else columns * fit - 1
        pages = -(-len(items) // per_page)
        self.page %= pages
        shown = items[self.page * per_page : (self.page + 1) * per_page]
        inner = area.inflate(-2 * m.gap, -2 * m.gap)
        width = (inner.width - m.gap * (columns - 1)) // columns
        top = inner.top + heading_height
        step = m.button_height + m.gap
        slots = [
            pygame.Rect(inner.left + c * (width + m.gap), top + r * step, width, m.button_height)
            for r in range(fit)
            for c in range(columns)
        ]
        for widget, rect in zip(shown, slots, strict=False):
            widget.rect = rect
            self.form.add(widget)
        if pages > 1:
            label = _("More ({page}/{pages})").format(page=self.page + 1, pages=pages)
            self.form.add(Button("more", label, self._next_page, icon="next", rect=slots[len(shown)]))

    def _next_page(self) -> None:
        self.page += 1
        self.rebuild()
        self.form.focus("more")
        self.app.request_redraw()

    def _items(self) -> tuple[list, list]:
        """The setup's rows, in two groups (who and what; how long and how deep), without places."""
        _, setup = self.app._, self.setup
        left = [
            Button("players", self.players_label(), self.edit_players, align="left"),
            Button("themes", self.themes_label(), self.edit_themes, align="left"),
            Button("stories", self.stories_label(), self.edit_stories, align="left"),
            Button("notes", self.notes_label(), self.edit_notes, align="left"),
            Toggle("check-in", _("Check-in and check-out"), self.check_in, self.set_check_in),
        ]
        # A button, so it says what pressing it does, not only what is chosen.
        unit_label = (
            _("Length in minutes · switch to rounds")
            if setup.length_unit == "minutes"
            else _("Length in rounds · switch to minutes")
        )
        low, high, step = LENGTH_LIMITS[setup.length_unit]
        level_label = _("Deepest level: {level} · {name}").format(
            level=setup.max_level, name=level_name(_, setup.max_level)
        )
        length = Stepper("length", setup.length, low, high, step, self.format_length, self.set_length)
        length.accessible_name = unit_label  # read aloud: what the number is
        right = [
            Button("unit", unit_label, self.toggle_unit, icon="next", align="left"),
            length,
            Button("level", level_label, self.cycle_level, align="left"),
            Button("board", self.board_label(), self.edit_board, align="left"),
        ]
        return left, right

    def _rows(self, panel: pygame.Rect, count: int, heading_height: int) -> list[pygame.Rect]:
        """``count`` rows under a panel's heading, as tall as a button where there is room."""
        m = self.app.look.metrics
        inner = panel.inflate(-2 * m.gap, -2 * m.gap)
        top = inner.top + heading_height + m.focus_width  # a focus ring never covers the heading
        height = min(m.button_height, (inner.bottom - top - m.gap * (count - 1)) // count)
        return [
            pygame.Rect(inner.left, top + i * (height + m.gap), inner.width, height) for i in range(count)
        ]

    def board_label(self) -> str:
        board = self.app.library.boards.get(self.setup.board_id)
        if board is None:
            return self.app._("Board")
        return board_facts(self.app, board, len(self.setup.players))

    def edit_board(self) -> None:
        dialog = BoardChoiceDialog(self.app, self.setup.board_id, len(self.setup.players))
        self.app.scenes.push(dialog, self._board_chosen)

    def _board_chosen(self, chosen: str | None) -> None:
        if chosen is not None:
            self._change(board_id=chosen)

    def set_check_in(self, on: bool) -> None:
        self.check_in = on
        self.app.request_redraw()

    def print_plan(self) -> None:
        """The session plan of these choices as a PDF beside the saved summaries."""
        import datetime

        from elamani_peli.export.plan_pdf import build_plan, write_plan_pdf

        from ..storage import summaries_dir

        out = summaries_dir() / f"elamani-peli-plan-{datetime.datetime.now():%Y-%m-%d-%H%M%S}.pdf"
        try:
            write_plan_pdf(build_plan(self.app.library, self.setup, self.app.translator), out)
        except OSError as error:
            message = self.app._("Could not write the plan: {error}")
            self.plan_note = message.format(error=error.strerror or error)
        else:
            self.plan_note = self.app._("Plan saved: {path}").format(path=out)
        self.problems = []
        self.app.request_redraw()

    def players_label(self) -> str:
        names = ", ".join(p.nickname for p in self.setup.players)
        return self.app._("Players: {names}").format(names=names)

    def themes_label(self) -> str:
        total, chosen = len(self.app.library.themes), len(self.setup.themes)
        if chosen == total:
            return self.app._("Themes: all {count}").format(count=total)
        return self.app._("Themes: {chosen} of {count}").format(chosen=chosen, count=total)

    def stories_label(self) -> str:
        if not self.setup.stories:
            return self.app._("Stories: off")
        names = ", ".join(self.app.library.stories[s].character.name for s in self.setup.stories)
        return self.app._("Stories: {names}").format(names=names)

    def notes_label(self) -> str:
        if not self.setup.content_notes:
            return self.app._("Content notes: none allowed")
        return self.app._("Content notes allowed: {notes}").format(
            notes=notes_in_sentence(self.app._, self.setup.content_notes)
        )

    def format_length(self, value: float) -> str:
        if self.setup.length_unit == "minutes":
            return self.app._("{count} min").format(count=int(value))
        return self.app.ngettext("{count} round", "{count} rounds", int(value)).format(count=int(value))

    # -- changes ----------------------------------------------------------------------------
    def _change(self, **changes) -> None:
        self.setup = replace(self.setup, **changes)
        self.problems = []
        self.plan_note = ""
        self.rebuild()
        self.app.request_redraw()

    def set_length(self, value: float) -> None:
        self._change(length=int(value))

    def toggle_unit(self) -> None:
        """Minutes ⇄ rounds; each keeps the value it had, so switching back loses nothing."""
        self.lengths[self.setup.length_unit] = self.setup.length
        unit = "rounds" if self.setup.length_unit == "minutes" else "minutes"
        self._change(length_unit=unit, length=self.lengths[unit])

    def _problem_text(self, problem: str) -> str:
        """A problem in words; a story that cannot run is named, with where to fix it."""
        if problem != "setup-story-content-note":
            return problem_text(self.app._, problem)
        library, allowed = self.app.library, self.setup.content_notes
        blocked = [
            library.stories[s].character.name
            for s in self.setup.stories
            if s in library.stories and not set(library.stories[s].content_notes) <= set(allowed)
        ]
        return self.app._(
            "{names}: the story needs a content note that is not allowed. Allow it under "
            "Content notes, or leave the story out under Stories."
        ).format(names=", ".join(blocked))

    def cycle_level(self) -> None:
        self._change(max_level=self.setup.max_level % MAX_LEVEL + 1)

    def edit_players(self) -> None:
        self.app.scenes.push(PlayersDialog(self.app, self.setup.players), self._players_chosen)

    def _players_chosen(self, players) -> None:
        if players is not None:
            self._change(players=players)

    # The checklists get their texts as functions so that they follow a language switch.
    def edit_themes(self) -> None:
        def texts() -> ChecklistTexts:
            options = [(theme.id, self._text(theme.name)) for theme in self.app.library.themes.values()]
            return self.app._("Themes in play"), options, ""

        self.app.scenes.push(
            ChecklistDialog.translated(self.app, texts, self.setup.themes),
            lambda chosen: None if chosen is None else self._change(themes=chosen),
        )

    def edit_stories(self) -> None:
        def texts() -> ChecklistTexts:
            options = []
            for story in self.app.library.stories.values():
                character = story.character  # who they are says more than "Eeka — Eeka's story"
                label = (
                    self.app._("{name}, {age} years").format(name=character.name, age=character.age)
                    if character.age is not None
                    else character.name
                )
                if story.content_notes:
                    label += " (" + notes_in_sentence(self.app._, story.content_notes) + ")"
                options.append((story.id, label))
            note = self.app._("A story with a content note plays only when that note is allowed.")
            return self.app._("Stories in play"), options, note

        self.app.scenes.push(
            ChecklistDialog.translated(self.app, texts, self.setup.stories),
            lambda chosen: None if chosen is None else self._change(stories=chosen),
        )

    def edit_notes(self) -> None:
        found: list[str] = []
        library = self.app.library
        deck_notes = [deck.content_notes for deck in library.decks.values()]
        for notes in [*deck_notes, *(story.content_notes for story in library.stories.values())]:
            found += [n for n in notes if n not in found]

        def texts() -> ChecklistTexts:
            names = note_names(self.app._)
            options = [(n, names.get(n, n)) for n in found]
            note = self.app._(
                "Sensitive cards and stories stay out unless their content note is allowed here."
            )
            return self.app._("Content notes"), options, note

        self.app.scenes.push(
            ChecklistDialog.translated(self.app, texts, self.setup.content_notes),
            lambda chosen: None if chosen is None else self._change(content_notes=chosen),
        )

    def _text(self, text) -> str:
        from elamani_peli.content.text import localize

        return localize(text, self.app.language)[0]

    def start(self) -> None:
        self.problems = setup_problems(self.app.library, self.setup)
        if self.problems:
            self.app.request_redraw()
            return
        if not self.replace_confirmed:
            confirm_replacing(self.app, self._start_confirmed)
            return
        hub = game_flow.start_new_game(self.app, self.setup)
        if self.check_in:  # each player first picks their weather (memory only, ui/feelings.py)
            hub.table.feelings = Feelings()
            self.app.scenes.push(FeelingsScene(self.app, hub.table, "in"))

    def _start_confirmed(self) -> None:
        self.replace_confirmed = True
        self.start()

    def draw_content(self, surface: pygame.Surface) -> None:
        look = self.app.look
        m, p = look.metrics, look.palette
        for heading, panel in self.panels:
            draw_soft_panel(surface, panel, p, m.radius * 2)
            inner = panel.inflate(-2 * m.gap, -2 * m.gap)
            rect = pygame.Rect(
                inner.left + m.gap // 2, inner.top, inner.width - m.gap, round(m.font_size("body") * 1.5)
            )
            look.text.draw_fitted(
                surface,
                heading,
                rect,
                p.text_muted,
                m.font_size("body"),
                m.min_font_size,
                "bold",
                valign="middle",
            )
        if self.problems:
            text = " ".join(self._problem_text(problem) for problem in self.problems)
            colour, weight = p.danger, "bold"
        elif self.plan_note:
            text, colour, weight = self.plan_note, p.text_muted, "regular"
        else:
            text = self.app._("Ready when you are: Start begins with these choices.")
            colour, weight = p.text_muted, "regular"
        look.text.draw_fitted(
            surface,
            text,
            self.message_rect,
            colour,
            m.font_size("small"),
            m.min_font_size,
            weight,
            valign="middle",
        )


def register(registry: SceneRegistry) -> None:
    registry.add("setup", lambda app, replace_confirmed=False, **options: SetupScene(app, replace_confirmed))
