"""The notice shown over the title when content files failed to load: which, and why.

The rest of the content works; the files listed were left out whole (never half a deck).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..layout import split_bottom
from ..scene import Scene
from ..scroll import Block, ScrollText
from ..widgets import Button

if TYPE_CHECKING:
    from ..registry import SceneRegistry


class ProblemsScene(Scene):
    name = "problems"
    escape_goes_back = True
    initial_focus = ("ok",)

    def title(self) -> str:
        return self.app._("Some content could not be loaded")

    def blocks(self) -> list[Block]:
        app, _ = self.app, self.app._
        content = app.content
        skipped = content.skipped_files
        blocks = [
            Block(
                "paragraph",
                app.ngettext(
                    "{n} file was left out because it has errors. Everything else works.",
                    "{n} files were left out because they have errors. Everything else works.",
                    len(skipped),
                ).format(n=app.translator.number(len(skipped))),
            ),
            Block("note", _("Whoever edits the decks can run “elamani-peli validate” for the same list.")),
        ]
        for path in skipped:
            blocks.append(Block("heading", path))
            for problem in content.errors:
                if problem.path == path:
                    blocks.append(Block("bullet", f"{problem.line}:{problem.column} {problem.message}"))
        return blocks

    def build(self) -> None:
        m, _ = self.app.look.metrics, self.app._
        text_area, buttons = split_bottom(m.body, m.button_height, m.gap)
        self.form.add(ScrollText("problems-list", self.blocks(), text_area))
        ok = buttons.copy()
        ok.width = min(buttons.width, max(m.px(300), m.font_size("button") * 9))
        self.form.add(Button("ok", _("OK, continue"), self.dismiss, icon="check", style="primary", rect=ok))


def register(registry: SceneRegistry) -> None:
    registry.add("problems", ProblemsScene)
