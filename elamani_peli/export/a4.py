"""An A4 page with the bundled font, for the printed plan and take-home cards.

fpdf2 embeds a subset of the TTF, so Finnish letters survive and ``pdftotext`` reads them
back in tests. Sizes are in points, positions in millimetres from the top left.
"""

from __future__ import annotations

from collections.abc import Sequence

from fpdf import FPDF

from elamani_peli.paths import assets_dir

FONT = "Atkinson"
INK = (43, 42, 40)
MUTED = (95, 90, 84)
RULE = (190, 185, 178)


class A4Document(FPDF):
    """Portrait A4 with 18 mm margins and a few writing helpers."""

    def __init__(self, margin: float = 18.0) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        fonts = assets_dir() / "fonts"
        self.add_font(FONT, "", str(fonts / "AtkinsonHyperlegible-Regular.ttf"))
        self.add_font(FONT, "B", str(fonts / "AtkinsonHyperlegible-Bold.ttf"))
        self.add_font(FONT, "I", str(fonts / "AtkinsonHyperlegible-Italic.ttf"))
        self.set_margins(margin, margin, margin)
        self.set_auto_page_break(True, margin)
        self.set_creator("Elämäni peli")
        self.set_text_color(*INK)

    def title_line(self, text: str, size: float = 20) -> None:
        self.set_font(FONT, "B", size)
        self.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(2)

    def heading(self, text: str, size: float = 13, keep_with: float = 12) -> None:
        """A heading that moves to the next page unless ``keep_with`` mm fit under it."""
        if self.will_page_break(size * 0.5 + 4 + keep_with):
            self.add_page()
        self.ln(3)
        self.set_font(FONT, "B", size)
        self.set_text_color(*INK)
        self.multi_cell(0, size * 0.5, text, new_x="LMARGIN", new_y="NEXT")
        self.ln(1)

    def paragraph(self, text: str, size: float = 10.5, style: str = "", muted: bool = False) -> None:
        self.set_font(FONT, style, size)
        self.set_text_color(*(MUTED if muted else INK))
        self.multi_cell(0, size * 0.48, text, align="L", new_x="LMARGIN", new_y="NEXT")
        self.set_text_color(*INK)

    def bullets(self, items: Sequence[str], size: float = 10.5) -> None:
        self.set_font(FONT, "", size)
        indent = 5.0
        for item in items:
            self.set_x(self.l_margin)
            self.cell(indent, size * 0.48, "•")
            self.multi_cell(0, size * 0.48, item, align="L", new_x="LMARGIN", new_y="NEXT")
            self.ln(0.8)

    def ruled_lines(self, least: int, most: int, gap: float = 8.0) -> None:
        """Empty lines to write on by hand: as many as fit on the page (up to ``most``), on a
        new page if fewer than ``least`` would fit here."""
        room = int((self.h - self.b_margin - self.get_y()) // gap)
        if room < least:
            self.add_page()
        count = min(most, int((self.h - self.b_margin - self.get_y()) // gap))
        self.set_draw_color(*RULE)
        self.set_line_width(0.2)
        for _ in range(count):
            self.ln(gap)
            self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
        self.ln(2)
