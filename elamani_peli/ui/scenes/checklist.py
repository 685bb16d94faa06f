"""A modal list of on/off choices (themes, stories, content notes), paged to fit the window.

Answers with the tuple of chosen ids (in the order offered) or None when cancelled.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

import pygame

from ..card_face import draw_soft_panel
from ..game_scene import button_rows
from ..scene import Scene
from ..widgets import Button, Toggle

if TYPE_CHECKING:
    from ..host import SceneHost

ChecklistTexts = tuple[str, list[tuple[str, str]], str]
"""The heading, the options as (id, label) and the note, in one language."""


class ChecklistDialog(Scene):
    name = "checklist"
    escape_goes_back = True
    opaque = False
    initial_focus = ("option-0",)

    def __init__(
        self,
        app: SceneHost,
        heading: str,
        options: list[tuple[str, str]],
        chosen: tuple[str, ...],
        *,
        note: str = "",
    ) -> None:
        super().__init__(app)
        self.heading, self.options, self.note = heading, options, note
        self.chosen = set(chosen)
        self.page = 0
        self.texts: Callable[[], ChecklistTexts] | None = None

    @classmethod
    def translated(
        cls, app: SceneHost, texts: Callable[[], ChecklistTexts], chosen: tuple[str, ...]
    ) -> ChecklistDialog:
        """A checklist that follows a language switch: ``texts()`` gives the heading, the
        options and the note in the current language, and runs again on every build."""
        heading, options, note = texts()
        dialog = cls(app, heading, options, chosen, note=note)
        dialog.texts = texts
        return dialog

    def title(self) -> str:
        return self.heading

    def build(self) -> None:
        m, _ = self.app.look.metrics, self.app._
        if self.texts is not None:
            self.heading, self.options, self.note = self.texts()
        body = m.body
        self.panel = body.copy()
        inner = body.inflate(-2 * m.pad, -2 * m.pad)
        note_height = round(m.font_size("small") * 2.6) if self.note else 0
        self.note_rect = pygame.Rect(inner.left, inner.top, inner.width, note_height)
        actions = [  # the way out on the left, Done on the right: as in Players and the setup
            ("cancel", _("Cancel"), lambda: self.dismiss(None), "close", "normal"),
            ("done", _("Done"), self._done, "check", "primary"),
        ]
        action_rects = button_rows(
            inner, len(actions), height=m.button_height, gap=m.gap, min_width=round(m.font_size("button") * 6)
        )
        grid = pygame.Rect(
            inner.left, inner.top + note_height + (m.gap if note_height else 0), inner.width, 0
        )
        grid.height = min(r.top for r in action_rects) - m.pad - grid.top
        min_width = round(m.font_size("button") * 8)
        columns = max(1, min(3, (grid.width + m.gap) // (min_width + m.gap), -(-len(self.options) // 3)))
        rows = max(1, (grid.height + m.gap) // (m.button_height + m.gap))
        per_page = columns * rows
        if len(self.options) > per_page:
            per_page -= 1
        pages = max(1, -(-len(self.options) // per_page))
        self.page %= pages
        shown = self.options[self.page * per_page : (self.page + 1) * per_page]
        width = (grid.width - m.gap * (columns - 1)) // columns
        slots: list[tuple[str, str] | None] = [*shown, None] if pages > 1 else list(shown)
        for index, option in enumerate(slots):
            row, column = divmod(index, columns)
            rect = pygame.Rect(
                grid.left + column * (width + m.gap),
                grid.top + row * (m.button_height + m.gap),
                width,
                m.button_height,
            )
            if option is None:
                label = _("More ({page}/{pages})").format(page=self.page + 1, pages=pages)
                self.form.add(Button("more", label, self._next_page, icon="next", rect=rect))
                continue
            option_id, label = option
            self.form.add(
                Toggle(
                    f"option-{index}",
                    label,
                    option_id in self.chosen,
                    partial(self._set, option_id),
                    rect=rect,
                )
            )
        for (widget_id, label, callback, icon, style), rect in zip(actions, action_rects, strict=True):
            self.form.add(Button(widget_id, label, callback, icon=icon, style=style, rect=rect))

    def _set(self, option_id: str, on: bool) -> None:
        (self.chosen.add if on else self.chosen.discard)(option_id)

    def _next_page(self) -> None:
        self.page += 1
        self.rebuild()
        self.form.focus("more")

    def _done(self) -> None:
        self.dismiss(tuple(o for o, _ in self.options if o in self.chosen))

    def draw_content(self, surface: pygame.Surface) -> None:
        look = self.app.look
        m, p = look.metrics, look.palette
        draw_soft_panel(surface, self.panel, p, m.radius * 2)
        if self.note:
            look.text.draw_fitted(
                surface,
                self.note,
                self.note_rect,
                p.text_muted,
                m.font_size("small"),
                m.min_font_size,
                valign="middle",
            )
