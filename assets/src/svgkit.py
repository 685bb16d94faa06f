"""Small helpers that write the SVG subset SDL_image's loader (nanosvg) draws correctly.

Why a generator instead of hand-edited files: one place holds the stroke weight, the ink colour
and the palette, so every icon, token and portrait keeps the same style. The output is plain
SVG (paths, circles, ellipses, rects, polygons, groups with transforms, explicit colours);
nothing here emits <text>, <style>, CSS classes, filters, masks, <use> or currentColor, which
nanosvg ignores or draws wrongly.
"""

from __future__ import annotations

import math

INK = "#2b2a28"  # dark warm ink: every outline and small solid detail
STROKE = 3  # the single stroke weight, in a 48-unit icon viewBox and in portraits alike
BIRCH_WHITE = "#fbfaf7"

# The Nordic palette, bright enough for token fills with an ink outline.
TOKEN_COLOURS = {
    "lake-blue": "#3f86c6",
    "forest-green": "#3f9a5f",
    "lingonberry-red": "#c8414f",
    "cloudberry-orange": "#f0a13a",
    "heather-violet": "#9a6cc0",
    "deep-teal": "#1f8a8a",
}


def _num(value: float) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def _attrs(fill: str, stroke: str | None, width: float = STROKE, extra: str = "") -> str:
    parts = [f'fill="{fill}"']
    if stroke:
        parts.append(
            f'stroke="{stroke}" stroke-width="{_num(width)}" stroke-linecap="round" stroke-linejoin="round"'
        )
    if extra:
        parts.append(extra)
    return " ".join(parts)


def path(d: str, fill: str = "none", stroke: str | None = INK, width: float = STROKE, extra: str = "") -> str:
    return f'<path d="{d}" {_attrs(fill, stroke, width, extra)}/>'


def circle(
    cx: float, cy: float, r: float, fill: str = "none", stroke: str | None = INK, width: float = STROKE
) -> str:
    return f'<circle cx="{_num(cx)}" cy="{_num(cy)}" r="{_num(r)}" {_attrs(fill, stroke, width)}/>'


def ellipse(
    cx: float,
    cy: float,
    rx: float,
    ry: float,
    fill: str = "none",
    stroke: str | None = INK,
    width: float = STROKE,
    rotate: float = 0,
) -> str:
    turn = f' transform="rotate({_num(rotate)} {_num(cx)} {_num(cy)})"' if rotate else ""
    return (
        f'<ellipse cx="{_num(cx)}" cy="{_num(cy)}" rx="{_num(rx)}" ry="{_num(ry)}"{turn} '
        f"{_attrs(fill, stroke, width)}/>"
    )


def rect(
    x: float,
    y: float,
    w: float,
    h: float,
    r: float = 0,
    fill: str = "none",
    stroke: str | None = INK,
    width: float = STROKE,
) -> str:
    rounding = f' rx="{_num(r)}" ry="{_num(r)}"' if r else ""
    return (
        f'<rect x="{_num(x)}" y="{_num(y)}" width="{_num(w)}" height="{_num(h)}"{rounding} '
        f"{_attrs(fill, stroke, width)}/>"
    )


def dot(cx: float, cy: float, r: float = 2.2, fill: str = INK) -> str:
    """A small solid detail (an eye, a pip, a dot of a trail)."""
    return circle(cx, cy, r, fill=fill, stroke=None)


def polygon(points: list[tuple[float, float]], fill: str = "none", stroke: str | None = INK) -> str:
    coords = " ".join(f"{_num(x)},{_num(y)}" for x, y in points)
    return f'<polygon points="{coords}" {_attrs(fill, stroke)}/>'


def star_points(
    cx: float, cy: float, outer: float, inner: float, spikes: int = 5
) -> list[tuple[float, float]]:
    points = []
    for i in range(spikes * 2):
        radius = outer if i % 2 == 0 else inner
        angle = -math.pi / 2 + i * math.pi / spikes
        points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    return points


def heart(cx: float, cy: float, size: float) -> str:
    """Path data of a heart about 2*size wide, centred on (cx, cy)."""
    unit = [
        ("M", [(0, 0.85)]),
        ("C", [(-0.35, 0.6), (-1, 0.2), (-1, -0.3)]),
        ("C", [(-1, -0.75), (-0.6, -0.95), (-0.38, -0.95)]),
        ("C", [(-0.15, -0.95), (0, -0.75), (0, -0.55)]),
        ("C", [(0, -0.75), (0.15, -0.95), (0.38, -0.95)]),
        ("C", [(0.6, -0.95), (1, -0.75), (1, -0.3)]),
        ("C", [(1, 0.2), (0.35, 0.6), (0, 0.85)]),
    ]
    out = []
    for command, points in unit:
        coords = " ".join(f"{_num(cx + x * size)} {_num(cy + y * size)}" for x, y in points)
        out.append(f"{command}{coords}")
    return " ".join(out) + " Z"


def document(width: float, height: float, body: list[str]) -> str:
    inner = "\n  ".join(body)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{_num(width)}" height="{_num(height)}" '
        f'viewBox="0 0 {_num(width)} {_num(height)}">\n  {inner}\n</svg>\n'
    )


def group(body: list[str], transform: str) -> str:
    inner = "".join(body)
    return f'<g transform="{transform}">{inner}</g>'
