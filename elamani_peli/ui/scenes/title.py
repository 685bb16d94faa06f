"""The title screen: the game's name, the FI/EN switch and the way into everything else.

Each entry has a number key of its own (:data:`TITLE_KEYS`) that stays the same whether or
not there is a session to continue: with a save, 7 used to mean Settings, without one Quit.
*Continue* is always in its place, greyed when there is nothing to continue, so the menu
starts at 1 and a worker learns one layout.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

from ...i18n import english_name, language_name
from ..art import Art
from ..layout import grid, split_left
from ..scene import Scene
from ..splash import GAME_NAME
from ..unfinished import confirm_replacing
from ..widgets import Button, ToggleGroup

if TYPE_CHECKING:
    from ..host import SceneHost
    from ..registry import SceneRegistry

TITLE_KEYS = ("continue", "new-game", "stories", "deck-browser", "guide", "demo", "settings", "quit")
"""The title's entries in order; an entry's number key is its place here (Continue 1 … Quit 8)."""

TITLE_PORTRAITS = ("portraits/eeka.svg", "portraits/eve.svg", "portraits/hilja-ilona.svg")
"""The built-in stories' three characters, drawn under the tagline where there is room."""


def language_switch(app: SceneHost, rect: pygame.Rect) -> ToggleGroup:
    """The FI/EN switch (and any other language with a catalog in ``locales/`` or texts in
    the content); each language is named in itself, so it reads right whatever language is
    on screen."""
    languages = app.languages()
    switch = ToggleGroup(
        "language",
        [(code, f"{code.upper()} {language_name(code)}") for code in languages],
        app.language,
        app.set_language,
        rect=rect,
        short_labels=[code.upper() for code in languages],
    )
    switch.accessible_name = app._("Language")
    return switch


