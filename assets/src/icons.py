"""Line icons on a 48×48 grid: themes, special spaces and card actions.

Rules (docs/art.md): ink outlines of STROKE units with round caps and joins, a few solid ink
details, nothing outside 5..43 so the icon sits inside a white circle with a margin.
"""

from __future__ import annotations

from svgkit import INK, circle, dot, ellipse, heart, path, rect

# --- themes ---------------------------------------------------------------------------------

ME = [
    circle(24, 16.5, 7.5),
    path("M9 41 C9 32 15.5 27.5 24 27.5 C32.5 27.5 39 32 39 41 Z"),
    path(heart(24, 35, 3.2), fill=INK, stroke=None),
]

HOME = [
    path("M7 23 L24 8 L41 23"),
    path("M12 19 V40 H36 V19"),
    path("M16.5 40 V30 H23.5 V40"),
    path(heart(30, 28.5, 3.6), fill=INK, stroke=None),
    path("M30 13.3 V9 H34 V16.8"),
]

FRIENDS = [
    circle(31, 14.5, 6),
    path("M29 25.5 C35.5 24.5 42 28.5 42 36"),
    circle(18, 19, 6.5),
    path("M5.5 40 C5.5 32.5 11 28.5 18 28.5 C25 28.5 30.5 32.5 30.5 40 Z"),
]

SCHOOL_WORK = [
    path("M18 13 V11.5 A6 6 0 0 1 30 11.5 V13"),
    rect(11, 13, 26, 28, 7),
    rect(16.5, 27, 15, 9, 3),
    path("M16.5 21 H31.5"),
]

HEALTH = [
    path(heart(24, 25, 17.5)),
    path("M12 25 H18 L21 19.5 L25.5 31 L29 23 L31 25 H36"),
]

FEELINGS = [
    path("M10.6 22.5 A8.5 8.5 0 0 1 26.5 13.6"),
    path("M18 5.5 V7.5 M7 10 L8.5 11.5 M29 10 L27.5 11.5 M4.5 21 H6.5"),
    path("M13.5 39 H34.5 A7 7 0 0 0 35 25 A10 10 0 0 0 16.5 23.5 A7.8 7.8 0 0 0 13.5 39 Z"),
]

FREE_TIME = [
    path("M19 33 V13 L36 9 V29"),
    path("M19 18.5 L36 14.5"),
    ellipse(14.5, 33.5, 5, 4, fill=INK, stroke=None, rotate=-20),
    ellipse(31.5, 29.5, 5, 4, fill=INK, stroke=None, rotate=-20),
]

FUTURE = [
    path("M6 22 L42 8 L32 38 L23.5 28.5 Z"),
    path("M42 8 L23.5 28.5 L22 37 L27.5 32.5"),
    dot(16, 36.5, 1.8),
    dot(10.5, 40.5, 1.6),
    dot(5.5, 43, 1.4),
]

EVERYDAY = [
    path("M11 15 L29 9 L31.5 15"),
    rect(7, 15, 34, 25, 5),
    path("M41 23 H33.5 A4.5 4.5 0 0 0 33.5 32 H41"),
    dot(34, 27.5, 1.8),
]

THEMES = {
    "me": ME,
    "home": HOME,
    "friends": FRIENDS,
    "school-work": SCHOOL_WORK,
    "health": HEALTH,
    "feelings": FEELINGS,
    "free-time": FREE_TIME,
    "future": FUTURE,
    "everyday": EVERYDAY,
}

# --- special spaces -------------------------------------------------------------------------

START = [
    ellipse(15.5, 25, 5.5, 8.5, fill=INK, stroke=None, rotate=-10),
    ellipse(17.3, 39.5, 4, 3, fill=INK, stroke=None, rotate=-10),
    ellipse(32.5, 13, 5.5, 8.5, fill=INK, stroke=None, rotate=10),
    ellipse(30.7, 27.5, 4, 3, fill=INK, stroke=None, rotate=10),
]

