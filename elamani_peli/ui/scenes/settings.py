"""Settings: language, type size, contrast, motion, fullscreen, bilingual cards; the
facilitator's own deck folders; and what the game stores on this computer, each item with its
path and a Delete button, under a line saying which folder that is and why (portable mode, or
the user's data folder). The program's name and version stand beside the Back button on every
page (the About text).

Three sections behind a segmented switch, so every control keeps a finger-sized height at
960×600 with 200 % type. Every change applies and is saved at once; there is no OK button.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

import pygame
from babel.numbers import format_percent

from ... import paths
from ...content.folders import MAX_REMEMBERED, FolderCheck, check_folder
from ...version import version
from ..label_fit import fit_siblings
from ..layout import Metrics, grid, rows, split_bottom, split_left, split_top
from ..prefs import TEXT_SCALE_MAX, TEXT_SCALE_MIN, TEXT_SCALE_STEP
from ..scene import Scene
from ..storage import StoredItem, stored_items
from ..text_input import TextInput
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
        self.about_rect = pygame.Rect(0, 0, 0, 0)
        self.folder_texts: list[tuple[FolderCheck, pygame.Rect]] = []
        self.checks: dict[str, FolderCheck] = {}  # folder → what loading it found (checked once)
        self.new_folder = ""
        self.notice = ""

    def title(self) -> str:
        return self.app._("Settings")

    def item_name(self, key: str) -> str:
        _ = self.app._
        return {
            "settings": _("Settings"),
            "session": _("The game in progress"),
            "logs": _("Error logs"),
            "summaries": _("Saved summaries"),
            "deck-folders": _("Own deck folders (in the settings)"),
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
        self.labels, self.item_texts, self.folder_texts = [], [], []
        top, rest = split_top(m.body, m.button_height, m.pad)
        top = split_bottom(top, now.button_height)[1]  # as tall as the type needs, next to the page
        self.form.add(
            ToggleGroup(
                "section",
                [
                    ("display", _("Display and language")),
                    ("decks", _("Own decks")),
                    ("storage", _("Stored on this computer")),
                ],
                self.section,
                self._show_section,
                rect=top,
                short_labels=[_("Display"), _("Own decks"), _("Stored")],
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
        about_left = back.right + m.gap
        self.about_rect = pygame.Rect(about_left, back.top, bottom.right - about_left, back.height)
        if self.section == "display":
            self._build_display(content)
        elif self.section == "decks":
            self._build_decks(content)
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
        cells = grid(area, 10 + bool(missing_voice), m.button_height, m.gap + m.px(6), max_columns=2)
        # 2/5 of the row, or up to half of it where the longer label needs that at full size
        # ("Tekstin koko" shrank to the 100 % size beside toggles at 200 %)
        widest = max(  # measured at the largest type, as the whole page is (layout_metrics)
            app.look.text.layout_at(label, m.font_size("button"), 10_000, "bold").width
            for label in (_("Language"), _("Text size"))
        )
        label_width = min(cells[0].width // 2, max(cells[0].width * 2 // 5, widest + m.gap))
        language_label, language_rect = split_left(cells[0], label_width, m.gap)
        self.labels.append((_("Language"), language_label))
        self.form.add(language_switch(app, language_rect))
        size_label, size_rect = split_left(cells[1], label_width, m.gap)
        self.labels.append((_("Text size"), size_label))
        stepper = self.form.add(
            Stepper(
                "text-scale",
                prefs.type_scale,  # what the screen shows: presenter mode makes type at least 150 %
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
            ("sounds", _("Soft sounds"), "sounds"),
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
                    app.is_fullscreen() if field == "fullscreen" else getattr(prefs, field),
                    partial(self._set_pref, field),
                    rect=rect,
                )
            )

    def missing_voice(self) -> str:
        """Said once here, not on every card: read-aloud is on but no voice speaks this language."""
        if not self.app.prefs.read_aloud:
            return ""
        if self.app.voice().has_language(self.app.language):
            return ""
        return self.app._("No voice for this language here")

    # -- own decks -----------------------------------------------------------------------------
    def _build_decks(self, area: pygame.Rect) -> None:
        """Remembered folders, each with what loading it found and Remove; a field to add one."""
        _, m = self.app._, self.layout_metrics()
        folders = list(self.app.prefs.deck_folders)
        checks = [self.checks.get(f) or self.checks.setdefault(f, check_folder(Path(f))) for f in folders]
        button_width = min(area.width // 3, max(m.px(170), m.font_size("button") * 5))
        intro, area = split_top(area, round(m.font_size("small") * 1.5), m.gap)
        if any(check.errors for check in checks):
            intro, problems = split_left(intro, intro.width - button_width - m.gap, m.gap)
            self.form.add(
                Button("show-problems", _("Problems"), self._show_problems, icon="info", rect=problems)
            )
        self.labels.append((self.notice or _("Folders of your own content, loaded at every start."), intro))
        area, add_row = split_bottom(area, m.button_height, m.gap)
        for index, (check, row) in enumerate(zip(checks, rows(area, MAX_REMEMBERED, m.gap), strict=False)):
            text_rect, button_rect = split_left(row, row.width - button_width - m.gap, m.gap)
            self.folder_texts.append((check, text_rect))
            self.form.add(
                Button(
                    f"remove-folder-{index}",
                    _("Remove"),
                    partial(self.remove_folder, folders[index]),
                    icon="trash",
                    rect=button_rect,
                )
            )
        field_rect, add_rect = split_left(add_row, add_row.width - button_width - m.gap, m.gap)
        self.form.add(
            TextInput(
                "folder-path",
                self.new_folder,
                placeholder=_("Type a folder, or drop it on the window"),
                max_length=400,
                on_change=self._type_folder,
                on_submit=lambda text: self.add_folder(text),
                rect=field_rect,
            )
        )
        room = len(folders) < MAX_REMEMBERED
        self.form.add(
            Button(
                "add-folder",
                _("Add"),
                lambda: self.add_folder(self.new_folder),
                icon="plus",
                rect=add_rect,
                enabled=room,
            )
        )

    def _show_problems(self) -> None:
        self.app.open_scene("problems")

    def _type_folder(self, text: str) -> None:
        self.new_folder = text

    def add_folder(self, text: str) -> None:
        """Check the folder now (problems shown in its row), remember it, load it if no game runs."""
        _ = self.app._
        folder = Path(text.strip().strip('"')).expanduser()
        if folder.is_file():
            folder = folder.parent
        if not text.strip() or not folder.is_dir():
            self.notice = _("There is no folder “{folder}”.").format(folder=text.strip())
            self.rebuild()
            return
        folder = folder.resolve()
        remembered = list(self.app.prefs.deck_folders)
        if str(folder) not in remembered and len(remembered) < MAX_REMEMBERED:
            self.checks[str(folder)] = check_folder(folder)
            self.app.update_prefs(deck_folders=(*remembered, str(folder)))
        self.new_folder, self.notice = "", self._reload_notice()
        self.rebuild()

    def remove_folder(self, folder: str) -> None:
        self.app.update_prefs(deck_folders=tuple(f for f in self.app.prefs.deck_folders if f != folder))
        self.checks.pop(folder, None)
        self.notice = self._reload_notice()
        self.rebuild()

    def _reload_notice(self) -> str:
        if self.app.reload_content():
            return ""
        return self.app._("The change takes effect when the game in progress ends.")

    def handle_event(self, event: pygame.event.Event) -> bool:
        if event.type == pygame.DROPFILE and self.section == "decks":
            self.add_folder(event.file)
            return True
        return super().handle_event(event)

    def folder_status(self, check: FolderCheck) -> str:
        _, ngettext = self.app._, self.app.ngettext
        if not check.exists:
            return _("The folder is missing: it is left out.")
        files = ngettext("{n} file", "{n} files", check.files).format(n=check.files)
        if not check.errors:
            return _("{files}, no problems").format(files=files)
        problems = ngettext("{n} problem", "{n} problems", len(check.errors)).format(n=len(check.errors))
        first = check.errors[0]
        return f"{files}, {problems} ({Path(first.path).name}:{first.line}:{first.column} …)"

    # -- stored on this computer -----------------------------------------------------------------
    def _build_storage(self, area: pygame.Rect) -> None:
        _, m = self.app._, self.layout_metrics()
        items = stored_items()
        folders = self.app.prefs.deck_folders
        settings_file = items[0].location
        items.append(
            StoredItem(
                "deck-folders", Path("; ".join(folders) or settings_file), (settings_file,) if folders else ()
            )
        )
        intro, area = split_top(area, round(m.font_size("small") * 1.5), m.gap)
        self.labels.append((_("Only these are stored. Nothing a player says is ever saved."), intro))
        where, area = split_top(area, round(m.font_size("small") * 1.5), m.gap)
        self.labels.append((self.storage_text(), where))
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

    def storage_text(self) -> str:
        """Which folder holds everything below, and why that one."""
        _, where = self.app._, paths.storage()
        if where.mode == "portable":
            return _("Portable mode ({marker} is beside the program): everything is kept in {folder}").format(
                marker=paths.PORTABLE_MARKER, folder=where.folder
            )
        if where.mode == "override":
            return _("Kept in the folder that {variable} names: {folder}").format(
                variable=paths.HOME_VARIABLE, folder=where.folder
            )
        return _("Kept in this computer's user data folder: {folder}").format(folder=where.folder)

    def about_text(self) -> str:
        return self.app._("Elämäni peli, version {version}").format(version=version())

    def _ask_delete(self, item: StoredItem) -> None:
        _ = self.app._  # App._ reads the translator on each call: the texts follow a language switch

        def question() -> str:
            return _("Delete “{what}” from this computer? This cannot be undone.").format(
                what=self.item_name(item.key)
            )

        def answered(yes: bool) -> None:
            if yes and item.key == "deck-folders":  # a list inside the settings file, not a file
                self.checks.clear()
                self.app.update_prefs(deck_folders=())
                self.app.reload_content()
            elif yes:
                self.app.delete_stored(item)
            if yes:
                self.rebuild()

        self.app.open_scene("confirm", answered, question=question, confirm=lambda: _("Delete"), danger=True)

    def draw_content(self, surface: pygame.Surface) -> None:
        look, _ = self.app.look, self.app._
        m, p = look.metrics, look.palette
        if self.section == "display":  # the rows' labels as the controls' labels, in one size
            layouts = fit_siblings(look, self.labels)
        else:
            layouts = [
                look.text.fit(text, rect.size, m.font_size("small"), m.min_font_size, "bold")
                for text, rect in self.labels
            ]
        for (_text, rect), layout in zip(self.labels, layouts, strict=True):
            look.text.draw(surface, layout, rect, p.text, "left", "middle")
        look.text.draw_fitted(
            surface,
            self.about_text(),
            self.about_rect,
            p.text_muted,
            m.font_size("small"),
            m.min_font_size,
            "regular",
            "right",
            "middle",
        )
        for check, rect in self.folder_texts:
            look.panel(surface, rect, shadow=False)
            inner = rect.inflate(-2 * m.gap, -max(2, m.gap // 2))
            look.text.draw_fitted(
                surface,
                f"{_short(check.folder)} · {self.folder_status(check)}",
                inner,
                p.text,
                m.font_size("small"),
                m.min_font_size,
                "bold",
                "left",
                "middle",
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


def _short(folder: Path) -> str:
    """The last two parts of a folder's path: enough to tell folders apart on one line."""
    parts = folder.parts[-2:]
    return str(Path(*parts)) if len(folder.parts) > 2 else str(folder)


def register(registry: SceneRegistry) -> None:
    registry.add("settings", SettingsScene)