class TitleScene(Scene):
    name = "title"
    pausable = False  # nothing to pause here; the header still offers Help
    header = True
    initial_focus = ("continue", "new-game")

    def __init__(self, app: SceneHost) -> None:
        super().__init__(app)
        self.art = Art()
        self.portraits: list[pygame.Rect] = []  # where the characters were last drawn

    def build(self) -> None:
        app, _ = self.app, self.app._
        m = app.look.metrics
        # larger type gives the menu more of the width: its labels carry a number and an icon,
        # the game's name may take two lines (46 % of the width at 100 %, 36 % at 200 %)
        share = 0.46 - 0.10 * min(1.0, max(0.0, m.text_scale - 1.0))
        self.name_rect, buttons_area = split_left(m.body, round(m.body.width * share), m.pad)
        entries: list[tuple[str, str, str, Callable[[], object], str]] = []
        saved = app.has_saved_session()
        if app.registry.has("resume"):  # shown greyed without a save, so the numbers start at 1
            entries.append(("continue", _("Continue"), "play", lambda: app.open_scene("resume"), "primary"))
        if app.registry.has("setup"):
            style = "normal" if saved else "primary"
            entries.append(("new-game", _("New game"), "next", self._new_game, style))
        if app.registry.has("stories"):
            entries.append(("stories", _("Stories"), "book", lambda: app.open_scene("stories"), "normal"))
        if app.registry.has("deck-browser"):
            entries.append(
                ("deck-browser", _("Deck browser"), "cards", lambda: app.open_scene("deck-browser"), "normal")
            )
        if app.registry.has("guide"):
            entries.append(("guide", _("Guide"), "info", lambda: app.open_scene("guide"), "normal"))
        if app.registry.has("demo"):
            entries.append(("demo", _("Demo"), "screen", lambda: app.open_scene("demo"), "normal"))
        entries.append(("settings", _("Settings"), "gear", lambda: app.open_scene("settings"), "normal"))
        entries.append(("quit", _("Quit"), "door", app.quit, "normal"))
        cells = grid(buttons_area, len(entries), m.button_height, m.gap + m.px(4), max_columns=2)
        block = cells[0].unionall(cells)
        cells = [cell.move(0, (buttons_area.height - block.height) // 2) for cell in cells]  # centred
        self.menu_bottom = max(cell.bottom for cell in cells)
        for (widget_id, label, icon, action, style), rect in zip(entries, cells, strict=True):
            self.form.add(
                Button(
                    widget_id,
                    label,
                    action,
                    icon=icon,
                    style=style,
                    rect=rect,
                    shortcut=TITLE_KEYS.index(widget_id) + 1,
                    align="left",
                    enabled=saved or widget_id != "continue",
                )
            )
        switch = pygame.Rect(m.pad, 0, min(m.px(420), m.header.width // 2 - m.pad), 0)
        switch.height = m.header_height - 2 * max(4, m.px(8))
        switch.centery = m.header.centery
        self.form.add(language_switch(app, switch))

    def _new_game(self) -> None:
        """New game; an unfinished session is named and replaced only if the worker says so."""
        app = self.app

        def open_setup() -> None:
            app.open_scene("setup", replace_confirmed=True)

        confirm_replacing(app, open_setup)

    def tagline(self) -> str:
        tagline = self.app._("A game for talking about everyday life, together.")
        return f"{tagline}\n\n{self.menu_note()}" if self.menu_note() else tagline

    def menu_note(self) -> str:
        """Said here, on the first screen, not on every one: a content language (``--lang sv``)
        the game's own texts have no catalog for, so menus and buttons are in English."""
        translator = self.app.translator
        if translator.catalog_found or translator.language == "en":
            return ""
        name = english_name(translator.language)  # the sentence itself is shown in English
        return self.app._("Menus are in English: the game has no {language} translation yet.").format(
            language=name
        )

    def utterances(self) -> list[str]:
        return [GAME_NAME, self.tagline()]

    def draw_content(self, surface: pygame.Surface) -> None:
        look, _ = self.app.look, self.app._
        m, p = look.metrics, look.palette
        area = self.name_rect
        name_box = pygame.Rect(area.left, area.top + area.height // 6, area.width, area.height // 3)
        drawn = look.text.fit(GAME_NAME, name_box.size, m.font_size("display"), m.min_font_size, "bold")
        look.text.draw(surface, drawn, name_box, p.text, "left", "middle")
        rule_y = name_box.centery + drawn.height // 2 + m.gap
        pygame.draw.line(
            surface, p.accent, (area.left, rule_y), (area.left + m.px(120), rule_y), max(3, m.px(5))
        )
        tagline = pygame.Rect(area.left, rule_y + m.gap * 2, area.width, area.bottom - rule_y - m.gap * 2)
        said = look.text.draw_fitted(
            surface,
            self.tagline(),
            tagline,
            p.text_muted,
            m.font_size("heading"),
            m.min_font_size,
        )
        below = tagline.top + said.height + m.gap * 2
        bottom = min(area.bottom, self.menu_bottom)  # level with the last button
        room = pygame.Rect(area.left, below, area.width, bottom - below)
        self.portraits = self.draw_portraits(surface, room)

    def draw_portraits(self, surface: pygame.Surface, room: pygame.Rect) -> list[pygame.Rect]:
        """The three characters side by side, as large as the room under the tagline allows
        (none when the type is so large that the tagline takes it); returns where they went."""
        m = self.app.look.metrics
        gap = m.gap
        height = min(room.height, m.px(200), round((room.width - 2 * gap) / 3 * 5 / 4))
        if height < m.px(90):
            return []
        width = height * 4 // 5
        drawn = []
        for index, name in enumerate(TITLE_PORTRAITS):
            picture = self.art.image(name, (width, height))
            if picture is None:
                continue
            spot = picture.get_rect(bottomleft=(room.left + index * (width + gap), room.bottom))
            drawn.append(surface.blit(picture, spot))
        return drawn


def register(registry: SceneRegistry) -> None:
    registry.add("title", TitleScene)