STORY = [
    path(
        "M24 14 C19.5 10.5 12.5 10 6 12 V37 C12.5 35 19.5 35.5 24 39 C28.5 35.5 35.5 35 42 37 V12"
        " C35.5 10 28.5 10.5 24 14 Z"
    ),
    path("M24 14 V38"),
    path("M10.5 19 C13.5 18.2 16.5 18.2 19.5 19.5 M10.5 25 C13.5 24.2 16.5 24.2 19.5 25.5"),
    path("M28.5 19.5 C31.5 18.2 34.5 18.2 37.5 19 M28.5 25.5 C31.5 24.2 34.5 24.2 37.5 25"),
]

REFLECTION = [
    rect(6, 7, 36, 23, 11.5),
    dot(16, 18.5, 2.4),
    dot(24, 18.5, 2.4),
    dot(32, 18.5, 2.4),
    circle(15, 36, 3),
    dot(9, 42, 1.9),
]

GEM = [
    path("M14 10 H34 L42 20 L24 40 L6 20 Z"),
    path("M6 20 H42 M14 10 L19 20 L24 40 L29 20 L34 10 M19 20 L24 10 L29 20"),
]

FREE = [
    path("M24 6 V42 M17 42 H31"),
    path("M24 10 H36 L40.5 14.5 L36 19 H24"),
    path("M24 23 H12 L7.5 27.5 L12 32 H24"),
]

BREATHER = [
    path("M10 20 H33 V31 A9 9 0 0 1 24 40 H19 A9 9 0 0 1 10 31 Z"),
    path("M33 23 H35 A5 5 0 0 1 35 33 H32"),
    path("M17.5 15 C15.5 12.5 19.5 10.5 17.5 7"),
    path("M25.5 15 C23.5 12.5 27.5 10.5 25.5 7"),
]

GOAL = [
    path("M5 41 C11 33 19 31 24 31 C29 31 37 33 43 41 Z"),
    path("M19 31 V6"),
    path("M19 7 H36 L31.5 12.5 L36 18 H19", fill=INK),
]

SPACES = {
    "start": START,
    "story": STORY,
    "reflection": REFLECTION,
    "strengths": GEM,
    "free": FREE,
    "breather": BREATHER,
    "goal": GOAL,
}

# --- card actions ---------------------------------------------------------------------------

ACTIONS = {
    "done": [path("M10 25 L19.5 34.5 L38 14")],
    "pass": [
        path("M8 33 C10 19 28 12 37 25"),
        path("M38.5 16 L37.5 25.5 L28 24.5"),
        dot(23, 37, 2.6),
    ],
    "another": [
        path("M18 11 V10 A3 3 0 0 1 21 7 H36 A3 3 0 0 1 39 10 V33 A3 3 0 0 1 36 36 H31"),
        rect(9, 13, 22, 28, 3),
        path("M20 22 V32 M15 27 H25"),
    ],
    "follow-up": [
        path(
            "M12 9 H36 A5 5 0 0 1 41 14 V28 A5 5 0 0 1 36 33 H21 L13 40 V33 H12 A5 5 0 0 1 7 28 V14"
            " A5 5 0 0 1 12 9 Z"
        ),
        path("M24 15 V27 M18 21 H30"),
    ],
    "bookmark": [path("M14 7 H34 V42 L24 33.5 L14 42 Z")],
    "strength": [
        path("M12 15 H30 L37 24 L21 42 L5 24 Z"),
        path("M5 24 H37 M12 15 L16.5 24 L21 42 L25.5 24 L30 15 M16.5 24 L21 15 L25.5 24"),
        path("M38 4 V12 M34 8 H42"),
    ],
    "pause": [rect(13, 10, 7, 28, 2.5), rect(28, 10, 7, 28, 2.5)],
    "help": [
        circle(24, 24, 16),
        circle(24, 24, 7),
        path("M19 19 L12.7 12.7 M29 19 L35.3 12.7 M19 29 L12.7 35.3 M29 29 L35.3 35.3"),
    ],
    "settings": [
        path("M7 13 H25 M33 13 H41"),
        circle(29, 13, 4),
        path("M7 24 H12 M20 24 H41"),
        circle(16, 24, 4),
        path("M7 35 H21 M29 35 H41"),
        circle(25, 35, 4),
    ],
    "language": [
        circle(24, 24, 17),
        ellipse(24, 24, 7.5, 17),
        path("M7 24 H41 M10 15 H38 M10 33 H38"),
    ],
}
