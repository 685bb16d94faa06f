"""Check-in and check-out: how each player feels, on a picture scale of weather with words.

Never a score: the five kinds of weather are pictures with words, in no numbered order on
screen, and nothing adds them up. What the players pick lives only in this object, in
memory, for the running session (the save file never holds it); the summary shows check-in
and check-out side by side, and a summary the worker chooses to save includes them.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

import pygame

from .palette import Colour

WEATHER = ("sunny", "partly-cloudy", "cloudy", "rainy", "stormy")


def weather_words(_: Callable[[str], str]) -> dict[str, str]:
    return {
        "sunny": _("Sunny"),
        "partly-cloudy": _("Partly cloudy"),
        "cloudy": _("Cloudy"),
        "rainy": _("Rainy"),
        "stormy": _("Stormy"),
    }


@dataclass
class Feelings:
    """Picks per player index; a player who passes has no entry."""

    check_in: dict[int, str] = field(default_factory=dict)
    check_out: dict[int, str] = field(default_factory=dict)
    asked_in: bool = False
    asked_out: bool = False


SUN = (232, 170, 40)
CLOUD_LIGHT = (236, 238, 242)
CLOUD_DARK = (150, 156, 168)
RAIN = (70, 130, 200)
BOLT = (240, 190, 40)


def draw_weather(surface: pygame.Surface, weather: str, rect: pygame.Rect, outline: Colour) -> None:
    """One picture of the scale, drawn with shapes (one stroke weight, flat colours)."""
    size = min(rect.width, rect.height)
    box = pygame.Rect(0, 0, size, size)
    box.center = rect.center
    stroke = max(2, size // 24)
    if weather in ("sunny", "partly-cloudy"):
        centre = box.center if weather == "sunny" else (box.left + size * 0.4, box.top + size * 0.38)
        radius = size * (0.22 if weather == "sunny" else 0.18)
        for ray in range(8):
            angle = ray * math.pi / 4
            start = (centre[0] + math.cos(angle) * radius * 1.35, centre[1] + math.sin(angle) * radius * 1.35)
            end = (centre[0] + math.cos(angle) * radius * 1.8, centre[1] + math.sin(angle) * radius * 1.8)
            pygame.draw.line(surface, SUN, start, end, stroke)
        pygame.draw.circle(surface, SUN, centre, radius)
        pygame.draw.circle(surface, outline, centre, radius, stroke)
    if weather == "sunny":
        return
    dark = weather in ("rainy", "stormy")
    fill = CLOUD_DARK if dark else CLOUD_LIGHT
    cx, cy = box.left + size * 0.55, box.top + size * (0.55 if weather == "partly-cloudy" else 0.45)
    puffs = [(-0.2, 0.04, 0.16), (0.0, -0.06, 0.2), (0.2, 0.04, 0.15)]
    base = pygame.Rect(0, 0, round(size * 0.56), round(size * 0.18))
    base.midbottom = (round(cx), round(cy + size * 0.2))
    for dx, dy, r in puffs:
        pygame.draw.circle(surface, outline, (cx + dx * size, cy + dy * size), r * size + stroke)
    pygame.draw.rect(surface, outline, base.inflate(2 * stroke, 2 * stroke), border_radius=base.height // 2)
    for dx, dy, r in puffs:
        pygame.draw.circle(surface, fill, (cx + dx * size, cy + dy * size), r * size)
    pygame.draw.rect(surface, fill, base, border_radius=base.height // 2)
    if weather == "rainy":
        for i in range(3):
            x = base.left + base.width * (0.25 + 0.25 * i)
            top = base.bottom + size * 0.06
            pygame.draw.line(surface, RAIN, (x, top), (x - size * 0.05, top + size * 0.14), stroke)
    if weather == "stormy":
        x, y = base.centerx, base.bottom + size * 0.02
        points = [
            (x + size * 0.04, y),
            (x - size * 0.06, y + size * 0.12),
            (x + size * 0.02, y + size * 0.12),
            (x - size * 0.05, y + size * 0.26),
        ]
        pygame.draw.lines(surface, BOLT, False, points, stroke + 1)
