"""Game pieces: player tokens, die faces, the card back and the app icon.

Tokens differ by shape first and colour second (colour is never the only signal): each is a
flat Nordic-palette fill with the same ink outline as the icons.
"""

from __future__ import annotations

import random

from svgkit import (
    BIRCH_WHITE,
    TOKEN_COLOURS,
    circle,
    dot,
    path,
    polygon,
    rect,
    star_points,
)

CREAM = "#f4ead7"

# id -> (colour name, body); the ids are what saves and the setup screen refer to.
TOKENS = {
    "leaf": (
        "forest-green",
        [
            path("M24 41 V45.5"),
            path(
                "M24 5 C28 9 32 12 35 16 L33.5 17.5 L37 20 C39 24 39 28 37 31 L35 31.5 L35.5 34"
                " C32 38 28 40.5 24 41 C20 40.5 16 38 12.5 34 L13 31.5 L11 31 C9 28 9 24 11 20"
                " L14.5 17.5 L13 16 C16 12 20 9 24 5 Z",
                fill=TOKEN_COLOURS["forest-green"],
            ),
            path("M24 12 V37 M24 22 L31 17.5 M24 22 L17 17.5 M24 30 L31.5 25 M24 30 L16.5 25"),
        ],
    ),
    "fish": (
        "lake-blue",
        [
            path("M34 24 L44 15.5 V32.5 Z", fill=TOKEN_COLOURS["lake-blue"]),
            path("M4 24 C10 13 26 11 35 24 C26 37 10 35 4 24 Z", fill=TOKEN_COLOURS["lake-blue"]),
            path("M22 17 C25 20 25 28 22 31"),
            dot(13, 22.5, 2.4),
        ],
    ),
    "star": (
        "cloudberry-orange",
        [polygon(star_points(24, 25.5, 20, 9), fill=TOKEN_COLOURS["cloudberry-orange"]), dot(24, 25.5, 2.4)],
    ),
    "mushroom": (
        "lingonberry-red",
        [
            path("M17.5 26 C17.5 33 16 38 18 42 H30 C32 38 30.5 33 30.5 26", fill=CREAM),
            path("M5 26 C5 14 13.5 6 24 6 C34.5 6 43 14 43 26 Z", fill=TOKEN_COLOURS["lingonberry-red"]),
            path("M13 16.5 C15 13.5 18 11.5 21 11", stroke=CREAM),
        ],
    ),
    "boat": (
        "deep-teal",
        [
            path("M24 29 V6"),
            path("M24 8 L38 25 H24 Z", fill=TOKEN_COLOURS["deep-teal"]),
            path("M21 12 L11 25 H21 Z", fill=TOKEN_COLOURS["deep-teal"]),
            path("M4 29 H44 L37.5 39 H10.5 Z", fill=TOKEN_COLOURS["deep-teal"]),
            path("M6 44 C9 42 12 42 15 44 M33 44 C36 42 39 42 42 44"),
        ],
    ),
    "bird": (
        "heather-violet",
        [
            path("M14 24 L3 20 L5 35 L14 32 Z", fill=TOKEN_COLOURS["heather-violet"]),
            path(
                "M8 27 C8 17 16 11 25 12 C28 8 33 7 37 9 C40 11 41 14 41 17 L46 19 L41 22"
                " C41 33 34 40 24 40 C15 40 8 35 8 27 Z",
                fill=TOKEN_COLOURS["heather-violet"],
            ),
            path("M12 32 C16 25 22 19 28 19 C32 19 34 22 33 25 C31 30 22 32 12 32 Z", fill="#7b52a0"),
            dot(34.5, 15.5, 2.2),
            path("M20 40 V44 M28 40 V44"),
        ],
    ),
}

PIPS = {
    1: [(24, 24)],
    2: [(15, 15), (33, 33)],
    3: [(15, 15), (24, 24), (33, 33)],
    4: [(15, 15), (33, 15), (15, 33), (33, 33)],
    5: [(15, 15), (33, 15), (24, 24), (15, 33), (33, 33)],
    6: [(15, 14), (33, 14), (15, 24), (33, 24), (15, 34), (33, 34)],
}


def die_face(value: int) -> list[str]:
    return [rect(4, 4, 40, 40, 9, fill=BIRCH_WHITE)] + [dot(x, y, 3.8) for x, y in PIPS[value]]


# --- the motif shared by the app icon and the card back -------------------------------------

LAKE = "#2b6a9e"
PATH_SPACES = [  # a winding row of board spaces in theme colours, inside a speech bubble
    (14.5, 29, "#7a4e9c"),
    (20, 23.5, "#e0843a"),
    (26.5, 26.5, "#3f9a5f"),
    (32, 21, "#3f86c6"),
    (35, 14.5, "#c8414f"),
]


def motif() -> list[str]:
    """A conversation with a path through it: a speech bubble holding board spaces (48×48)."""
    body = [
        rect(3, 3, 42, 42, 10, fill=LAKE, stroke=None),
        path(
            "M13 9 H35 A6 6 0 0 1 41 15 V29 A6 6 0 0 1 35 35 H21 L13 41 V35 A6 6 0 0 1 7 29 V15"
            " A6 6 0 0 1 13 9 Z",
            fill=BIRCH_WHITE,
            width=1.5,
        ),
        path(
            "M14.5 29 C16 26 18 24 20 23.5 C23 23 24 27 26.5 26.5 C29 26 30 22 32 21 C34 20 35 17 35 14.5",
            stroke="#d8d2c6",
            width=1.5,
        ),
    ]
    body += [circle(x, y, 3.2, fill=colour, stroke=None) for x, y, colour in PATH_SPACES]
    body.append(rect(3, 3, 42, 42, 10, width=1.5))
    return body


def card_back() -> list[str]:
    """A calm birch-bark card back (300×420): scattered dark bark marks, a frame, the motif."""
    rng = random.Random(7)  # fixed seed: the pattern is part of the art, not random per build
    body = [rect(1.5, 1.5, 297, 417, 22, fill=BIRCH_WHITE)]
    marks: dict[float, list[str]] = {3: [], 4.5: [], 6: []}
    for row in range(14):
        y = 24 + row * 28 + rng.uniform(-5, 5)
        x = rng.uniform(-10, 40)
        while x < 290:
            length = rng.uniform(12, 34)
            inside_emblem = abs(y - 210) < 86 and x + length > 66 and x < 234
            if not inside_emblem:
                x0, x1 = max(x, 22), min(x + length, 278)
                if x1 - x0 > 6 and 22 < y < 398:
                    marks[rng.choice(list(marks))].append(f"M{x0:.1f} {y:.1f} H{x1:.1f}")
            x += length + rng.uniform(30, 70)
    body += [path(" ".join(lines), stroke="#7d7368", width=width) for width, lines in marks.items()]
    body.append(rect(12, 12, 276, 396, 14, stroke=LAKE))
    body.append(circle(150, 210, 72, fill=BIRCH_WHITE, stroke=LAKE))
    body.append(f'<g transform="translate(102 162) scale(2)">{"".join(motif())}</g>')
    body.append(rect(1.5, 1.5, 297, 417, 22))
    return body
