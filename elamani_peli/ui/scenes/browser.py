"""The deck browser: every loaded card and story, filters and search, and the files that failed.

For facilitators who write or check decks: filter by theme, level, type and language, search
by text (case and Finnish letters forgiven: "aiti" finds "äiti"), open a card as it looks in
the game, open a story as its scene graph, and see which files were left out and why —
without the command line. The filtering itself is :mod:`..deck_filter` (pure, tested alone).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pygame

from ...content.text import localize
from ...i18n import language_name
from ...vocabulary import card_type_names, level_short
from ..browser_rows import CardRow, FilterButton, ListRow
from ..deck_filter import (
    GENERAL,
    CardEntry,
    CardFilter,
    card_entries,
    explain,
    filter_cards,
    filter_options,
    find_spans,
    fold,
    option_counts,
)
from ..game_scene import button_rows
from ..layout import rows, split_left, split_top
from ..scene import Scene
from ..text_input import TextInput
from ..widgets import Button, ToggleGroup, page_buttons
from .browser_views import CardViewScene, StoryGraphScene
from .chooser import ChooserDialog

if TYPE_CHECKING:
    from ..host import SceneHost
    from ..registry import SceneRegistry


class DeckBrowserScene(Scene):
    name = "deck-browser"
    escape_goes_back = True
    initial_focus = ("search",)

    def __init__(self, app: SceneHost) -> None:
        super().__init__(app)
        self.entries: list[CardEntry] = card_entries(app.library)
        self.options = filter_options(app.library, self.entries)
        self.card_filter = CardFilter()
        self.tab = "cards"
        self.page = 0
        self.results: list[CardEntry] = []
        self.page_size = 1
        self.filters_rect = pygame.Rect(0, 0, 0, 0)
        self.label_rects: list[tuple[str, pygame.Rect]] = []
        self.status_rect = pygame.Rect(0, 0, 0, 0)
        self.problems_rect = pygame.Rect(0, 0, 0, 0)
        self.pages = 1
        self.total = 0
        self.empty_rect = pygame.Rect(0, 0, 0, 0)

    def title(self) -> str:
        return self.app._("Deck browser")

    # -- what the filters can be ----------------------------------------------------------
    def _choices(self) -> dict[str, list[tuple[Any, str]]]:
        _, language = self.app._, self.app.language
        themes = self.app.library.themes

        def theme_name(theme_id: str) -> str:
            if theme_id == GENERAL:
                return _("General cards")
            theme = themes.get(theme_id)
            return localize(theme.name, language)[0] if theme else theme_id

        types = card_type_names(_)
        return {
            "theme": [(None, _("All themes"))] + [(t, theme_name(t)) for t in self.options.themes],
            "level": [(None, _("All levels"))]
            + [(level, level_short(_, level)) for level in self.options.levels],
            "card_type": [(None, _("All types"))] + [(t, types.get(t, t)) for t in self.options.types],
            "language": [(None, _("Any language"))]
            + [(code, language_name(code)) for code in self.options.languages],
        }

    # -- layout -----------------------------------------------------------------------------
    def build(self) -> None:
        m, _ = self.app.look.metrics, self.app._
        self.label_rects = []
        tabs_row, rest = split_top(m.body, m.button_height, m.gap)
        problems = len(self.app.content.skipped_files)
        back_width = min(tabs_row.width // 4, max(m.px(200), round(m.font_size("button") * 6)))
        back_rect, tabs_row = split_left(tabs_row, back_width, m.gap)
        self.form.add(Button("back", _("Back"), self.dismiss, icon="back", rect=back_rect))
        tabs_rect, problems_rect = split_left(tabs_row, round(tabs_row.width * 0.6), m.gap)
        self.form.add(
            ToggleGroup(
                "tabs",
                [("cards", _("Cards")), ("stories", _("Stories"))],
                self.tab,
                self.show_tab,
                rect=tabs_rect,
            )
        ).accessible_name = self.title()
        self.problems_rect = problems_rect
        if problems:
            self.form.add(
                Button(
                    "problems",
                    self.app.ngettext("{n} file with problems", "{n} files with problems", problems).format(
                        n=problems
                    ),
                    self.show_problems,
                    icon="warning",
                    style="danger",
                    rect=problems_rect,
                )
            )
        if self.tab == "cards":
            self._build_cards(rest)
        else:
            self._build_stories(rest)

    def _build_cards(self, area: pygame.Rect) -> None:
        m, _ = self.app.look.metrics, self.app._
        filters, listing = split_left(
            area, max(round(area.width * 0.3), round(m.font_size("button") * 9)), m.pad
        )
        label_height = round(m.font_size("small") * 1.4)
        slot = label_height + m.button_height
        roomy = 5 * slot + 4 * m.gap <= filters.height
        if roomy:  # a column of labelled filters beside the list
            slots = rows(filters, 5, m.gap, slot)
            search_rect = pygame.Rect(
                slots[0].left, slots[0].top + label_height, slots[0].width, m.button_height
            )
            self.label_rects.append(
                (_("Search"), pygame.Rect(slots[0].left, slots[0].top, slots[0].width, label_height))
            )
        else:  # large type or a small window: search and Filters over a list as wide as the window
            bar, listing = split_top(area, m.button_height, m.gap)
            filters_width = max(bar.width // 3, round(m.font_size("button") * 6))
            search_rect, filters_button = split_left(bar, bar.width - filters_width - m.gap, m.gap)
            filters = bar
            slots = [search_rect, filters_button]
        self.filters_rect = filters
        self.form.add(
            TextInput(
                "search",
                self.card_filter.query,
                placeholder=_("Search, e.g. ystava"),
                max_length=40,
                on_change=self.search,
                rect=search_rect,
            )
        )
        if roomy:
            buttons = [pygame.Rect(r.left, r.top + label_height, r.width, m.button_height) for r in slots[1:]]
            labels = [pygame.Rect(r.left, r.top, r.width, label_height) for r in slots[1:]]
            self.label_rects += list(zip(self.filter_labels().values(), labels, strict=True))
            self.add_filter_buttons(self, buttons, inline_labels=False)
        else:  # small window or large type: the filters open in a dialog of their own
            active = sum(1 for name in self.filter_labels() if getattr(self.card_filter, name) is not None)
            label = _("Filters ({n} on)").format(n=active) if active else _("Filters")
            self.form.add(Button("filters", label, self.open_filters, icon="gear", rect=slots[1]))
        self.results = filter_cards(self.entries, self.card_filter)
        self._build_list(listing, len(self.results), self.card_row, two_lines_allowed=True)
        self.empty_rect = pygame.Rect(0, 0, 0, 0)
        if not self.results and self.card_filter != CardFilter():  # say so, and offer the way back
            m = self.app.look.metrics
            note, rest = split_top(
                listing.inflate(0, -2 * m.gap).move(0, self.status_rect.height + m.gap),
                round(m.font_size("body") * 2.8),
                m.gap,
            )
            self.empty_rect = note
            width = min(rest.width, max(m.px(320), round(m.font_size("button") * 12)))
            clear = pygame.Rect(rest.left, rest.top, width, m.button_height)
            label = _("Clear search and filters")
            self.form.add(Button("clear-search", label, self.clear, icon="close", rect=clear))

    def card_row(self, index: int, rect: pygame.Rect, two_lines: bool) -> CardRow:
        """The row of the ``index``-th result: its text with the matches marked, and why it matched."""
        _, language = self.app._, self.app.language
        entry = self.results[index]
        shown, shown_language = localize(entry.card.text, language)
        query = self.card_filter.query
        why = explain(entry, query, shown, shown_language)
        folder = self.app.library.folder_of("deck", entry.deck.id)
        prefix = f"[{Path(folder).name}] " if folder else ""
        details = f"{localize(entry.deck.title, language)[0]} · {level_short(_, entry.card.level)}"
        quiet = f"{details} · {entry.card.id}"
        places = self.place_names()
        reasons = (
            [_("Match: {places}").format(places=", ".join(places[p] for p in why.elsewhere))]
            if why.elsewhere
            else []
        )
        snippet = None
        if why.snippet is not None:
            where = why.snippet
            name = _("Follow-up") if where.place == "follow-up" else language_name(where.language)
            snippet = (name, where.text, where.spans)
        return CardRow(
            f"card-{entry.card.id}",
            prefix + shown,
            lambda: self.open_card(index),
            rect=rect,
            spans=[(a + len(prefix), b + len(prefix)) for a, b in why.spans],
            quiet=quiet,
            quiet_spans=find_spans(quiet, fold(query).split()),
            card_id=entry.card.id,
            reasons=reasons,
            snippet=snippet,
            two_lines=two_lines,
        )

    def place_names(self) -> dict[str, str]:
        """What the row's tag calls each place a search word can be found besides the shown text."""
        _ = self.app._
        return {
            "translation": _("translation"),
            "follow-up": _("follow-up"),
            "deck": _("deck name"),
            "id": _("card id"),
        }

    def with_folder(self, label: str, kind: str, item_id: str) -> str:
        """A row's text, after the facilitator's folder when the item comes from one (``--decks``)."""
        folder = self.app.library.folder_of(kind, item_id)
        return f"[{Path(folder).name}] {label}" if folder else label

    def filter_labels(self) -> dict[str, str]:
        _ = self.app._
        return {"theme": _("Theme"), "level": _("Level"), "card_type": _("Type"), "language": _("Language")}

    def add_filter_buttons(self, owner: Scene, rects: list[pygame.Rect], *, inline_labels: bool) -> None:
        """The four filter buttons into ``owner``'s ``rects``; each opens its list of values.

        The filters dialog (``owner``) names each filter inside its button.
        """
        labels = self.filter_labels()
        for (field, options), rect in zip(self._choices().items(), rects, strict=True):
            current = getattr(self.card_filter, field)
            value = next((label for value, label in options if value == current), options[0][1])
            owner.form.add(
                FilterButton(
                    f"filter-{field.replace('_', '-')}",
                    labels[field],
                    value,
                    partial(self.open_chooser, owner, field),
                    rect=rect,
                    inline_name=inline_labels,
                    active=current is not None,
                )
            )

    def open_chooser(self, owner: Scene, field: str) -> None:
        """The list of a filter's values, under its button; choosing one filters the cards."""
        button = owner.form.find(f"filter-{field.replace('_', '-')}")
        anchor = button.rect if button is not None else None
        options = self._choices()[field]

        def chosen(result: tuple[Any] | None) -> None:
            if result is not None:
                self.set_filter(field, result[0])
                if owner is not self:
                    owner.rebuild()  # the dialog's button shows the new value

        current = getattr(self.card_filter, field)
        counts = option_counts(self.entries, self.card_filter, field)
        number = self.app.translator.number
        notes = [
            (
                number(counts.get(value, 0)),
                self.app.ngettext("{n} card", "{n} cards", counts.get(value, 0)).format(
                    n=number(counts.get(value, 0))
                ),
            )
            for value, _label in options
        ]
        dialog = ChooserDialog(self.app, self.filter_labels()[field], options, current, anchor, notes)
        self.app.scenes.push(dialog, chosen)

    def open_filters(self) -> None:
        self.app.scenes.push(FiltersDialog(self.app, self))

    def _build_stories(self, area: pygame.Rect) -> None:
        _, language = self.app._, self.app.language
        self.filters_rect = pygame.Rect(0, 0, 0, 0)
        stories = list(self.app.library.stories.values())

        def story_row(index: int, rect: pygame.Rect, two_lines: bool) -> ListRow:
            story = stories[index]
            endings = sum(1 for scene in story.scenes if scene.ending is not None or not scene.choices)
            key = _("{scenes} scenes, {endings} endings").format(scenes=len(story.scenes), endings=endings)
            key = f"{key} · {story.id}"  # the id, quietly: what a facilitator looks for in the YAML
            title = self.with_folder(localize(story.title, language)[0], "story", story.id)
            return ListRow(f"story-{story.id}", key, title, lambda: self.open_story(story.id), rect=rect)

        self.results = []
        self._build_list(area, len(stories), story_row, two_lines_allowed=False)

    def _build_list(
        self,
        area: pygame.Rect,
        count: int,
        make_row: Callable[[int, pygame.Rect, bool], Button],
        *,
        two_lines_allowed: bool,
    ) -> None:
        """One page of rows and, when there are more, Previous / Next; the count goes in the status line.

        Only the rows of the page are made (a card row is explained when it is made): a
        search over thousands of cards builds a page's worth of rows, not thousands.
        Rows take two lines (text, then deck · level · id) when five or more still fit.
        """
        m, _ = self.app.look.metrics, self.app._
        status_height = round(m.font_size("small") * 1.5)
        self.status_rect, rest = split_top(area, status_height, m.gap // 2)
        pager_height = m.button_height + m.gap
        one_line = max(m.px(44), round(m.font_size("button") * 1.7))
        two_line = round(m.font_size("button") * 1.35 + m.font_size("small") * 1.35 + m.gap)

        def fitting(height: int) -> int:
            return max(1, (rest.height - pager_height + m.gap) // (height + m.gap))

        two_lines = two_lines_allowed and fitting(two_line) >= 5
        row_height = two_line if two_lines else one_line
        self.page_size = fitting(row_height)
        pages = max(1, -(-count // self.page_size))
        self.page = min(self.page, pages - 1)
        first = self.page * self.page_size
        shown = range(first, min(count, first + self.page_size))
        for index, rect in zip(shown, rows(rest, len(shown), m.gap, row_height), strict=True):
            self.form.add(make_row(index, rect, two_lines))
        if pages > 1:
            pager = pygame.Rect(rest.left, rest.bottom - m.button_height, rest.width, m.button_height)
            previous, following = button_rows(pager, 2, height=m.button_height, gap=m.gap, min_width=1)
            labels = (_("Previous"), _("Next"))
            turners = page_buttons("page", (previous, following), labels, self.page, pages, self.turn_page)
            for turner in turners:
                self.form.add(turner)
        self.pages = pages
        self.total = count

    # -- actions --------------------------------------------------------------------------------
    def show_tab(self, tab: str) -> None:
        self.tab, self.page = tab, 0
        self.rebuild()

    def search(self, text: str) -> None:
        self.card_filter = replace(self.card_filter, query=text)
        self.page = 0
        self.rebuild()

    def set_filter(self, field: str, value: Any) -> None:
        self.card_filter = replace(self.card_filter, **{field: value})
        self.page = 0
        self.rebuild()

    def clear(self) -> None:
        """Every card again: the search emptied and every filter back to "all"."""
        self.card_filter = CardFilter()
        self.page = 0
        self.rebuild()
        self.form.focus("search")

    def turn_page(self, step: int) -> None:
        focused = self.form.focus_id
        self.page = max(0, self.page + step)
        self.rebuild()
        pager = {"next-page": "previous-page", "previous-page": "next-page"}
        if focused in pager and self.form.focus_id != focused:  # the last page: stay on the pager
            self.form.focus(pager[focused])

    def handle_event(self, event: pygame.event.Event) -> bool:
        """Page Up / Page Down turn the list's pages from anywhere (the search field included)."""
        if event.type == pygame.KEYDOWN and event.key in (pygame.K_PAGEUP, pygame.K_PAGEDOWN):
            step = 1 if event.key == pygame.K_PAGEDOWN else -1
            if 0 <= self.page + step < self.pages:
                self.turn_page(step)
                return True
        return super().handle_event(event)

    def open_card(self, index: int) -> None:
        """The ``index``-th result as the game draws it (the row knows its place: no search)."""
        self.app.scenes.push(CardViewScene(self.app, self.results, index, self.card_filter.query))

    def open_story(self, story_id: str) -> None:
        self.app.scenes.push(StoryGraphScene(self.app, self.app.library.stories[story_id]))

    def show_problems(self) -> None:
        self.app.open_scene("problems")

    # -- drawing and speech ------------------------------------------------------------------------
    def status(self) -> str:
        """The line over the list, "12 cards · page 1 of 2" (read-aloud says it after a search)."""
        _, number = self.app._, self.app.translator.number
        if self.tab == "cards":
            status = self.app.ngettext("{n} card", "{n} cards", self.total).format(n=number(self.total))
        else:
            status = self.app.ngettext("{n} story", "{n} stories", self.total).format(n=number(self.total))
        if self.pages > 1:
            status += " · " + _("page {page} of {pages}").format(page=self.page + 1, pages=self.pages)
        return status

    def empty_text(self) -> str:
        return self.app._("No card has every word of the search with these filters.")

    def utterances(self) -> list[str]:
        """The title, the search and the filters that are on, and how many cards they leave."""
        _ = self.app._
        said = [self.title()]
        if self.tab == "cards":
            if self.card_filter.query.strip():
                said.append(_("Search: {text}").format(text=self.card_filter.query.strip()))
            choices = self._choices()
            for field, name in self.filter_labels().items():
                current = getattr(self.card_filter, field)
                if current is not None:
                    value = next(label for value, label in choices[field] if value == current)
                    said.append(f"{name}: {value}")
        said.append(self.status())
        if self.tab == "cards" and self.empty_rect.height:
            said.append(self.empty_text())
        return said

    def draw_content(self, surface: pygame.Surface) -> None:
        look, _ = self.app.look, self.app._
        m, p = look.metrics, look.palette
        if not self.app.content.skipped_files:
            look.text.draw_fitted(
                surface,
                _("Every content file loaded"),
                self.problems_rect,
                p.text_muted,
                m.font_size("small"),
                m.min_font_size,
                align="right",
                valign="middle",
            )
        for label, rect in self.label_rects:
            look.text.draw_fitted(
                surface, label, rect, p.text_muted, m.font_size("small"), m.min_font_size, "bold"
            )
        if self.tab == "cards" and self.empty_rect.height:
            look.text.draw_fitted(
                surface,
                self.empty_text(),
                self.empty_rect,
                p.text,
                m.font_size("body"),
                m.min_font_size,
                valign="middle",
            )
        look.text.draw_fitted(
            surface, self.status(), self.status_rect, p.text_muted, m.font_size("small"), m.min_font_size
        )


class FiltersDialog(Scene):
    """The card filters on a screen of their own, when the browser has no room for them beside the list."""

    name = "deck-browser-filters"
    escape_goes_back = True
    opaque = False
    pausable = False
    initial_focus = ("filter-theme",)

    def __init__(self, app: SceneHost, browser: DeckBrowserScene) -> None:
        super().__init__(app)
        self.browser = browser

    def build(self) -> None:
        m, _ = self.app.look.metrics, self.app._
        width = min(m.width - 2 * m.pad, max(m.px(640), m.font_size("button") * 16))
        height = 5 * m.button_height + 4 * m.gap + 2 * m.pad
        self.panel = pygame.Rect(0, 0, width, min(height, m.height - 2 * m.gap))
        self.panel.center = m.window.center
        slots = rows(self.panel.inflate(-2 * m.pad, -2 * m.pad), 5, m.gap, m.button_height)
        self.browser.add_filter_buttons(self, slots[:4], inline_labels=True)
        self.form.add(Button("done", _("Done"), self.dismiss, icon="check", style="primary", rect=slots[4]))

    def draw_content(self, surface: pygame.Surface) -> None:
        self.app.look.panel(surface, self.panel)


def register(registry: SceneRegistry) -> None:
    registry.add("deck-browser", lambda app, **options: DeckBrowserScene(app))
