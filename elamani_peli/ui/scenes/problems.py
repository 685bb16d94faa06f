"""The notice shown over the title when content files failed to load: which, and why.

The rest of the content works; the files listed were left out whole (never half a deck).
The list is shown a page at a time (:data:`PAGE_SIZE` problems): a folder with 100,000
errors costs what one page costs, in time and memory, not 23 GB.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ...content.library import Problem, one_line
from ..game_scene import add_buttons
from ..layout import split_bottom
from ..scene import Scene
from ..scroll import Block, ScrollText

if TYPE_CHECKING:
    from ..host import SceneHost
    from ..registry import SceneRegistry

PAGE_SIZE = 40
"""Problems on one page of the notice."""


def page_blocks(errors: Sequence[Problem], page: int) -> list[Block]:
    """The heading and bullet blocks of one page: each file's name where its problems start."""
    blocks: list[Block] = []
    shown_path = None
    for problem in errors[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]:
        if problem.path != shown_path:
            blocks.append(Block("heading", one_line(problem.path)))
            shown_path = problem.path
        blocks.append(Block("bullet", f"{problem.line}:{problem.column} {one_line(problem.message)}"))
    return blocks


class ProblemsScene(Scene):
    name = "problems"
    escape_goes_back = True
    initial_focus = ("ok",)

    def __init__(self, app: SceneHost) -> None:
        super().__init__(app)
        errors = app.content.errors  # sorted by file and line, as the loader gives them
        self.errors = errors
        self.skipped = len({problem.path for problem in errors})
        self.page = 0

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.errors) // PAGE_SIZE))

    def title(self) -> str:
        return self.app._("Some content could not be loaded")

    def blocks(self) -> list[Block]:
        app, _ = self.app, self.app._
        blocks = [
            Block(
                "paragraph",
                app.ngettext(
                    "{n} file was left out because it has errors. Everything else works.",
                    "{n} files were left out because they have errors. Everything else works.",
                    self.skipped,
                ).format(n=app.translator.number(self.skipped)),
            ),
            Block("note", _("Whoever edits the decks can run “elamani-peli validate” for the same list.")),
        ]
        if self.pages > 1:
            blocks.append(
                Block(
                    "note",
                    _("Page {page} of {pages} ({n} problems)").format(
                        page=app.translator.number(self.page + 1),
                        pages=app.translator.number(self.pages),
                        n=app.translator.number(len(self.errors)),
                    ),
                )
            )
        return blocks + page_blocks(self.errors, self.page)

    def turn_page(self, by: int) -> None:
        page = max(0, min(self.pages - 1, self.page + by))
        if page != self.page:
            self.page = page
            self.rebuild()

    def build(self) -> None:
        m, _ = self.app.look.metrics, self.app._
        text_area, buttons = split_bottom(m.body, m.button_height, m.gap)
        self.form.add(ScrollText("problems-list", self.blocks(), text_area))
        specs: list[tuple[str, str, Callable[[], object], str | None]] = []
        if self.pages > 1:
            specs += [
                ("previous", _("Previous"), lambda: self.turn_page(-1), "back"),
                ("next", _("Next"), lambda: self.turn_page(1), "next"),
            ]
        specs.append(("ok", _("OK, continue"), self.dismiss, "check"))
        add_buttons(self, specs, buttons, primary="ok", min_width=max(m.px(220), m.font_size("button") * 7))


def register(registry: SceneRegistry) -> None:
    registry.add("problems", ProblemsScene)
