"""The friendly crash screen: what happened in plain words, where the details went, and a way on.

No traceback here — it is in the log file. The session save is untouched, so Continue on
the title picks up after the last completed turn.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..app import log_path
from ..layout import columns, split_bottom
from ..scene import Scene
from ..scroll import Block, ScrollText
from ..widgets import Button

if TYPE_CHECKING:
    from ..registry import SceneRegistry


class ErrorScene(Scene):
    name = "error"
    pausable = False
    initial_focus = ("title",)

    def build(self) -> None:
        app, _ = self.app, self.app._
        m = app.look.metrics
        area = m.window.inflate(-2 * m.pad, -2 * m.pad)
        text_area, buttons = split_bottom(area, m.button_height, m.gap)
        blocks = [
            Block("title", _("Something went wrong")),
            Block("paragraph", _("The game ran into a problem it did not expect. This was not your fault.")),
            Block(
                "paragraph",
                _("Your game is saved up to the last finished turn: choose Continue on the title screen."),
            ),
            Block("note", _("Details for whoever looks after this computer were written to:")),
            Block("note", str(log_path())),
        ]
        self.form.add(ScrollText("message", blocks, text_area))
        back, leave = columns(buttons, 2, m.gap)
        self.form.add(
            Button("title", _("Back to title"), app.back_to_title, icon="back", style="primary", rect=back)
        )
        self.form.add(Button("quit", _("Quit"), app.quit, icon="door", rect=leave))

    def escape(self) -> bool:
        self.app.back_to_title()
        return True


def register(registry: SceneRegistry) -> None:
    registry.add("error", ErrorScene, sample=lambda app, seed: app.scenes.push(ErrorScene(app)))
