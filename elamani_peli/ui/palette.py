"""Colours: the light Nordic palette, its high-contrast twin, and WCAG contrast maths.

Text colours are chosen against the surfaces they sit on; ``tests/ui/test_palette.py``
checks every text/surface pair reaches WCAG AA (4.5:1) in the normal palette and AAA
(7:1) in the high-contrast one.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

Colour = tuple[int, int, int]


def parse_hex(value: str) -> Colour:
    """``"#4c9f70"`` → ``(76, 159, 112)``."""
    value = value.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def relative_luminance(colour: Colour) -> float:
    """WCAG 2.x relative luminance of an sRGB colour."""

    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in colour)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: Colour, b: Colour) -> float:
    """WCAG contrast ratio, 1.0 (none) to 21.0 (black on white)."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def readable_on(background: Colour, dark: Colour = (28, 28, 30), light: Colour = (255, 255, 255)) -> Colour:
    """Dark or light text, whichever contrasts more with the background (theme colours)."""
    return dark if contrast_ratio(dark, background) >= contrast_ratio(light, background) else light


def mix(a: Colour, b: Colour, amount: float) -> Colour:
    """``a`` moved ``amount`` (0–1) of the way towards ``b``; for hover and shadow shades."""
    return tuple(round(x + (y - x) * amount) for x, y in zip(a, b, strict=True))  # type: ignore[return-value]


@dataclass(frozen=True)
class Palette:
    """Named roles, not raw colours, so a scene never hard-codes a shade."""

    background: Colour  # the window behind everything (warm grey)
    surface: Colour  # panels and cards (birch white)
    surface_alt: Colour  # a quieter panel, list stripes
    text: Colour
    text_muted: Colour  # secondary text; still AA on every surface
    border: Colour
    shadow: Colour
    accent: Colour  # lake blue: primary buttons, selection
    accent_text: Colour  # text on accent
    button: Colour
    button_hover: Colour
    button_pressed: Colour
    button_text: Colour
    focus: Colour  # the focus ring
    danger: Colour  # lingonberry: delete buttons (always with a text label)
    danger_text: Colour
    disabled_text: Colour  # a disabled button also shows a dashed border: not colour alone
    scrim: tuple[int, int, int, int]  # dims the scene under a modal
    highlight: Colour = (250, 218, 110)  # behind text a search found (the deck browser's marks)

    #: (text role, surface role) pairs that carry readable text; the contrast test walks them.
    TEXT_PAIRS = (
        ("text", "background"),
        ("text", "surface"),
        ("text", "surface_alt"),
        ("text_muted", "background"),
        ("text_muted", "surface"),
        ("text_muted", "surface_alt"),
        ("accent_text", "accent"),
        ("button_text", "button"),
        ("button_text", "button_hover"),
        ("button_text", "button_pressed"),
        ("danger_text", "danger"),
        ("disabled_text", "button"),
        ("text", "highlight"),
    )
    #: Non-text marks that must stand out from what is around them (WCAG 1.4.11: 3:1).
    MARK_PAIRS = (("focus", "background"), ("focus", "surface"), ("border", "surface"))

    def role_names(self) -> list[str]:
        return [f.name for f in fields(self)]


NORDIC = Palette(
    background=(234, 230, 222),
    surface=(250, 248, 243),
    surface_alt=(242, 238, 231),
    text=(33, 33, 36),
    text_muted=(86, 82, 78),
    border=(130, 122, 112),
    shadow=(196, 189, 178),
    accent=(31, 95, 139),
    accent_text=(255, 255, 255),
    button=(222, 216, 206),
    button_hover=(210, 203, 192),
    button_pressed=(194, 186, 174),
    button_text=(33, 33, 36),
    focus=(31, 95, 139),
    danger=(164, 36, 59),
    danger_text=(255, 255, 255),
    disabled_text=(88, 84, 80),
    scrim=(40, 36, 32, 120),
)

HIGH_CONTRAST = Palette(
    background=(255, 255, 255),
    surface=(255, 255, 255),
    surface_alt=(240, 240, 240),
    text=(0, 0, 0),
    text_muted=(40, 40, 40),
    border=(0, 0, 0),
    shadow=(120, 120, 120),
    accent=(0, 50, 120),
    accent_text=(255, 255, 255),
    button=(255, 255, 255),
    button_hover=(225, 235, 250),
    button_pressed=(200, 215, 240),
    button_text=(0, 0, 0),
    focus=(150, 0, 110),  # not black: every button already has a black border
    danger=(120, 0, 20),
    danger_text=(255, 255, 255),
    disabled_text=(70, 70, 70),
    scrim=(0, 0, 0, 160),
    highlight=(255, 225, 0),
)


def palette_for(high_contrast: bool) -> Palette:
    return HIGH_CONTRAST if high_contrast else NORDIC
