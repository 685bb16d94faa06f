"""Drawing the board: the path, its spaces (colour *and* icon *and* name), tokens and the die.

Only drawing: the board scene decides what each space looks like (:class:`SpaceLook`) and
where it goes (:mod:`.board_geometry`), and passes both in.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pygame

from .art import Art, draw_image_or_placeholder
from .board_geometry import BoardLayout, space_parts, token_shadow
from .card_face import theme_fill
from .look import Look
from .palette import Colour, mix, readable_on


@dataclass(frozen=True)
class SpaceLook:
    name: str
    icon: str | Path  # a path under assets/ (a Path: a facilitator's own icon)
    colour: Colour | None  # a theme colour; None for special spaces (drawn light, outlined)
    # A theme space whose theme is not in play: the engine makes it a free choice, so it is
    # drawn muted and hatched with the free-choice icon in its corner (never colour alone).
    out_of_play: bool = False


def draw_path(surface: pygame.Surface, layout: BoardLayout, look: Look) -> None:
    """A soft ribbon through the centres of the spaces, so the way forward is obvious."""
    if len(layout.tiles) < 2:
        return
    width = max(4, layout.tiles[0][3] // 5)
    points = [layout.center(i) for i in range(len(layout.tiles))]
    colour = mix(look.palette.shadow, look.palette.background, 0.2)
    pygame.draw.lines(surface, colour, False, points, width)
    for point in points:
        pygame.draw.circle(surface, colour, point, width // 2)


def _space_parts(rect: pygame.Rect, look: Look) -> tuple[pygame.Rect, pygame.Rect]:
    """The icon's circle and the box of the name inside a space (see :func:`space_parts`)."""
    circle, name_box = space_parts((rect.x, rect.y, rect.width, rect.height), look.metrics.text_scale)
    return pygame.Rect(circle), pygame.Rect(name_box)


def _base_label_size(rect: pygame.Rect) -> int:
    return max(8, round(rect.height * 0.2))


def board_label_size(names: list[str], tile: pygame.Rect, look: Look) -> int:
    """One size for the names of the spaces of a board, growing with the type scale.

    The largest size (up to the scale) at which three in four of the names fit whole, so the
    labels grow together instead of each to its own size; the few long ones ("Terveys ja
    hyvinvointi") shrink alone, never below their size at 100 %."""
    base = _base_label_size(tile)
    _, box = _space_parts(tile, look)
    scale = min(max(look.metrics.text_scale, 1.0), 2.0)
    distinct = set(names)
    for size in range(round(base * scale), base, -1):
        whole = sum(_fits_whole(name, box, size, look) for name in distinct)
        if whole * 2 >= len(distinct):
            return size
    return base


def _fits_whole(name: str, box: pygame.Rect, size: int, look: Look) -> bool:
    layout = look.text.fit(name, box.size, size, size, "bold")
    return not layout.below_min and " ".join(layout.lines).split() == name.split()


def _label_min(name: str, box: pygame.Rect, size: int, look: Look) -> int:
    """The smallest size for one name: that of 100 % if it fits whole there, else whatever fits."""
    return size if _fits_whole(name, box, size, look) else 8


