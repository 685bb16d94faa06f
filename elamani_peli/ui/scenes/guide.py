"""The facilitator's guide, read from ``docs/`` in the current language and shown as scrollable text."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from ...guide import GUIDE_FILES, guide_path  # noqa: F401  (GUIDE_FILES: re-exported)
from ..layout import split_bottom
from ..markdown import markdown_blocks
from ..scene import Scene
from ..scroll import Block, ScrollText
from ..widgets import Button

if TYPE_CHECKING:
    from ..registry import SceneRegistry

log = logging.getLogger(__name__)


class GuideScene(Scene):
    name = "guide"
    escape_goes_back = True
    initial_focus = ("guide-text",)

    def title(self) -> str:
        return self.app._("Guide for the facilitator")

    def blocks(self) -> list[Block]:
        path = guide_path(self.app.language)
        if path is None:
            return [Block("paragraph", self.app._("The guide is not installed with this copy of the game."))]
        try:
            return markdown_blocks(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as error:
            log.warning("Could not read the guide %s: %s", path, error)
            return [Block("paragraph", self.app._("The guide could not be read."))]

    def build(self) -> None:
        m, _ = self.app.look.metrics, self.app._
        text_area, buttons = split_bottom(m.body, m.button_height, m.gap)
        self.form.add(ScrollText("guide-text", self.blocks(), text_area))
        back = buttons.copy()
        back.width = min(buttons.width, max(m.px(260), m.font_size("button") * 8))
        self.form.add(Button("back", _("Back"), self.dismiss, icon="back", style="primary", rect=back))


def register(registry: SceneRegistry) -> None:
    registry.add("guide", GuideScene)
