"""Head-and-shoulders portraits, 240×300: flat soft colours, ink outline, calm faces.

Faces stay simple (dot eyes, a short nose line, a small smile) so a player can read their own
idea of the character into them. Each character carries a few things from their story and
nothing that labels them: all eyes are open and every face is friendly.
"""

from __future__ import annotations

from svgkit import circle, dot, ellipse, path, rect

BLUSH = "#e8a08f"
FRECKLE = "#c98a66"
FRECKLES = [(90, 157), (95, 161), (99, 156), (141, 156), (145, 161), (150, 157)]
SHOULDERS = "M30 300 C30 248 66 216 120 216 C174 216 210 248 210 300 Z"
NECK = "M104 186 V220 C112 228 128 228 136 220 V186"


def backdrop(tint: str, halo: str) -> list[str]:
    return [rect(0, 0, 240, 300, 24, fill=tint, stroke=None), circle(120, 128, 92, fill=halo, stroke=None)]


def face(skin: str, width: float, brows: str, mouth: list[str], extras: list[str]) -> list[str]:
    """Ears, head, eyes, nose and cheeks on a head centred at (120, 140), plus the character's
    own brows, mouth and details: the same way of drawing, three different people."""
    return [
        ellipse(120 - width - 2, 148, 8, 12, fill=skin),
        ellipse(120 + width + 2, 148, 8, 12, fill=skin),
        ellipse(120, 140, width, 56, fill=skin),
        ellipse(97, 164, 8, 5, fill=BLUSH, stroke=None),
        ellipse(143, 164, 8, 5, fill=BLUSH, stroke=None),
        dot(102, 148, 4.2),
        dot(138, 148, 4.2),
        path("M121 146 C118 154 116 158 122 160"),
        path(brows),
        *mouth,
        *extras,
    ]


def hilja_ilona() -> list[str]:
    """Hilja-Ilona, 22, student: long hair, a knitted scarf, a backpack strap, a warm mug."""
    skin, hair = "#f3d2b3", "#b0643c"
    sweater, scarf, knit, strap, mug = "#8fb3d1", "#d9a441", "#a87a22", "#3f6b6b", "#f6f1e7"
    return [
        *backdrop("#efe8f3", "#e2d6ec"),
        path(
            "M68 150 C60 95 85 72 120 72 C155 72 180 95 172 150 C178 186 176 212 168 230 H72"
            " C64 212 62 186 68 150 Z",
            fill=hair,
        ),
        path(SHOULDERS, fill=sweater),
        path(NECK, fill=skin),
        *face(
            skin,
            45,
            brows="M94 134 C99 130 105 130 110 132 M130 132 C135 130 141 130 146 134",
            mouth=[path("M111 174 C116 178 124 178 129 174")],
            extras=[dot(x, y, 1.4, fill=FRECKLE) for x, y in FRECKLES],
        ),
        path(
            "M73 140 C70 100 92 82 122 82 C148 82 168 98 168 128 C150 126 128 110 118 94"
            " C110 112 92 128 73 140 Z",
            fill=hair,
        ),
        path("M152 224 C166 244 170 272 168 300 H186 C188 270 182 242 166 220 Z", fill=strap),
        path(
            "M90 212 C102 232 138 232 150 212 C157 220 158 232 152 240 C138 252 102 252 88 240"
            " C82 232 83 220 90 212 Z",
            fill=scarf,
        ),
        path("M98 244 L92 292 H114 L115 248 Z", fill=scarf),
        path("M94 264 H113 M93 278 H113", stroke=knit),
        path("M126 256 H164 V286 A9 9 0 0 1 155 295 H135 A9 9 0 0 1 126 286 Z", fill=mug),
        path("M164 263 H168 A7.5 7.5 0 0 1 168 278 H164"),
        path("M138 248 C136 244 140 242 138 238 M151 248 C149 244 153 242 151 238", width=2.5),
        ellipse(127, 279, 8, 11, fill=skin),
        ellipse(163, 283, 7, 9, fill=skin),
    ]


