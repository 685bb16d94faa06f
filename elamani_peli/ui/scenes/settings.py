"""Settings: language, type size, contrast, motion, fullscreen, bilingual cards — and what
the game stores on this computer, each item with its path and a Delete button.

Two sections behind a segmented switch, so every control keeps a finger-sized height at
960×600 with 200 % type. Every change applies and is saved at once; there is no OK button.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

import pygame
from babel.numbers import format_percent

from ..layout import Metrics, grid, rows, split_bottom, split_left, split_top
from ..prefs import TEXT_SCALE_MAX, TEXT_SCALE_MIN, TEXT_SCALE_STEP
from ..scene import Scene
from ..storage import StoredItem, stored_items
from ..widgets import Button, Stepper, Toggle, ToggleGroup
from .title import language_switch

if TYPE_CHECKING:
    from ..host import SceneHost
    from ..registry import SceneRegistry


class SettingsScene(Scene):
    name = "settings"
    escape_goes_back = True
    initial_focus = ("section",)

    def __init__(self, app: SceneHost, section: str = "display") -> None:
        super().__init__(app)
        self.section = section
        self.labels: list[tuple[str, pygame.Rect]] = []  # (text, rect) drawn beside controls
        self.item_texts: list[tuple[StoredItem, pygame.Rect]] = []

    def title(self) -> str:
        return self.app._("Settings")

    def item_name(self, key: str) -> str:
        _ = self.app._
        return {
            "settings": _("Settings"),
            "session": _("The game in progress"),
            "logs": _("Error logs"),
            "summaries": _("Saved summaries"),
        }[key]

    def layout_metrics(self) -> Metrics:
        """Sizes for placing the controls: those of the largest type size, whatever the current one.

        The page then stands still while the type size changes — clicking + again and again
        hits + every time (laid out at the current size, the stepper slid away as rows grew).
        The texts are still drawn at the current size (``look.metrics``).
        """
        return replace(self.app.look.metrics, text_scale=TEXT_SCALE_MAX)

    def build(self) -> None:
        _ = self.app._
        m, now = self.layout_metrics(), self.app.look.metrics
        self.labels, self.item_texts = [], []
        top, rest = split_top(m.body, m.button_height, m.pad)
        top = split_bottom(top, now.button_height)[1]  # as tall as the type needs, next to the page
        self.form.add(
            ToggleGroup(
                "section",
                [("display", _("Display and language")), ("storage", _("Stored on this computer"))],
                self.section,
                self._show_section,
                rect=top,
            )
        ).accessible_name = _("Settings")
        content, bottom = split_bottom(rest, m.button_height, m.pad)
        back = pygame.Rect(
            bottom.left,
            bottom.top,
            min(bottom.width, max(m.px(260), m.font_size("button") * 8)),
            bottom.height,
        )
        back = split_bottom(back, now.button_height)[1]
        if self.section == "display":
            self._build_display(content)
        else:
            self._build_storage(content)
        self.form.add(Button("back", _("Back"), self.dismiss, icon="back", style="primary", rect=back))

    def _show_section(self, section: str) -> None:
        self.section = section
        self.rebuild()

    def _build_display(self, area: pygame.Rect) -> None:
        app, _ = self.app, self.app._
        m, prefs = self.layout_metrics(), app.prefs
        # a readable column on wide screens rather than controls stretched across 4K
        width = min(area.width, max(m.px(960), m.font_size("button") * 30))
        area = pygame.Rect(area.left + (area.width - width) // 2, area.top, width, area.height)
        missing_voice = self.missing_voice()
        cells = grid(area, 9 + bool(missing_voice), m.button_height, m.gap + m.px(6), max_columns=2)
        label_width = cells[0].width * 2 // 5
        language_label, language_rect = split_left(cells[0], label_width, m.gap)
        self.labels.append((_("Language"), language_label))
        self.form.add(language_switch(app, language_rect))
        size_label, size_rect = split_left(cells[1], label_width, m.gap)
        self.labels.append((_("Text size"), size_label))
        stepper = self.form.add(
            Stepper(
                "text-scale",
                prefs.text_scale,
                TEXT_SCALE_MIN,
                TEXT_SCALE_MAX,
                TEXT_SCALE_STEP,
                lambda value: format_percent(value, locale=app.translator.locale),
                lambda value: app.update_prefs(text_scale=value),
                rect=size_rect,
            )
        )
        stepper.accessible_name = _("Text size")
        toggles = [
            ("high-contrast", _("High contrast"), "high_contrast"),
            ("reduced-motion", _("Reduce motion"), "reduced_motion"),
            ("fullscreen", _("Full screen"), "fullscreen"),
            ("bilingual-cards", _("Cards in both languages"), "bilingual_cards"),
            ("presenter", _("Presenter mode"), "presenter"),
            ("read-aloud", _("Read aloud (F3)"), "read_aloud"),
            ("easy-finnish", _("Easy Finnish (selkokieli)"), "easy_finnish"),
        ]
        if missing_voice:
            self.labels.append((missing_voice, cells[-1]))
        for (widget_id, label, field), rect in zip(toggles, cells[2:], strict=False):
            self.form.add(
                Toggle(
                    widget_id,
                    label,
                    getattr(prefs, field),
                    partial(self._set_pref, field),
                    rect=rect,
                )
            )

    def missing_voice(self) -> str:
        """Said once here, not on every card: read-aloud is on but no voice speaks this language."""
        if not self.app.prefs.read_aloud:
            return ""
        voice = getattr(self.app, "voice", None)  # the App has one; other hosts never show Settings
        if voice is None or voice().has_language(self.app.language):
            return ""
        return self.app._("No voice for this language here")

    def _build_storage(self, area: pygame.Rect) -> None:
        _, m = self.app._, self.layout_metrics()
        items = stored_items()
        intro, area = split_top(area, round(m.font_size("small") * 1.5), m.gap)
        self.labels.append((_("Only these are stored. Nothing a player says is ever saved."), intro))
        button_width = min(area.width // 3, max(m.px(170), m.font_size("button") * 5))
        for item, row in zip(items, rows(area, len(items), m.gap), strict=True):
            text_rect, button_rect = split_left(row, row.width - button_width - m.gap, m.gap)
            self.item_texts.append((item, text_rect))
            button_rect = button_rect.inflate(0, -max(0, button_rect.height - m.button_height))
            self.form.add(
                Button(
                    f"delete-{item.key}",
                    _("Delete"),
                    partial(self._ask_delete, item),
                    icon="trash",
                    style="danger",
                    rect=button_rect,
                    enabled=item.exists,
                )
            )

    def _set_pref(self, field: str, value: object) -> None:
        self.app.update_prefs(**{field: value})

    def _ask_delete(self, item: StoredItem) -> None:
        _ = self.app._  # App._ reads the translator on each call: the texts follow a language switch

        def question() -> str:
            return _("Delete “{what}” from this computer? This cannot be undone.").format(
                what=self.item_name(item.key)
            )

        def answered(yes: bool) -> None:
            if yes:
                self.app.delete_stored(item)
                self.rebuild()

        self.app.open_scene("confirm", answered, question=question, confirm=lambda: _("Delete"), danger=True)

    def draw_content(self, surface: pygame.Surface) -> None:
        look, _ = self.app.look, self.app._
        m, p = look.metrics, look.palette
        role = "button" if self.section == "display" else "small"
        for text, rect in self.labels:
            look.text.draw_fitted(
                surface, text, rect, p.text, m.font_size(role), m.min_font_size, "bold", "left", "middle"
            )
        for item, rect in self.item_texts:
            look.panel(surface, rect, shadow=False)
            inner = rect.inflate(-2 * m.gap, -max(2, m.gap // 2))
            name, rest = split_top(inner, inner.height // 2)
            state = _("Stored") if item.exists else _("Nothing stored")
            if item.set_aside:
                state += " · " + self.app.ngettext(
                    "{count} copy set aside", "{count} copies set aside", item.set_aside
                ).format(count=item.set_aside)
            look.text.draw_fitted(
                surface,
                f"{self.item_name(item.key)} · {state}",
                name,
                p.text,
                m.font_size("button"),
                m.min_font_size,
                "bold",
                "left",
                "middle",
            )
            look.text.draw_fitted(
                surface,
                str(item.location),
                rest,
                p.text_muted,
                m.font_size("small"),
                m.min_font_size,
                "regular",
                "left",
                "middle",
            )


def register(registry: SceneRegistry) -> None:
    registry.add("settings", SettingsScene)