def draw_space(
    surface: pygame.Surface,
    rect: pygame.Rect,
    space: SpaceLook,
    look: Look,
    art: Art,
    *,
    highlight: bool,
    label_size: int | None = None,
) -> None:
    p = look.palette
    radius = max(4, rect.height // 6)
    fill = theme_fill(space.colour, p) if space.colour else p.surface
    if space.out_of_play:
        fill = mix(fill, p.surface_alt, 0.75)
    ink = readable_on(fill, dark=p.text)
    pygame.draw.rect(surface, p.shadow, rect.move(0, max(2, rect.height // 30)), border_radius=radius)
    pygame.draw.rect(surface, fill, rect, border_radius=radius)
    if space.out_of_play:
        _hatch(surface, rect, mix(fill, p.text_muted, 0.35), radius)
    pygame.draw.rect(
        surface,
        p.border if space.colour is None else mix(fill, (0, 0, 0), 0.25),
        rect,
        width=2 if space.colour is None else 1,
        border_radius=radius,
    )
    circle, name_box = _space_parts(rect, look)
    circle_d = circle.width
    pygame.draw.circle(surface, (255, 255, 255), circle.center, circle_d // 2)
    if space.colour is None:
        pygame.draw.circle(surface, p.border, circle.center, circle_d // 2, 1)
    icon_side = round(circle_d * 0.78)
    icon = art.image(space.icon, (icon_side, icon_side))
    draw_image_or_placeholder(surface, icon, circle.inflate(-circle_d // 5, -circle_d // 5), p.text)
    look.text.draw_fitted(
        surface,
        space.name,
        name_box,
        ink,
        label_size or _base_label_size(rect),
        _label_min(space.name, name_box, _base_label_size(rect), look),
        weight="bold",
        align="center",
        valign="middle",
    )
    if space.out_of_play:
        _free_choice_badge(surface, rect, look, art)
    if highlight:
        draw_space_ring(surface, rect, look)


def _hatch(surface: pygame.Surface, rect: pygame.Rect, colour: Colour, radius: int) -> None:
    """Diagonal stripes inside the space's rounded shape (the pattern says "not in play")."""
    stripes = pygame.Surface(rect.size, pygame.SRCALPHA)
    step = max(6, rect.height // 6)
    width = max(1, step // 4)
    for x in range(-rect.height, rect.width, step):
        pygame.draw.line(stripes, colour, (x, rect.height), (x + rect.height, 0), width)
    mask = pygame.Surface(rect.size, pygame.SRCALPHA)
    pygame.draw.rect(mask, (255, 255, 255, 255), mask.get_rect(), border_radius=radius)
    stripes.blit(mask, (0, 0), special_flags=pygame.BLEND_RGBA_MIN)
    surface.blit(stripes, rect)


def _free_choice_badge(surface: pygame.Surface, rect: pygame.Rect, look: Look, art: Art) -> None:
    """The free-choice icon on a small white disc in the top-right corner."""
    side = max(10, rect.height * 2 // 5)
    badge = pygame.Rect(rect.right - side - 1, rect.top + 1, side, side)
    pygame.draw.circle(surface, (255, 255, 255), badge.center, side // 2)
    pygame.draw.circle(surface, look.palette.text, badge.center, side // 2, max(1, side // 12))
    icon = art.image("icons/space-free.svg", (side * 3 // 4, side * 3 // 4))
    draw_image_or_placeholder(surface, icon, badge.inflate(-side // 8, -side // 8), look.palette.text)


def draw_space_ring(surface: pygame.Surface, rect: pygame.Rect, look: Look) -> None:
    """The thick ring round the space of the player whose turn it is."""
    m = look.metrics
    radius = max(4, rect.height // 6)
    ring = rect.inflate(2 * (m.focus_width + 2), 2 * (m.focus_width + 2))
    pygame.draw.rect(
        surface, look.palette.focus, ring, width=m.focus_width, border_radius=radius + m.focus_width
    )


def draw_token(
    surface: pygame.Surface,
    centre: tuple[float, float],
    radius: int,
    picture: str,
    look: Look,
    art: Art,
    *,
    current: bool,
) -> None:
    """A token: its picture on a white disc with an ink rim; the current player's has a thick ring."""
    p = look.palette
    x, y = round(centre[0]), round(centre[1])
    pygame.draw.circle(surface, p.shadow, (x, y + token_shadow(radius)), radius)
    pygame.draw.circle(surface, (255, 255, 255), (x, y), radius)
    pygame.draw.circle(
        surface,
        p.focus if current else p.text,
        (x, y),
        radius,
        max(3, radius // 4) if current else max(1, radius // 10),
    )
    side = round(radius * 1.45)
    image = art.image(f"tokens/{picture}.svg", (side, side))
    draw_image_or_placeholder(surface, image, pygame.Rect(x - side // 2, y - side // 2, side, side), p.text)


def draw_die(
    surface: pygame.Surface,
    rect: pygame.Rect,
    face: int | None,
    tilt: float,
    look: Look,
    art: Art,
    *,
    resting: bool = False,
) -> None:
    """The die face (or a blank die if its picture is missing), tilted while it tumbles;
    ``resting``: softened, a die waiting to be rolled rather than a result."""
    side = min(rect.width, rect.height)
    image = art.image(f"die/face-{face}.svg", (side, side)) if face else None
    if image is None:
        image = pygame.Surface((side, side), pygame.SRCALPHA)
        pygame.draw.rect(image, (251, 250, 247), image.get_rect().inflate(-4, -4), border_radius=side // 5)
        pygame.draw.rect(
            image, look.palette.text, image.get_rect().inflate(-4, -4), 3, border_radius=side // 5
        )
    if tilt:
        image = pygame.transform.rotozoom(image, tilt, 1.0)
    if resting:
        image = image.copy()
        image.set_alpha(120)
    surface.blit(image, image.get_rect(center=rect.center))
