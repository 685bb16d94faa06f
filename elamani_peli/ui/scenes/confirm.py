"""A yes/no question as a modal; it answers through ``dismiss(True | False)`` (or
``dismiss("other")`` when it offers a second way to say yes)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

from ..layout import centered, columns
from ..scene import Scene
from ..widgets import Button

if TYPE_CHECKING:
    from ..host import SceneHost
    from ..registry import SceneRegistry


Text = str | Callable[[], str]
"""A text, or a function giving it in the current language (so a language switch reaches it)."""


def _in_current_language(text: Text) -> str:
    return text() if callable(text) else text


class ConfirmScene(Scene):
    """``app.open_scene("confirm", on_result, question=..., confirm=..., danger=True)``.

    ``question`` and ``confirm`` may be functions (``lambda: _("Delete?")``): they are asked
    again after a language switch, so the open question changes language with everything else.
    ``other`` adds a middle button answering ``"other"`` (print *with* or *without* names);
    Esc and Cancel still answer False, so leaving is never one of the yeses.
    """

    name = "confirm"
    opaque = False
    pausable = False
    initial_focus = ("cancel",)  # the safe answer is the default one

    def __init__(
        self, app: SceneHost, question: Text = "", confirm: Text = "", danger: bool = False, other: Text = ""
    ) -> None:
        super().__init__(app)
        self.question, self.confirm, self.danger, self.other = question, confirm, danger, other

    def build(self) -> None:
        m, _ = self.app.look.metrics, self.app._
        width = max(m.px(760), m.width * 3 // 4) if self.other else max(m.px(560), m.width // 2)
        self.panel = centered(m.window.inflate(-2 * m.pad, -2 * m.pad), width, m.height * 2 // 3)
        inner = self.panel.inflate(-2 * m.pad, -2 * m.pad)
        self.question_rect = pygame.Rect(
            inner.left, inner.top, inner.width, inner.height - m.button_height - m.pad
        )
        buttons = pygame.Rect(inner.left, inner.bottom - m.button_height, inner.width, m.button_height)
        cells = columns(buttons, 3 if self.other else 2, m.gap)
        cancel, confirm = cells[0], cells[-1]
        self.form.add(Button("cancel", _("Cancel"), lambda: self.dismiss(False), icon="close", rect=cancel))
        if self.other:
            other = _in_current_language(self.other)
            self.form.add(Button("other", other, lambda: self.dismiss("other"), icon="check", rect=cells[1]))
        self.form.add(
            Button(
                "confirm",
                _in_current_language(self.confirm) or _("Yes"),
                lambda: self.dismiss(True),
                icon="trash" if self.danger else "check",
                style="danger" if self.danger else "primary",
                rect=confirm,
            )
        )

    def escape(self) -> bool:
        self.dismiss(False)
        return True

    def utterances(self) -> list[str]:
        return [_in_current_language(self.question)]

    def draw_content(self, surface: pygame.Surface) -> None:
        look = self.app.look
        m = look.metrics
        look.panel(surface, self.panel)
        look.text.draw_fitted(
            surface,
            _in_current_language(self.question),
            self.question_rect,
            look.palette.text,
            m.font_size("heading"),
            m.min_font_size,
            "bold",
            "left",
            "middle",
        )


def register(registry: SceneRegistry) -> None:
    registry.add("confirm", ConfirmScene)
