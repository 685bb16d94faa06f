"""Setting up a session: players, length, deepest level, themes, stories, content notes.

The defaults (two players, 45 minutes, level 2, every theme, the gentle stories) are
ready to play: from the title, Enter on *New game* and Enter on *Start* begin a session.
Longer lists (players, themes, stories, content notes) open in their own dialog, so the
screen stays calm and fits at 960×600 with 200 % type.
"""

from __future__ import annotations

import random
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

import pygame

from elamani_peli.engine.setup import (
    MAX_PLAYERS,
    MIN_PLAYERS,
    PlayerSetup,
    SessionSetup,
    default_setup,
    setup_problems,
)

from ...vocabulary import MAX_LEVEL, level_name, notes_in_sentence, role_names, token_names
from ...vocabulary import content_note_names as note_names
from ...vocabulary import problem_message as problem_text
from .. import game_flow
from ..art import Art
from ..board_draw import draw_token
from ..card_face import draw_soft_panel
from ..feelings import Feelings
from ..game_scene import button_rows
from ..scene import Scene
from ..table import TOKEN_PICTURES, token_picture
from ..unfinished import confirm_replacing
from ..widgets import Button, Stepper, TextInput, Toggle
from .board_choice import BoardChoiceDialog, board_facts
from .checklist import ChecklistDialog, ChecklistTexts
from .feelings import FeelingsScene

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


