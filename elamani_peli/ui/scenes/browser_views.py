"""What the deck browser opens: one card as the game draws it, and a story's scene graph.

The card is drawn by the game's own :func:`~..card_face.draw_card_face` with the face the
card scene builds (:func:`.card.face_of`), so a facilitator sees exactly what players will.
The story graph is laid out by :mod:`..story_graph` (pure) and drawn here: scenes as boxes
in columns, an arrow per choice, the start and the endings marked; it scrolls with arrow
keys, the wheel, dragging or a finger when the story is too big for the window.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

import pygame

from ...content.models import Story
from ...content.text import localize
from ..art import Art
from ..card_face import draw_card_face, draw_soft_panel
from ..deck_filter import CardEntry, explain, language_order
from ..game_scene import add_buttons
from ..layout import split_bottom
from ..palette import mix
from ..scene import Scene
from ..story_graph import Edge, GraphLayout, Node, layout_story
from ..widgets import Widget
from .card import face_of

if TYPE_CHECKING:
    from ..host import SceneHost

SCROLL_KEYS = {
    pygame.K_LEFT: (-1, 0),
    pygame.K_RIGHT: (1, 0),
    pygame.K_UP: (0, -1),
    pygame.K_DOWN: (0, 1),
}


class CardViewScene(Scene):
    """One card, full size, as in the game; the follow-up can be shown; ←/→ step through the list."""

    name = "browser-card"
    escape_goes_back = True
    initial_focus = ("back",)

    def __init__(self, app: SceneHost, entries: list[CardEntry], index: int = 0, query: str = "") -> None:
        super().__init__(app)
        self.entries, self.index, self.query = entries, index, query
        self.follow_up = self._search_found_follow_up()
        self.card_rect = pygame.Rect(0, 0, 0, 0)
        self.info_rect = pygame.Rect(0, 0, 0, 0)
        self.art = Art()

    @property
    def entry(self) -> CardEntry:
        return self.entries[self.index]

    def step(self, by: int) -> bool:
        if not 0 <= self.index + by < len(self.entries):
            return False
        self.index += by
        self.follow_up = self._search_found_follow_up()
        self.rebuild()
        return True

    def _search_found_follow_up(self) -> bool:
        """Open with the follow-up shown when the browser's search found a word only there."""
        if not self.query.strip() or not self.entries:
            return False
        entry = self.entry
        shown, language = localize(entry.card.text, self.app.language)
        return "follow-up" in explain(entry, self.query, shown, language).elsewhere

    def handle_event(self, event: pygame.event.Event) -> bool:
        keys = {pygame.K_LEFT: -1, pygame.K_PAGEUP: -1, pygame.K_RIGHT: 1, pygame.K_PAGEDOWN: 1}
        if event.type == pygame.KEYDOWN and event.key in keys:
            return self.step(keys[event.key])
        return super().handle_event(event)

    def title(self) -> str:
        deck = self.entry.deck
        return f"{localize(deck.title, self.app.language)[0]} · {self.entry.card.id}"

    def build(self) -> None:
        m, _ = self.app.look.metrics, self.app._
        specs: list[tuple[str, str, Callable[[], object], str | None]] = [
            ("back", _("Back"), self.dismiss, "close")
        ]
        if self.entry.card.follow_up:
            label = _("Hide follow-up") if self.follow_up else _("Show follow-up")
            specs.append(("follow-up", label, self.toggle_follow_up, "minus" if self.follow_up else "plus"))
        if len(self.entries) > 1:
            specs.insert(0, ("previous-card", _("Previous"), partial(self.step, -1), "back"))
            specs.append(("next-card", _("Next"), partial(self.step, 1), "next"))
        body = m.body
        width = min(body.width, max(round(body.width * 0.78), round(m.font_size("body") * 22)))  # as in play
        area = pygame.Rect(body.centerx - width // 2, body.top, width, body.height)
        top = add_buttons(self, specs, area, primary="back")
        info_height = round(m.font_size("small") * 1.5)
        self.info_rect = pygame.Rect(area.left, top - m.gap - info_height, area.width, info_height)
        self.card_rect = pygame.Rect(area.left, area.top, area.width, self.info_rect.top - m.gap - area.top)

    def toggle_follow_up(self) -> None:
        self.follow_up = not self.follow_up
        self.rebuild()

    def draw_content(self, surface: pygame.Surface) -> None:
        look, _ = self.app.look, self.app._
        card, deck = self.entry.card, self.entry.deck
        theme = self.app.library.themes.get(deck.theme) if deck.theme else None
        face = face_of(
            _,
            card,
            theme,
            self.app.language,
            bilingual=self.app.prefs.cards_in_both_languages,
            follow_up_shown=self.follow_up,
            own_icon=self.app.library.icons.get(deck.theme or ""),
        )
        draw_card_face(
            surface,
            self.card_rect,
            face,
            text=look.text,
            palette=look.palette,
            metrics=look.metrics,
            art=self.art,
        )
        folder = self.app.library.folder_of("deck", deck.id)
        details = [
            f"{self.index + 1}/{len(self.entries)}",
            f"{deck.id} ({folder})" if folder else deck.id,
            ", ".join(sorted(self.entry.languages, key=language_order)),
        ]
        if card.tags:
            details.append(" ".join(f"#{tag}" for tag in card.tags))
        look.text.draw_fitted(
            surface,
            " · ".join(details),
            self.info_rect,
            look.palette.text_muted,
            look.metrics.font_size("small"),
            look.metrics.min_font_size,
            align="center",
        )


class SceneBox(Widget):
    """A scene's box as a focusable target (Tab, click, tap); the graph itself draws the box."""

    def __init__(self, scene_id: str, rect: pygame.Rect, shown, on_select) -> None:
        super().__init__(f"scene-{scene_id}", rect)
        self.scene_id, self.shown, self.on_select = scene_id, shown, on_select

    def activate(self, pos: tuple[int, int] | None = None) -> bool:
        self.on_select(self.scene_id)
        return True

    def draw(self, surface: pygame.Surface, look) -> None:
        if self.shown(self.rect):
            self.draw_focus(surface, look)


class StoryGraphScene(Scene):
    """A story as a diagram: which scene leads where, and where it can end."""

    name = "browser-story"
    initial_focus = ("back",)

    def __init__(self, app: SceneHost, story: Story) -> None:
        super().__init__(app)
        self.story = story
        self.graph: GraphLayout = layout_story(story)
        self.by_column: list[list[Node]] = [[] for _ in range(self.graph.columns)]
        for node in self.graph.nodes.values():
            self.by_column[node.column].append(node)
        self.area = pygame.Rect(0, 0, 0, 0)
        self.legend_rect = pygame.Rect(0, 0, 0, 0)
        self.cell = (1, 1)
        self.scroll = [0, 0]
        self._drag: tuple[float, float] | None = None
        self.selected: str | None = None

    def title(self) -> str:
        title = localize(self.story.title, self.app.language)[0]
        folder = self.app.library.folder_of("story", self.story.id)
        return f"{title} · {folder}" if folder else title

    # -- layout -----------------------------------------------------------------------------
    def build(self) -> None:
        m, _ = self.app.look.metrics, self.app._
        rest, buttons = split_bottom(m.body, m.button_height, m.gap)
        back = buttons.copy()
        back.width = min(buttons.width, max(m.px(220), m.font_size("button") * 7))
        add_buttons(self, [("back", _("Back"), self.dismiss, "back")], back, primary="back")
        legend_height = round(m.font_size("small") * 1.6)
        self.area, self.legend_rect = split_bottom(rest, legend_height, m.gap)
        graph = self.graph
        min_width = round(m.font_size("small") * 6.5)
        min_height = round(m.font_size("small") * 2.4)
        self.cell = (
            max(min_width, self.area.width // max(1, graph.columns)),
            max(min_height, self.area.height // max(1, graph.rows)),
        )
        self.scroll = [min(self.scroll[0], self.max_scroll()[0]), min(self.scroll[1], self.max_scroll()[1])]
        for node in self.nodes_near(screens=1):
            self.form.add(SceneBox(node.scene, self.node_rect(node), self.box_shown, self.select))

    def visible_columns(self, screens: int = 0) -> range:
        """The columns on screen, and ``screens`` screen widths more on each side."""
        extra_x = max(0, (self.area.width - self.content_size()[0]) // 2)
        cell_w = max(1, self.cell[0])
        margin = screens * self.area.width
        first = (self.scroll[0] - extra_x - margin) // cell_w - 1
        last = (self.scroll[0] - extra_x + self.area.width + margin) // cell_w + 1
        return range(max(0, first), min(self.graph.columns, last + 1))

    def nodes_near(self, screens: int = 0) -> list[Node]:
        """Scenes in (or ``screens`` screens around) the view: a big story costs what the view shows.

        Boxes a screen away still take Tab focus (which scrolls them into view), so Tab walks on.
        """
        height = self.area.height * (1 + 2 * screens)
        band = self.area.inflate(0, height - self.area.height)
        return [
            node
            for column in self.visible_columns(screens)
            for node in self.by_column[column]
            if band.top - self.cell[1] <= self.node_rect(node).centery <= band.bottom + self.cell[1]
        ]

    def content_size(self) -> tuple[int, int]:
        return self.cell[0] * self.graph.columns, self.cell[1] * self.graph.rows

    def max_scroll(self) -> tuple[int, int]:
        width, height = self.content_size()
        return max(0, width - self.area.width), max(0, height - self.area.height)

    def node_rect(self, node: Node) -> pygame.Rect:
        """The box of a scene on screen (after scrolling); columns are centred vertically."""
        cell_w, cell_h = self.cell
        in_column = self.graph.column_size(node.column)
        top_offset = (max(self.graph.rows, 1) - in_column) * cell_h / 2
        _content_w, content_h = self.content_size()
        extra_y = max(0, (self.area.height - content_h) // 2)
        extra_x = max(0, (self.area.width - self.content_size()[0]) // 2)
        x = self.area.left + extra_x + node.column * cell_w - self.scroll[0]
        y = self.area.top + extra_y + round(top_offset + node.row * cell_h) - self.scroll[1]
        box = pygame.Rect(0, 0, round(cell_w * 0.76), round(cell_h * 0.72))
        box.center = (x + cell_w // 2, y + cell_h // 2)
        return box

    # -- input ------------------------------------------------------------------------------
    def scroll_by(self, dx: float, dy: float) -> bool:
        limit = self.max_scroll()
        new = [
            min(limit[0], max(0, round(self.scroll[0] + dx))),
            min(limit[1], max(0, round(self.scroll[1] + dy))),
        ]
        changed = new != self.scroll
        self.scroll = new
        if changed:
            self.rebuild()  # the scene boxes move with the graph
        return changed

    def select(self, scene_id: str | None) -> None:
        """Show a scene's text under the graph (None hides it)."""
        self.selected = None if scene_id == self.selected else scene_id

    def text_panel(self) -> pygame.Rect | None:
        """Where the selected scene's text goes: the half of the graph away from its box."""
        if self.selected is None:
            return None
        panel = pygame.Rect(self.area.left, self.area.top, self.area.width, self.area.height * 2 // 5)
        if self.node_rect(self.graph.nodes[self.selected]).centery < self.area.centery:
            panel.bottom = self.area.bottom
        return panel

    def box_shown(self, rect: pygame.Rect) -> bool:
        panel = self.text_panel()
        return self.area.contains(rect) and (panel is None or not panel.colliderect(rect))

    def _reveal_focused(self) -> None:
        """Tab onto a box outside the view scrolls it into the middle."""
        widget = self.form.focused
        if isinstance(widget, SceneBox) and not self.area.contains(widget.rect):
            self.scroll_by(widget.rect.centerx - self.area.centerx, widget.rect.centery - self.area.centery)

    def handle_event(self, event: pygame.event.Event) -> bool:
        step_x, step_y = self.cell[0] // 2, self.cell[1]
        if event.type == pygame.KEYDOWN and event.key in SCROLL_KEYS and self.max_scroll() != (0, 0):
            dx, dy = SCROLL_KEYS[event.key]
            self.scroll_by(dx * step_x, dy * step_y)
            return True
        if event.type == pygame.MOUSEWHEEL:
            dx, dy = (-event.y, 0) if pygame.key.get_mods() & pygame.KMOD_SHIFT else (event.x, -event.y)
            return self.scroll_by(dx * step_x, dy * step_y)
        if event.type == pygame.MOUSEBUTTONDOWN and event.button == 1 and self.area.collidepoint(event.pos):
            self._drag = event.pos
        elif event.type == pygame.MOUSEBUTTONUP and event.button == 1:
            self._drag = None
        elif event.type == pygame.MOUSEMOTION and self._drag is not None and event.buttons[0]:
            moved = self.scroll_by(self._drag[0] - event.pos[0], self._drag[1] - event.pos[1])
            self._drag = event.pos
            return moved
        elif event.type == pygame.FINGERMOTION:
            width, height = self.app.look.metrics.window.size
            return self.scroll_by(-event.dx * width, -event.dy * height)
        used = super().handle_event(event)
        if used and event.type == pygame.KEYDOWN:
            self._reveal_focused()
        return used

    def escape(self) -> bool:
        if self.selected is not None:
            self.selected = None
        else:
            self.dismiss()
        return True

    # -- drawing ----------------------------------------------------------------------------
    def draw_content(self, surface: pygame.Surface) -> None:
        look = self.app.look
        m, p = look.metrics, look.palette
        draw_soft_panel(surface, self.area, p, m.radius)
        clip = surface.get_clip()
        surface.set_clip(self.area.inflate(-2, -2))
        columns = self.visible_columns()
        nodes = self.graph.nodes
        for edge in self.graph.edges:
            source, target = nodes[edge.source], nodes[edge.target]
            low, high = sorted((source.column, target.column))
            if high >= columns.start and low < columns.stop:  # the arrow may cross the view
                self._draw_edge(surface, self.node_rect(source), self.node_rect(target), edge)
        for node in self.nodes_near():
            self._draw_node(surface, self.node_rect(node), node)
        surface.set_clip(clip)
        self._draw_legend(surface)
        if self.selected is not None:
            self._draw_scene_text(surface, self.selected)

    def _draw_scene_text(self, surface: pygame.Surface, scene_id: str) -> None:
        look, _ = self.app.look, self.app._
        m, p = look.metrics, look.palette
        scene = self.story.scene(scene_id)
        text = f"{scene_id}: {localize(scene.text, self.app.language)[0]}"
        if scene.ending:
            text += "\n" + _("Ending: {text}").format(text=localize(scene.ending, self.app.language)[0])
        panel = self.text_panel()
        assert panel is not None
        draw_soft_panel(surface, panel.inflate(-m.gap, -m.gap), p, m.radius, fill=p.surface_alt)
        look.text.draw_fitted(
            surface,
            text,
            panel.inflate(-3 * m.pad, -2 * m.gap),
            p.text,
            m.font_size("body"),
            m.min_font_size,
            valign="middle",
        )

    def _draw_edge(
        self, surface: pygame.Surface, source: pygame.Rect, target: pygame.Rect, edge: Edge
    ) -> None:
        """An arrow per choice: to the next column with one bend; otherwise around the right side."""
        look = self.app.look
        p, m = look.palette, look.metrics
        colour = p.danger if edge.loop else mix(p.text_muted, p.surface, 0.15)
        offset = (edge.index - 1) * max(3, source.height // 6)
        width = max(2, m.px(2))
        start = (source.right, source.centery + offset)
        if self.graph.is_backwards(edge):
            end = (target.right, target.centery - offset)
            side = (
                max(source.right, target.right) + (self.cell[0] - source.width) // 4 + edge.index * width * 2
            )
            points = [start, (side, start[1]), (side, end[1]), end]
        else:
            end = (target.left, target.centery)
            middle = (start[0] + end[0]) // 2
            points = [start, (middle, start[1]), (middle, end[1]), end]
        pygame.draw.lines(surface, colour, False, points, width)
        _arrow_head(surface, colour, points[-2], end, max(6, m.px(9)))

    def _draw_node(self, surface: pygame.Surface, rect: pygame.Rect, node: Node) -> None:
        look = self.app.look
        p, m = look.palette, look.metrics
        fill = p.surface_alt
        ink = p.text
        if node.ending:
            fill, ink = p.accent, p.accent_text
        pygame.draw.rect(surface, fill, rect, border_radius=m.radius // 2)
        border = p.focus if node.start else p.border
        pygame.draw.rect(
            surface, border, rect, width=max(3, m.px(4)) if node.start else 1, border_radius=m.radius // 2
        )
        if not node.reachable:
            pygame.draw.rect(surface, p.danger, rect.inflate(6, 6), width=2, border_radius=m.radius // 2)
        label = node.scene
        look.text.draw_fitted(
            surface,
            label,
            rect.inflate(-m.gap, -4),
            ink,
            m.font_size("small"),
            8,
            "bold" if node.ending or node.start else "regular",
            align="center",
            valign="middle",
        )

    def _draw_legend(self, surface: pygame.Surface) -> None:
        look, _ = self.app.look, self.app._
        m, p = look.metrics, look.palette
        endings = sum(1 for node in self.graph.nodes.values() if node.ending)
        unreachable = sum(1 for node in self.graph.nodes.values() if not node.reachable)
        text = _("{scenes} scenes · {choices} choices (arrows) · {endings} endings (filled)").format(
            scenes=len(self.graph.nodes), choices=len(self.graph.edges), endings=endings
        )
        loops = sum(1 for edge in self.graph.edges if edge.loop)
        if loops:
            text += " · " + _("{n} lead back (red)").format(n=loops)
        if unreachable:
            text += " · " + _("{n} not reachable (red frame)").format(n=unreachable)
        text += " · " + _("click a scene to read it")
        if self.max_scroll() != (0, 0):
            text += " · " + _("arrow keys or drag to scroll")
        look.text.draw_fitted(
            surface,
            text,
            self.legend_rect,
            p.text_muted,
            m.font_size("small"),
            m.min_font_size,
            valign="middle",
        )


def _arrow_head(
    surface: pygame.Surface, colour, start: tuple[int, int], end: tuple[int, int], size: int
) -> None:
    angle = math.atan2(end[1] - start[1], end[0] - start[0])
    left = (end[0] - size * math.cos(angle - 0.45), end[1] - size * math.sin(angle - 0.45))
    right = (end[0] - size * math.cos(angle + 0.45), end[1] - size * math.sin(angle + 0.45))
    pygame.draw.polygon(surface, colour, [end, left, right])
