"""Write every SVG under assets/ from icons.py, pieces.py and portraits.py, and the icon PNG.

Run from the checkout: ``python assets/src/build.py``. The SVG files are the deliverable and
are committed; this script is how they stay consistent when one of them changes.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from icons import ACTIONS, SPACES, THEMES
from pieces import TOKENS, card_back, die_face, motif
from portraits import PORTRAITS
from svgkit import document

ASSETS = Path(__file__).resolve().parent.parent


def write(relative: str, text: str) -> None:
    target = ASSETS / relative
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")


def render_png(svg: str, png: str, size: int) -> None:
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    import pygame

    image = pygame.image.load_sized_svg(str(ASSETS / svg), (size, size))
    pygame.image.save(image, str(ASSETS / png))


def main() -> int:
    for name, body in THEMES.items():
        write(f"icons/{name}.svg", document(48, 48, body))
    for name, body in SPACES.items():
        write(f"icons/space-{name}.svg", document(48, 48, body))
    for name, body in ACTIONS.items():
        write(f"icons/action-{name}.svg", document(48, 48, body))
    for name, (_colour, body) in TOKENS.items():
        write(f"tokens/{name}.svg", document(48, 48, body))
    for value in range(1, 7):
        write(f"die/face-{value}.svg", document(48, 48, die_face(value)))
    write("cards/back.svg", document(300, 420, card_back()))
    write("icon.svg", document(48, 48, motif()))
    for name, draw in PORTRAITS.items():
        write(f"portraits/{name}.svg", document(240, 300, draw()))
    render_png("icon.svg", "icon.png", 256)
    return 0


if __name__ == "__main__":
    sys.exit(main())