def eve() -> list[str]:
    """Eve, 21, without a home of her own: a hoodie, a beanie, a small earring; tired, warm."""
    skin, hair = "#e9bd98", "#5a4034"
    hoodie, hood, beanie, band, ribs = "#8e9e8a", "#76866f", "#a85a50", "#8d463e", "#733a33"
    return [
        *backdrop("#e6f0ee", "#d3e6e2"),
        path(
            "M70 130 C64 160 66 188 78 204 L92 198 C84 180 82 160 86 134 Z"
            " M170 130 C176 160 174 188 162 204 L148 198 C156 180 158 160 154 134 Z",
            fill=hair,
        ),
        path("M58 256 C54 212 86 190 120 190 C154 190 186 212 182 256 Z", fill=hood),
        path("M74 236 C76 214 96 202 120 202 C144 202 164 214 166 236", stroke="#5f6d5b", width=2.5),
        path(SHOULDERS, fill=hoodie),
        path(NECK, fill=skin),
        path("M98 216 C106 234 134 234 142 216", fill=hood),
        path("M110 232 V272 M130 232 V272"),
        dot(110, 276, 3.4),
        dot(130, 276, 3.4),
        *face(
            skin,
            48,
            brows="M94 135 C99 133 104 131 110 130 M130 130 C136 131 141 133 146 135",
            mouth=[path("M110 175 C116 179 124 179 131 173")],
            extras=[
                path(
                    "M95 157 C99 159.5 105 159.5 109 157 M131 157 C135 159.5 141 159.5 145 157",
                    stroke="#b07f68",
                    width=2,
                ),
            ],
        ),
        dot(166, 165, 2.6, fill="#d9b85a"),
        circle(120, 64, 9, fill=band),
        path("M70 128 C68 88 92 68 120 68 C148 68 172 88 170 128 Z", fill=beanie),
        path(
            "M66 132 C64 120 66 114 70 112 C100 104 140 104 170 112 C174 114 176 120 174 132"
            " C140 124 100 124 66 132 Z",
            fill=band,
        ),
        path(
            "M84 112 V122 M100 108.5 V118.5 M120 107.5 V117.5 M140 108.5 V118.5 M156 112 V122",
            stroke=ribs,
            width=2.5,
        ),
    ]


def eeka() -> list[str]:
    """Eeka, 20, vocational student: a cap, a work jacket with a reflective stripe, headphones."""
    skin, hair = "#dcae88", "#c49a5a"
    jacket, collar, stripe, phones = "#3f5573", "#33465f", "#d9dde2", "#4a4a48"
    cap, brim = "#4f7f5f", "#3f6a4e"
    return [
        *backdrop("#e9eff5", "#d6e2ee"),
        path(SHOULDERS, fill=jacket),
        path("M36 272 H204", stroke=stripe, width=7),
        path("M88 210 C90 196 150 196 152 210", width=6),
        path(NECK, fill=skin),
        path("M120 236 V300"),
        path("M94 216 L120 236 L106 258 L82 226 Z M146 216 L120 236 L134 258 L158 226 Z", fill=collar),
        rect(78, 206, 18, 26, 7, fill=phones),
        rect(144, 206, 18, 26, 7, fill=phones),
        *face(
            skin,
            49,
            brows="M93 134 C99 131 105 131 111 133 M129 133 C135 131 141 131 147 134",
            mouth=[path("M106 170 C112 182 128 182 134 170 Z", fill="#8a4a40")],
            extras=[],
        ),
        path(
            "M75 126 C72 138 73 148 77 156 L85 150 C83 142 83 134 85 126 Z"
            " M165 126 C168 138 167 148 163 156 L155 150 C157 142 157 134 155 126 Z",
            fill=hair,
        ),
        path("M72 124 C70 84 94 66 120 66 C146 66 170 84 168 124 Z", fill=cap),
        path(
            "M66 124 C96 114 144 114 174 124 C180 126 184 130 184 134 C150 128 90 128 56 134"
            " C56 130 60 126 66 124 Z",
            fill=brim,
        ),
        path("M120 66 V84"),
        dot(120, 66, 3.4),
    ]


def silhouette() -> list[str]:
    """A neutral figure for stories without a portrait: no face, warm grey."""
    grey = "#b9b1a6"
    return [
        *backdrop("#ede8e0", "#e2dbd0"),
        path(SHOULDERS, fill=grey),
        path(NECK, fill=grey),
        ellipse(120, 140, 47, 56, fill=grey),
    ]


PORTRAITS = {
    "hilja-ilona": hilja_ilona,
    "eve": eve,
    "eeka": eeka,
    "silhouette": silhouette,
}
