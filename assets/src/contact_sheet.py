"""Render every SVG of assets/ into one PNG to look at: on birch white and on each theme colour.

``python assets/src/contact_sheet.py OUT.png`` — icons sit on a white circle on each theme colour
the way board spaces show them; tokens and die faces sit straight on the colour. Not committed.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
import pygame

ASSETS = Path(__file__).resolve().parent.parent
BIRCH = (246, 243, 236)
THEME_COLOURS = [
    "#7a4e9c",
    "#b3541e",
    "#2f7a4f",
    "#2b6a9e",
    "#1f7a7a",
    "#b0303f",
    "#5e7a21",
    "#3f51a3",
    "#8a5a2b",
]
CELL = 72


def svgs(folder: str) -> list[Path]:
    return sorted((ASSETS / folder).glob("*.svg"))


def main(out: str) -> int:
    pygame.init()
    icons = svgs("icons")
    pieces = svgs("tokens") + svgs("die")
    portraits = svgs("portraits")
    rows = 1 + len(THEME_COLOURS)
    width = CELL * max(len(icons), len(pieces) + 2)
    sheet = pygame.Surface((width, rows * CELL * 2 + 420))
    sheet.fill(BIRCH)
    backgrounds = [BIRCH] + [pygame.Color(c) for c in THEME_COLOURS]
    for row, colour in enumerate(backgrounds):
        top = row * CELL * 2
        sheet.fill(colour, (0, top, width, CELL * 2))
        for col, file in enumerate(icons):
            centre = (col * CELL + CELL // 2, top + CELL // 2)
            pygame.draw.circle(sheet, "white", centre, 30)
            image = pygame.image.load_sized_svg(str(file), (44, 44))
            sheet.blit(image, image.get_rect(center=centre))
        for col, file in enumerate(pieces):
            image = pygame.image.load_sized_svg(str(file), (56, 56))
            sheet.blit(image, image.get_rect(center=(col * CELL + CELL // 2, top + CELL + CELL // 2)))
    top = rows * CELL * 2 + 10
    x = 10
    for file in portraits:
        image = pygame.image.load_sized_svg(str(file), (240, 300))
        sheet.blit(image, (x, top))
        x += 250
    back = pygame.image.load_sized_svg(str(ASSETS / "cards" / "back.svg"), (214, 300))
    sheet.blit(back, (x, top))
    icon = pygame.image.load_sized_svg(str(ASSETS / "icon.svg"), (128, 128))
    sheet.blit(icon, (x + 230, top))
    small = pygame.image.load_sized_svg(str(ASSETS / "icon.svg"), (32, 32))
    sheet.blit(small, (x + 230, top + 140))
    pygame.image.save(sheet, out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "contact-sheet.png"))
