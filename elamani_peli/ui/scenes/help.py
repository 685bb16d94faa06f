"""Help: where to get support now, from the content's ``resources`` file, in the current language.

Reachable from every scene in one step (F1 or the Help button); F1 again, Esc or Back
closes it and play continues exactly where it was. Help follows the topic: when the
screen below shows a deck or story with content notes or a theme (its ``help_topics``),
the services that list one of those topics come first, each marked as matching.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from ...content.text import localize
from ..layout import split_bottom
from ..scene import Scene
from ..scroll import Block, ScrollText
from ..widgets import Button
from .setup import note_names

if TYPE_CHECKING:
    from ..host import SceneHost
    from ..registry import SceneRegistry


class HelpScene(Scene):
    name = "help"
    escape_goes_back = True
    initial_focus = ("back",)

    def __init__(self, app: SceneHost) -> None:
        super().__init__(app)
        self.topics = self._table_topics()

    def _table_topics(self) -> tuple[str, ...]:
        """The topics of the nearest scene below that has some (pause and dialogs have none)."""
        for scene in reversed(list(self.app.scenes)):
            if scene is not self and scene.help_topics():
                return scene.help_topics()
        return ()

    def title(self) -> str:
        return self.app._("Help and support")

    def topic_names(self) -> str:
        """The table's topics in words: content-note names and theme names."""
        notes, themes = note_names(self.app._), self.app.library.themes
        names = [
            localize(themes[topic].name, self.app.language)[0]
            if topic in themes
            else notes.get(topic, topic).lower()
            for topic in self.topics
        ]
        return ", ".join(names)

    def blocks(self) -> list[Block]:
        app, _ = self.app, self.app._
        blocks = [
            Block(
                "paragraph",
                _("If something in the game or in your life feels heavy, you do not have to carry it alone."),
            ),
            Block(
                "paragraph", _("These services listen and help. Talking to them is free and confidential.")
            ),
        ]
        services = app.library.help_services(app.language, self.topics)
        if not services:
            blocks.append(Block("strong", _("No help services are listed. In an emergency, call 112.")))
        matching = [service for service in services if service.matches(self.topics)]
        if matching:
            if services[0] is not app.library.help_services(app.language)[0]:
                # the file's first service (the emergency number) moves down: say it up here
                blocks.append(Block("strong", _("In an emergency, call 112.")))
            first = _("First, services for the topic at the table ({topics}):")
            blocks.append(Block("strong", first.format(topics=self.topic_names())))
        for index, service in enumerate(services):
            if matching and index == len(matching):
                blocks.append(Block("strong", _("Other services:")))
            blocks.append(Block("heading", service.name))
            if index < len(matching):
                blocks.append(Block("note", _("For the topic at the table")))
            blocks.append(Block("strong", service.contact))
            if service.hours:
                blocks.append(Block("paragraph", service.hours))
            if service.description:
                blocks.append(Block("paragraph", service.description))
        return blocks + self.key_blocks()

    def key_blocks(self) -> list[Block]:
        """The keys that work everywhere; key names are keycap labels, not translated."""
        _ = self.app._
        return [
            Block("heading", _("Keys")),
            Block("bullet", _("{key}: help, from any screen").format(key="F1")),
            Block("bullet", _("{key}: pause").format(key="Esc")),
            Block("bullet", _("{key}: full screen").format(key="F11")),
            Block("bullet", _("{key}: switch language").format(key=", ".join(("F2", "Ctrl+L")))),
            Block("bullet", _("{key}: read aloud on or off").format(key="F3")),
            Block("bullet", _("{key}: say it again").format(key="F4")),
            Block(
                "bullet",
                _("{key} and the arrow keys: move between buttons").format(
                    key=", ".join(("Tab", "Shift+Tab"))
                ),
            ),
            Block("bullet", _("{key} or the space bar: press the chosen button").format(key="Enter")),
            Block("bullet", _("Number keys: the numbered buttons")),
        ]

    def checked_note(self) -> str:
        """When the contacts were last checked: always on screen, beside the Back button."""
        resources = self.app.library.resources
        if resources is None:
            return ""
        checked = self.app.translator.date(resources.checked)
        return self.app._("These contacts were checked on {date}.").format(date=checked)

    def build(self) -> None:
        m, _ = self.app.look.metrics, self.app._
        text_area, buttons = split_bottom(m.body, m.button_height, m.gap)
        self.form.add(ScrollText("services", self.blocks(), text_area))
        back = buttons.copy()
        back.width = min(buttons.width, max(m.px(260), m.font_size("button") * 8))
        self.form.add(Button("back", _("Back"), self.dismiss, icon="back", style="primary", rect=back))
        self.note_rect = pygame.Rect(
            back.right + m.pad, buttons.top, buttons.right - back.right - m.pad, buttons.height
        )

    def draw_content(self, surface: pygame.Surface) -> None:
        look = self.app.look
        m = look.metrics
        look.text.draw_fitted(
            surface,
            self.checked_note(),
            self.note_rect,
            look.palette.text_muted,
            m.font_size("small"),
            m.min_font_size,
            "regular",
            "left",
            "middle",
        )


def register(registry: SceneRegistry) -> None:
    registry.add("help", HelpScene)