class TokenButton(Button):
    """A token's name with its picture on a white disc at the left: shape and name, not colour alone."""

    def __init__(self, picture: str, art: Art, *args, **options) -> None:
        super().__init__(*args, **options)
        self.picture, self.art = picture, art

    def label_rect(self, rect: pygame.Rect) -> pygame.Rect:
        return pygame.Rect(rect.left + rect.height, rect.top, rect.width - rect.height, rect.height)

    def draw(self, surface: pygame.Surface, look) -> None:
        super().draw(surface, look)
        radius = self.rect.height * 2 // 5
        centre = (self.rect.left + self.rect.height // 2 + 4, self.rect.centery)
        draw_token(surface, centre, radius, self.picture, look, self.art, current=False)


class PlayersDialog(Scene):
    """2–6 players: a nickname (any name will do), young person or worker, and a token."""

    name = "players"
    opaque = False
    initial_focus = ("name-0",)

    def __init__(self, app: SceneHost, players: tuple[PlayerSetup, ...]) -> None:
        super().__init__(app)
        self.players = list(players)
        self.page = 0
        self.art = Art()
        defaults = {app._("Young person"), app._("Worker")} | {
            app._("Player {number}").format(number=n) for n in range(1, MAX_PLAYERS + 1)
        }
        self.fresh = {i for i, p in enumerate(self.players) if p.nickname in defaults}
        """Rows still holding a default name: it is selected, so typing replaces it."""

    def title(self) -> str:
        return self.app._("Players")

    def build(self) -> None:
        m, _ = self.app.look.metrics, self.app._
        body = m.body
        self.panel = body.copy()
        inner = body.inflate(-2 * m.pad, -2 * m.pad)
        actions = [
            ("add", _("Add a player"), self.add_player, "plus", len(self.players) < MAX_PLAYERS, "normal"),
            ("done", _("Done"), self.done, "check", True, "primary"),
        ]
        action_rects = button_rows(
            inner, len(actions), height=m.button_height, gap=m.gap, min_width=round(m.font_size("button") * 7)
        )
        area = pygame.Rect(
            inner.left, inner.top, inner.width, min(r.top for r in action_rects) - m.pad - inner.top
        )
        # Column headings, then one slim row per player.
        heading_height = round(m.font_size("small") * 1.5)
        self.headings = []
        area = pygame.Rect(area.left, area.top + heading_height, area.width, area.height - heading_height)
        row_height = max(m.px(44), round(m.font_size("button") * 1.5))
        per_page = max(1, (area.height + m.gap) // (row_height + m.gap))
        pages = -(-len(self.players) // per_page)
        if pages > 1:
            per_page = max(1, per_page - 1)
            pages = -(-len(self.players) // per_page)
        self.page = pages - 1 if self.page < 0 else self.page % max(1, pages)
        first = self.page * per_page
        roles = role_names(_)
        tokens = token_names(_)
        for label, rect in zip(
            (_("Name or nickname"), _("Role"), _("Token")),
            self._columns(area, area.top - heading_height, heading_height),
            strict=False,
        ):
            self.headings.append((label, rect))
        for row, index in enumerate(range(first, min(first + per_page, len(self.players)))):
            player = self.players[index]
            y = area.top + row * (row_height + m.gap)
            rects = self._columns(area, y, row_height)
            self.form.add(
                TextInput(
                    f"name-{index}",
                    player.nickname,
                    placeholder=_("Nickname"),
                    on_change=partial(self._name_changed, index),
                    on_submit=partial(self._submit_name, index),
                    rect=rects[0],
                    selected=index in self.fresh,
                )
            )
            self.form.add(
                Button(f"role-{index}", roles[player.role], partial(self.toggle_role, index), rect=rects[1])
            )
            picture = token_picture(player.token)
            self.form.add(
                TokenButton(
                    picture,
                    self.art,
                    f"token-{index}",
                    tokens.get(picture, picture),
                    lambda i=index: self.next_token(i),
                    rect=rects[2],
                )
            )
            self.form.add(
                Button(
                    f"remove-{index}",
                    _("Remove"),
                    partial(self.remove, index),
                    icon="close",
                    rect=rects[3],
                    enabled=len(self.players) > MIN_PLAYERS,
                )
            )
        if pages > 1:
            # In the row slot kept free for it (rows are slimmer than a standard button).
            y = area.top + (min(per_page, len(self.players) - first)) * (row_height + m.gap)
            self.form.add(
                Button(
                    "more",
                    _("More players ({page}/{pages})").format(page=self.page + 1, pages=pages),
                    self._next_page,
                    icon="next",
                    rect=pygame.Rect(area.left, y, area.width // 2, row_height),
                )
            )
        for (widget_id, label, callback, icon, enabled, style), rect in zip(
            actions, action_rects, strict=True
        ):
            self.form.add(
                Button(widget_id, label, callback, icon=icon, enabled=enabled, style=style, rect=rect)
            )

    def _columns(self, area: pygame.Rect, y: int, height: int) -> list[pygame.Rect]:
        """Name, role, token and remove: the same columns for headings and rows.

        Remove gets at least the room its icon and word need at the button size (at 200 %
        type "Poista" shrank to a tiny word in 14 % of the row); the others share the rest."""
        m, text = self.app.look.metrics, self.app.look.text
        size = m.font_size("button")
        word = text.layout_at(self.app._("Remove"), size, 10_000, "bold").width
        needed = word + round(size * 1.4) + 3 * m.gap
        remove = min(round(area.width * 0.3), max(round(area.width * 0.14), needed))
        rest = area.width - remove
        widths = [round(rest * share / 0.86) for share in (0.36, 0.26, 0.24)] + [remove]
        rects, x = [], area.left
        for width in widths:
            rects.append(pygame.Rect(x, y, width - 8, height))
            x += width
        return rects

    def _set(self, index: int, **changes) -> None:
        self.players[index] = replace(self.players[index], **changes)

    def _submit_name(self, index: int, _value: str) -> None:
        self._next_name(index)

    def toggle_role(self, index: int) -> None:
        self._set(index, role="worker" if self.players[index].role == "young" else "young")
        self.rebuild()

    def next_token(self, index: int) -> None:
        taken = {token_picture(p.token) for i, p in enumerate(self.players) if i != index}
        current = token_picture(self.players[index].token)
        start = TOKEN_PICTURES.index(current) if current in TOKEN_PICTURES else -1
        for step in range(1, len(TOKEN_PICTURES) + 1):
            candidate = TOKEN_PICTURES[(start + step) % len(TOKEN_PICTURES)]
            if candidate not in taken:
                self._set(index, token=candidate)
                break
        self.rebuild()

    def add_player(self) -> None:
        taken = {token_picture(p.token) for p in self.players}
        token = next(t for t in TOKEN_PICTURES if t not in taken)
        number = len(self.players) + 1
        self.players.append(PlayerSetup(self.app._("Player {number}").format(number=number), "young", token))
        self.fresh.add(len(self.players) - 1)
        self.page = -1  # the last page, where the new player is
        self.rebuild()
        self.form.focus(f"name-{len(self.players) - 1}")

    def remove(self, index: int) -> None:
        if len(self.players) > MIN_PLAYERS:
            del self.players[index]
            self.fresh = {i - (i > index) for i in self.fresh if i != index}
            self.rebuild()

    def _next_page(self) -> None:
        self.page += 1
        self.rebuild()
        self.form.focus("more")

    def _name_changed(self, index: int, value: str) -> None:
        self.fresh.discard(index)
        self._set(index, nickname=value)

    def _next_name(self, index: int) -> None:
        """Enter in a name: on to the next player's name, or Done after the last."""
        if self.form.find(f"name-{index + 1}") is not None:
            self.form.focus(f"name-{index + 1}")
            self.app.request_redraw()
        else:
            self.done()

    def done(self) -> None:
        players = [replace(p, nickname=p.nickname.strip()) for p in self.players]
        fallback = self.app._("Player {number}")
        players = [
            p if p.nickname else replace(p, nickname=fallback.format(number=i + 1))
            for i, p in enumerate(players)
        ]
        self.dismiss(tuple(players))

    def escape(self) -> bool:
        """A dialog: Esc goes back to the setup, keeping the edits like Done (there is no Cancel)."""
        self.done()
        return True

    def draw_content(self, surface: pygame.Surface) -> None:
        look = self.app.look
        m = look.metrics
        draw_soft_panel(surface, self.panel, look.palette, m.radius * 2)
        for label, rect in self.headings:
            look.text.draw_fitted(
                surface,
                label,
                rect,
                look.palette.text_muted,
                m.font_size("small"),
                m.min_font_size,
                "bold",
                valign="middle",
            )


def register(registry: SceneRegistry) -> None:
    registry.add("setup", lambda app, replace_confirmed=False, **options: SetupScene(app, replace_confirmed))
