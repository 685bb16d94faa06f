"""Small line icons drawn with pygame primitives, one stroke weight, any size.

The bundled font has no arrows or check marks, and buttons need an icon beside their text
so that colour is never the only signal. Drawing them keeps them crisp at every scale.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import pygame

Colour = tuple[int, int, int]


def _stroke(rect: pygame.Rect) -> int:
    return max(2, round(rect.width / 9))


def _pause(s: pygame.Surface, r: pygame.Rect, c: Colour) -> None:
    w = max(2, r.width // 5)
    for x in (r.left + r.width * 0.28, r.left + r.width * 0.72 - w):
        pygame.draw.rect(
            s, c, pygame.Rect(round(x), r.top + r.height // 6, w, r.height * 2 // 3), border_radius=w // 3
        )


def _help(s: pygame.Surface, r: pygame.Rect, c: Colour) -> None:
    t = _stroke(r)
    pygame.draw.circle(s, c, r.center, r.width // 2 - t // 2, t)
    cx, cy, u = r.centerx, r.centery, r.width / 10
    pygame.draw.arc(
        s,
        c,
        pygame.Rect(round(cx - 2 * u), round(cy - 3.4 * u), round(4 * u), round(4 * u)),
        -math.pi / 2,
        math.pi,
        t,
    )
    pygame.draw.line(s, c, (cx, round(cy + 0.5 * u)), (cx, round(cy + 1.4 * u)), t)
    pygame.draw.circle(s, c, (cx, round(cy + 2.6 * u)), max(1, t * 2 // 3))


def _check(s: pygame.Surface, r: pygame.Rect, c: Colour) -> None:
    points = [
        (r.left + r.width * 0.18, r.top + r.height * 0.52),
        (r.left + r.width * 0.42, r.top + r.height * 0.76),
        (r.left + r.width * 0.84, r.top + r.height * 0.26),
    ]
    pygame.draw.lines(s, c, False, points, _stroke(r) + 1)


def _close(s: pygame.Surface, r: pygame.Rect, c: Colour) -> None:
    a, b = r.inflate(-r.width // 3, -r.height // 3), _stroke(r)
    pygame.draw.line(s, c, a.topleft, a.bottomright, b)
    pygame.draw.line(s, c, a.topright, a.bottomleft, b)


def _plus(s: pygame.Surface, r: pygame.Rect, c: Colour) -> None:
    a, b = r.inflate(-r.width // 3, -r.height // 3), _stroke(r)
    pygame.draw.line(s, c, (a.left, a.centery), (a.right, a.centery), b)
    pygame.draw.line(s, c, (a.centerx, a.top), (a.centerx, a.bottom), b)


def _minus(s: pygame.Surface, r: pygame.Rect, c: Colour) -> None:
    a = r.inflate(-r.width // 3, -r.height // 3)
    pygame.draw.line(s, c, (a.left, a.centery), (a.right, a.centery), _stroke(r))


def _arrow(s: pygame.Surface, r: pygame.Rect, c: Colour, direction: int) -> None:
    a, t = r.inflate(-r.width // 4, -r.height // 3), _stroke(r)
    tip, tail = (a.right, a.centery), (a.left, a.centery)
    if direction < 0:
        tip, tail = tail, tip
    pygame.draw.line(s, c, tail, tip, t)
    d = direction * a.height // 2
    pygame.draw.lines(s, c, False, [(tip[0] - d, a.top), tip, (tip[0] - d, a.bottom)], t)


def _play(s: pygame.Surface, r: pygame.Rect, c: Colour) -> None:
    a = r.inflate(-r.width // 3, -r.height // 4)
    pygame.draw.polygon(s, c, [a.topleft, (a.right, a.centery), a.bottomleft])


def _globe(s: pygame.Surface, r: pygame.Rect, c: Colour) -> None:
    t = max(1, _stroke(r) * 2 // 3)
    radius = r.width // 2 - t
    pygame.draw.circle(s, c, r.center, radius, t)
    pygame.draw.ellipse(
        s, c, pygame.Rect(0, 0, radius, 2 * radius).move(r.centerx - radius // 2, r.centery - radius), t
    )
    pygame.draw.line(s, c, (r.centerx - radius, r.centery), (r.centerx + radius, r.centery), t)


def _gear(s: pygame.Surface, r: pygame.Rect, c: Colour) -> None:
    t, cx, cy = _stroke(r), r.centerx, r.centery
    outer = r.width * 0.42
    for i in range(8):
        angle = i * math.pi / 4
        pygame.draw.line(
            s,
            c,
            (cx + math.cos(angle) * outer * 0.55, cy + math.sin(angle) * outer * 0.55),
            (cx + math.cos(angle) * outer, cy + math.sin(angle) * outer),
            t + 1,
        )
    pygame.draw.circle(s, c, r.center, round(outer * 0.62), t)


def _book(s: pygame.Surface, r: pygame.Rect, c: Colour) -> None:
    a, t = r.inflate(-r.width // 6, -r.height // 3), _stroke(r)
    pygame.draw.lines(
        s,
        c,
        True,
        [
            (a.centerx, a.top + t),
            (a.left, a.top),
            a.bottomleft,
            (a.centerx, a.bottom + t // 2),
            a.bottomright,
            a.topright,
        ],
        t,
    )
    pygame.draw.line(s, c, (a.centerx, a.top + t), (a.centerx, a.bottom), t)


def _bookmark(s: pygame.Surface, r: pygame.Rect, c: Colour) -> None:
    """A ribbon with a notch: keep this card for later (a book is for the stories)."""
    a, t = r.inflate(-r.width * 2 // 5, -r.height // 5), _stroke(r)
    notch = (a.centerx, a.bottom - a.height // 4)
    pygame.draw.lines(s, c, True, [a.topleft, a.topright, a.bottomright, notch, a.bottomleft], t)


def _info(s: pygame.Surface, r: pygame.Rect, c: Colour) -> None:
    """An "i" in a circle: the guide for the worker."""
    t = _stroke(r)
    pygame.draw.circle(s, c, r.center, r.width // 2 - t // 2, t)
    pygame.draw.circle(s, c, (r.centerx, round(r.top + r.height * 0.3)), max(1, t * 2 // 3))
    pygame.draw.line(
        s, c, (r.centerx, round(r.top + r.height * 0.44)), (r.centerx, round(r.top + r.height * 0.74)), t
    )


def _cards(s: pygame.Surface, r: pygame.Rect, c: Colour) -> None:
    t = _stroke(r)
    back = pygame.Rect(0, 0, r.width * 0.5, r.height * 0.66)
    back.topleft = (r.left + r.width * 0.14, r.top + r.height * 0.12)
    pygame.draw.rect(s, c, back, t, border_radius=t)
    pygame.draw.rect(s, c, back.move(r.width * 0.22, r.height * 0.16), t, border_radius=t)


def _door(s: pygame.Surface, r: pygame.Rect, c: Colour) -> None:
    a, t = r.inflate(-r.width // 2, -r.height // 5).move(-r.width // 10, 0), _stroke(r)
    pygame.draw.rect(s, c, a, t)
    _arrow(s, pygame.Rect(a.centerx, r.top + r.height // 4, r.width // 2, r.height // 2), c, 1)


def _trash(s: pygame.Surface, r: pygame.Rect, c: Colour) -> None:
    t = _stroke(r)
    body = pygame.Rect(0, 0, r.width * 0.5, r.height * 0.55)
    body.midtop = (r.centerx, r.top + r.height * 0.3)
    pygame.draw.rect(s, c, body, t, border_radius=t)
    pygame.draw.line(
        s, c, (r.left + r.width * 0.18, body.top - t), (r.right - r.width * 0.18, body.top - t), t
    )
    pygame.draw.line(
        s, c, (r.centerx - r.width * 0.1, body.top - 2 * t), (r.centerx + r.width * 0.1, body.top - 2 * t), t
    )


def _warning(s: pygame.Surface, r: pygame.Rect, c: Colour) -> None:
    t = _stroke(r)
    a = r.inflate(-r.width // 8, -r.height // 6)
    pygame.draw.polygon(s, c, [(a.centerx, a.top), a.bottomright, a.bottomleft], t)
    pygame.draw.line(s, c, (a.centerx, a.top + a.height * 0.35), (a.centerx, a.top + a.height * 0.68), t)
    pygame.draw.circle(s, c, (a.centerx, round(a.top + a.height * 0.82)), max(1, t * 2 // 3))


def _save(s: pygame.Surface, r: pygame.Rect, c: Colour) -> None:
    a, t = r.inflate(-r.width // 4, -r.height // 4), _stroke(r)
    pygame.draw.rect(s, c, a, t, border_radius=t)
    pygame.draw.rect(s, c, pygame.Rect(a.left + a.width // 4, a.top, a.width // 2, a.height // 3), t)


def _star(s: pygame.Surface, r: pygame.Rect, c: Colour) -> None:
    """A five-pointed star, outlined: a strength given to a player."""
    outer, inner = r.width * 0.46, r.width * 0.19
    cx, cy = r.centerx, r.centery + r.height * 0.04
    points = [
        (cx + radius * math.sin(math.pi * k / 5), cy - radius * math.cos(math.pi * k / 5))
        for k, radius in zip(range(10), (outer, inner) * 5, strict=True)
    ]
    pygame.draw.polygon(s, c, points, max(2, _stroke(r) * 3 // 4))


def _die(s: pygame.Surface, r: pygame.Rect, c: Colour) -> None:
    """A die showing five: rolling it (the board's main action)."""
    a, t = r.inflate(-r.width // 6, -r.height // 6), _stroke(r)
    pygame.draw.rect(s, c, a, t, border_radius=max(2, a.width // 5))
    pip = max(2, round(a.width * 0.1))
    for fx, fy in ((0.3, 0.3), (0.7, 0.3), (0.5, 0.5), (0.3, 0.7), (0.7, 0.7)):
        pygame.draw.circle(s, c, (round(a.left + a.width * fx), round(a.top + a.height * fy)), pip)


def _screen(s: pygame.Surface, r: pygame.Rect, c: Colour) -> None:
    """A screen on a stand with a small play mark: watch the game show itself (the demo)."""
    t = _stroke(r)
    screen = pygame.Rect(r.left + r.width * 0.08, r.top + r.height * 0.14, r.width * 0.84, r.height * 0.56)
    pygame.draw.rect(s, c, screen, t, border_radius=t)
    pygame.draw.line(s, c, (r.centerx, screen.bottom), (r.centerx, r.top + r.height * 0.84), t)
    pygame.draw.line(
        s,
        c,
        (r.left + r.width * 0.3, r.top + r.height * 0.86),
        (r.right - r.width * 0.3, r.top + r.height * 0.86),
        t,
    )
    mark = screen.inflate(-screen.width * 0.62, -screen.height * 0.5)
    pygame.draw.polygon(s, c, [mark.topleft, (mark.right, mark.centery), mark.bottomleft])


ICONS: dict[str, Callable[[pygame.Surface, pygame.Rect, Colour], None]] = {
    "pause": _pause,
    "help": _help,
    "check": _check,
    "close": _close,
    "plus": _plus,
    "minus": _minus,
    "back": lambda s, r, c: _arrow(s, r, c, -1),
    "next": lambda s, r, c: _arrow(s, r, c, 1),
    "play": _play,
    "globe": _globe,
    "gear": _gear,
    "book": _book,
    "bookmark": _bookmark,
    "info": _info,
    "cards": _cards,
    "door": _door,
    "trash": _trash,
    "warning": _warning,
    "save": _save,
    "star": _star,
    "die": _die,
    "screen": _screen,
}


def draw_icon(surface: pygame.Surface, name: str, rect: pygame.Rect, colour: Colour) -> None:
    """Draw the named icon into a square ``rect``; an unknown name draws nothing."""
    painter = ICONS.get(name)
    if painter is not None:
        side = min(rect.width, rect.height)
        painter(surface, pygame.Rect(rect.centerx - side // 2, rect.centery - side // 2, side, side), colour)
